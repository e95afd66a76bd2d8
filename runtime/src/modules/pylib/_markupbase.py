"""_markupbase, written in Python for Reap: the declaration scanner under html.parser.

ParserBase keeps the line and column of the parse (getpos, updatepos) and scans the SGML
constructs that start with '<!': comments, marked sections ('<![CDATA[...]]>', and MS Office's
'<![if ...]>'), and declarations such as '<!DOCTYPE ...>' with an internal subset of
ELEMENT, ATTLIST, ENTITY and NOTATION declarations. Its scanning methods return the index just
past what they recognised, or -1 when the buffer ends first; malformed input raises
AssertionError, as CPython 3.11's does. It has no public API of its own.
"""

import re as _re

_name_here = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_quoted_here = _re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
_comment_end = _re.compile(r'--\s*>')
_section_end = _re.compile(r']\s*]\s*>')
_ms_section_end = _re.compile(r']\s*>')      # MS Office's <![if ...]> and <![endif]>

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class ParserBase:
    """The shared base of the HTML parsers; only subclasses are instantiated."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line, column) of the parse: lines count from 1, columns from 0."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Move the position over rawdata[i:j]; every piece of the input passes here once.
        if i >= j:
            return j
        rawdata = self.rawdata
        newlines = rawdata.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """Scan '<!...>' at i: a comment, a marked section, or a declaration, reported to
        handle_decl (DOCTYPE) or unknown_decl (the others)."""
        rawdata = self.rawdata
        j = i + 2
        assert rawdata[i:j] == "<!", "unexpected call to parse_declaration"
        nxt = rawdata[j:j + 1]
        if nxt == ">":
            return j + 1                # '<!>', the empty comment
        if nxt in ("-", ""):
            return -1                   # maybe a comment cut by the end of the buffer
        n = len(rawdata)
        if rawdata[j:j + 2] == '--':
            return self.parse_comment(i)
        if rawdata[j] == '[':
            return self.parse_marked_section(i)
        decltype, j = self._scan_name(j, i)
        if j < 0:
            return j
        if decltype == "doctype":
            self._decl_otherchars = ''
        while j < n:
            c = rawdata[j]
            if c == ">":
                data = rawdata[i + 2:j]
                if decltype == "doctype":
                    self.handle_decl(data)
                else:
                    # HTML5 would make a comment of it; unknown_decl leaves the choice open.
                    self.unknown_decl(data)
                return j + 1
            if c in "\"'":
                m = _quoted_here(rawdata, j)
                if not m:
                    return -1
                j = m.end()
            elif c in _LETTERS:
                _, j = self._scan_name(j, i)
            elif c in self._decl_otherchars:
                j = j + 1
            elif c == "[":
                if decltype == "doctype":
                    j = self._parse_doctype_subset(j + 1, i)
                elif decltype in {"attlist", "linktype", "link", "element"}:
                    raise AssertionError("unsupported '[' char in %s declaration" % decltype)
                else:
                    raise AssertionError("unexpected '[' char in declaration")
            else:
                raise AssertionError("unexpected %r char in declaration" % rawdata[j])
            if j < 0:
                return j
        return -1

    def parse_marked_section(self, i, report=1):
        """Scan '<![keyword ...]]>' (or MS Office's '<![if ...]>') at i."""
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _section_end.search(rawdata, i + 3)
        elif keyword in {"if", "else", "endif"}:
            m = _ms_section_end.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start(0)])
        return m.end(0)

    def parse_comment(self, i, report=1):
        """Scan '<!--...-->' at i, reporting its text to handle_comment."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _comment_end.search(rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start(0)])
        return m.end(0)

    def _parse_doctype_subset(self, i, declstartpos):
        # The '[...]' of a DOCTYPE: returns the index of the '>' after the ']'.
        rawdata = self.rawdata
        n = len(rawdata)
        j = i
        while j < n:
            c = rawdata[j]
            if c == "<":
                two = rawdata[j:j + 2]
                if two == "<":
                    return -1
                if two != "<!":
                    self.updatepos(declstartpos, j + 1)
                    raise AssertionError("unexpected char in internal subset (in %r)" % two)
                if j + 4 > n:
                    return -1
                if rawdata[j:j + 4] == "<!--":
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                name, j = self._scan_name(j + 2, declstartpos)
                if j == -1:
                    return -1
                if name not in {"attlist", "element", "entity", "notation"}:
                    self.updatepos(declstartpos, j + 2)
                    raise AssertionError("unknown declaration %r in internal subset" % name)
                j = getattr(self, "_parse_doctype_" + name)(j, declstartpos)
                if j < 0:
                    return j
            elif c == "%":
                # a parameter entity reference
                if j + 1 == n:
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                if rawdata[j] == ";":
                    j = j + 1
            elif c == "]":
                j = j + 1
                while j < n and rawdata[j].isspace():
                    j = j + 1
                if j >= n:
                    return -1
                if rawdata[j] == ">":
                    return j
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char after internal subset")
            elif c.isspace():
                j = j + 1
            else:
                self.updatepos(declstartpos, j)
                raise AssertionError("unexpected char %r in internal subset" % c)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        # <!ELEMENT name ...>: the content model is skipped up to the '>'.
        _, j = self._scan_name(i, declstartpos)
        if j == -1:
            return -1
        end = self.rawdata.find(">", j)
        return -1 if end < 0 else end + 1

    def _parse_doctype_attlist(self, i, declstartpos):
        # <!ATTLIST element (name type [default] [#constraint])* >
        rawdata = self.rawdata
        _, j = self._scan_name(i, declstartpos)
        c = rawdata[j:j + 1]
        if c == "":
            return -1
        if c == ">":
            return j + 1
        while True:
            _, j = self._scan_name(j, declstartpos)
            if j < 0:
                return j
            c = rawdata[j:j + 1]
            if c == "":
                return -1
            if c == "(":
                # an enumerated type: skip to its ')'
                close = rawdata.find(")", j)
                if close < 0:
                    return -1
                j = close + 1
                while rawdata[j:j + 1].isspace():
                    j = j + 1
                if not rawdata[j:]:
                    return -1
            else:
                _, j = self._scan_name(j, declstartpos)
            c = rawdata[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _quoted_here(rawdata, j)
                if not m:
                    return -1
                j = m.end()
                c = rawdata[j:j + 1]
                if not c:
                    return -1
            if c == "#":
                if rawdata[j:] == "#":
                    return -1
                _, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                c = rawdata[j:j + 1]
                if not c:
                    return -1
            if c == '>':
                return j + 1

    def _parse_doctype_notation(self, i, declstartpos):
        # <!NOTATION name (names | "literals")* >
        _, j = self._scan_name(i, declstartpos)
        if j < 0:
            return j
        rawdata = self.rawdata
        while True:
            c = rawdata[j:j + 1]
            if not c:
                return -1
            if c == '>':
                return j + 1
            if c in "'\"":
                m = _quoted_here(rawdata, j)
                if not m:
                    return -1
                j = m.end()
            else:
                _, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _parse_doctype_entity(self, i, declstartpos):
        # <!ENTITY [%] name (names | "literals")* >
        rawdata = self.rawdata
        j = i
        if rawdata[i:i + 1] == "%":
            j = i + 1
            while True:
                c = rawdata[j:j + 1]
                if not c:
                    return -1
                if not c.isspace():
                    break
                j = j + 1
        _, j = self._scan_name(j, declstartpos)
        if j < 0:
            return j
        while True:
            c = self.rawdata[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _quoted_here(rawdata, j)
                if not m:
                    return -1
                j = m.end()
            elif c == ">":
                return j + 1
            else:
                _, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _scan_name(self, i, declstartpos):
        # (lower-cased name, index after it and its blanks), or (None, -1) at the end of
        # the buffer.
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _name_here(rawdata, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % rawdata[declstartpos:declstartpos + 20])
        s = m.group()
        if i + len(s) == n:
            return None, -1
        return s.strip().lower(), m.end()

    def unknown_decl(self, data):
        """Called for declarations and marked sections this parser does not handle."""
        pass
