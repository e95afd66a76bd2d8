"""html.parser, written in Python for Reap: a tolerant, event-driven HTML and XHTML parser.

HTMLParser splits the text given to feed() into start tags, end tags, text, comments,
declarations, processing instructions and (with convert_charrefs=False) character and entity
references, and calls the matching handle_* method for each; subclasses override those.
Input may arrive in pieces: a construct cut by the end of the buffer waits for the next
feed(), and close() flushes what is left. The contents of <script> and <style> are text
up to their end tag. Behaves as CPython 3.11's html.parser, including how it recovers from
malformed markup.
"""

import re
import _markupbase

from html import unescape

__all__ = ['HTMLParser']

# The module-level patterns keep CPython's names: subclasses and patches may use them.
interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')                    # a reference that may be incomplete
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_space_or_semicolon = re.compile(r'[\s;]')

starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')
endendtag = re.compile('>')
# The tag name, then blanks and lone slashes (HTML5's tag name state, leniently).
tagfind_tolerant = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# One attribute: a name that follows a quote, blank or slash, then optionally '=' (or more)
# and a quoted or bare value, then blanks and lone slashes.
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# As far as a start tag goes: the name and all the attributes that parse.
locatestarttagend_tolerant = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'
          |"[^"]*"
          |(?!['"])[^>\s]*
         )
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')

_AFTER_TAG_WAIT = ("abcdefghijklmnopqrstuvwxyz=/"
                   "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class HTMLParser(_markupbase.ParserBase):
    """An HTML tokenizer that reports what it finds to overridable handle_* methods.

    Give it text with feed() (in as many pieces as convenient) and finish with close().
    handle_starttag(tag, attrs) and handle_endtag(tag) get lower-cased names, attrs as a
    list of (name, value) pairs with values unescaped (None for a bare attribute);
    handle_startendtag is called for '<tag ... />'. Text goes to handle_data, with
    character references converted when convert_charrefs is true (the default); otherwise
    references go to handle_charref and handle_entityref and text may arrive in pieces.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """Set up a parser; convert_charrefs=False reports references separately."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Start over, dropping any text not yet handled."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Parse more text: what is complete is handled now, the rest waits."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Parse whatever is still waiting, as if the input ended here."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """The text of the last start tag, '<' to '>' included (None before any)."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        # Text outside <script>/<style> has its references converted when asked to.
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        # Handle as much of rawdata as can be; with `end`, as if the input ended there.
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find('<', i)
                if j < 0:
                    # Hold back text whose last 34 characters have a '&' that nothing
                    # (blank or ';') closes yet: it may be a reference cut in two.
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _space_or_semicolon.search(rawdata, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(rawdata, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end of the input an unfinished construct becomes text, up
                    # to a '>' (included) or else a '<'.
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = charref.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    # not a valid reference: let '&#' through as text
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                m = entityref.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                m = incomplete.match(rawdata, i)
                if m:
                    # Maybe a reference still arriving; at the very end of the input the
                    # '&' is dropped and the rest goes out as text below.
                    if end and m.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _markup(self, i, n):
        # The end of the construct that starts with '<' at i, -1 if it is unfinished, or
        # None when a lone '<' ends the buffer.
        rawdata = self.rawdata
        if starttagopen.match(rawdata, i):
            return self.parse_starttag(i)
        if rawdata.startswith("</", i):
            return self.parse_endtag(i)
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata.startswith("<?", i):
            return self.parse_pi(i)
        if rawdata.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data("<")
            return i + 1
        return None

    def parse_html_declaration(self, i):
        # '<!' at i: a comment, a marked section, a DOCTYPE or else a bogus comment.
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<!', ('unexpected call to '
                                          'parse_html_declaration()')
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # '<!...>' or '</...>' that is nothing else: its inside is a comment.
        rawdata = self.rawdata
        assert rawdata[i:i + 2] in ('<!', '</'), ('unexpected call to '
                                                  'parse_comment()')
        gt = rawdata.find('>', i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        # '<?...>': a processing instruction, up to the first '>'.
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        m = piclose.search(rawdata, i + 2)
        if not m:
            return -1
        self.handle_pi(rawdata[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        # A start tag at i: its end, or -1 if unfinished.
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]

        m = tagfind_tolerant.match(rawdata, i + 1)
        assert m, 'unexpected call to parse_starttag()'
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = attrfind_tolerant.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()

        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            # junk where the attributes should end: the whole tag is text
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)      # XHTML's <tag ... />
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        # The end of the start tag at i, or -1 if the buffer may end inside it.
        rawdata = self.rawdata
        m = locatestarttagend_tolerant.match(rawdata, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        after = rawdata[j:j + 1]
        if after == ">":
            return j + 1
        if after == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1               # the '>' may come with the next feed
        if after == "":
            return -1
        if after in _AFTER_TAG_WAIT:
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        # An end tag at i: its end, or -1 if unfinished.
        rawdata = self.rawdata
        assert rawdata[i:i + 2] == "</", "unexpected call to parse_endtag"
        m = endendtag.search(rawdata, i + 1)
        if not m:
            return -1
        gtpos = m.end()
        m = endtagfind.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name = tagfind_tolerant.match(rawdata, i + 2)
            if not name:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = name.group(1).lower()
            # Whatever follows the name up to a '>' is ignored (even '>' in quotes).
            gtpos = rawdata.find('>', name.end())
            self.handle_endtag(tagname)
            return gtpos + 1

        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # The handlers, for subclasses to override. <tag/> is a start and an end by default.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
