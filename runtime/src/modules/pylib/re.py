"""Regular expressions, written for Reap.

Patterns are parsed and compiled here, to the opcodes of CPython's `_sre` matching engine;
`_sre` (native, a Rust port of that engine) runs them. So matching, group spans, the rules for
empty matches and the compile-time errors (`re.error` with its message and position) are
CPython 3.11's.

Differences from CPython: the LOCALE flag treats the locale as C's; `\\w` follows the
Unicode data of Reap's `str.isalnum` (a newer Unicode than CPython 3.11's 14.0); the `DEBUG`
flag prints nothing; `Pattern` and `Match` attributes can be assigned.
"""

import _sre
import enum as _enum
import operator as _operator
from types import GenericAlias as _GenericAlias, MappingProxyType as _MappingProxy

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
    "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

MAXREPEAT = 4294967295
MAXGROUPS = 2147483647

# ---------------------------------------------------------------------------------------
# Flags


@_enum.global_enum
class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    """The flags of a pattern, combined with `|`; each is also a name of the module
    (`re.IGNORECASE`, `re.I`)."""

    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


_INLINE_FLAGS = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32}
_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 1 | 128


class error(Exception):
    """A pattern or replacement template that cannot be compiled."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"

# ---------------------------------------------------------------------------------------
# Parsing: pattern text to a tree of tuples, each (kind, ...):
#   ("lit", code)            one character
#   ("any",)                 `.`
#   ("in", negated, items)   a set: items ("lit", c), ("range", lo, hi), ("cat", letter)
#   ("at", where)            an anchor: "^", "$", "A", "Z", "b", "B"
#   ("branch", [seq, ...])   alternatives
#   ("repeat", min, max, kind, seq)      kind: "greedy", "lazy" or "possessive"
#   ("group", gid, add, delete, seq)     gid None for a non-capturing group
#   ("assert", behind, negated, seq)
#   ("ref", gid)             a back reference
#   ("exists", gid, yes, no) a conditional group
#   ("atomic", seq)

_REPEAT_CHARS = "*+?{"
_SPECIAL = ".\\[{()*+?^$|"
_WHITESPACE = " \t\n\r\v\f"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CATEGORY_ESCAPES = "dDsSwW"
_ANCHOR_ESCAPES = {"A": "A", "Z": "Z", "b": "b", "B": "B"}


class _Source:
    """The pattern being parsed, read a character (or an escape pair) at a time."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.istext = isinstance(pattern, str)
        if self.istext:
            self.text = pattern
        else:
            self.text = bytes(pattern).decode("latin-1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        ch = text[i]
        if ch == "\\":
            if i + 1 >= len(text):
                raise error("bad escape (end of pattern)", self.pattern, len(text) - 1)
            ch += text[i + 1]
        self.index = i + len(ch)
        self.next = ch

    def match(self, ch):
        if ch == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                return result
            result += c

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not (self.istext or name.isascii()) or not name.isidentifier():
            shown = repr(name) if self.istext else ascii(name)
            raise self.error("bad character in group name %s" % shown, len(name) + offset)


class _State:
    """What the parser knows of the whole pattern: flags, groups, open groups."""

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]  # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupwidths[gid] = _width(seq, self)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


def _width(seq, state=None):
    """The least and greatest number of characters `seq` can match (MAXREPEAT: no bound)."""
    lo = hi = 0
    for node in seq:
        kind = node[0]
        if kind == "branch":
            ilo, ihi = MAXREPEAT, 0
            for alt in node[1]:
                a, b = _width(alt, state)
                ilo = min(ilo, a)
                ihi = max(ihi, b)
            lo += ilo
            hi += ihi
        elif kind == "repeat":
            a, b = _width(node[4], state)
            lo += a * node[1]
            if node[2] == MAXREPEAT and b:
                hi = MAXREPEAT
            else:
                hi += b * node[2]
        elif kind in ("group", "atomic"):
            a, b = _width(node[-1], state)
            lo += a
            hi += b
        elif kind in ("lit", "any", "in"):
            lo += 1
            hi += 1
        elif kind == "ref":
            if state is not None and node[1] < len(state.groupwidths) and state.groupwidths[node[1]]:
                a, b = state.groupwidths[node[1]]
            else:
                a, b = 0, MAXREPEAT
            lo += a
            hi += b
        elif kind == "exists":
            a, b = _width(node[2], state)
            if node[3] is not None:
                c, d = _width(node[3], state)
                a, b = min(a, c), max(b, d)
            else:
                a = 0
            lo += a
            hi += b
        # anchors and assertions match no characters
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _class_escape(source, escape):
    """An escape inside a set: ("lit", c) or ("cat", letter)."""
    c = escape[1:2]
    if c in _SIMPLE_ESCAPES:
        return ("lit", _SIMPLE_ESCAPES[c])
    if c in _CATEGORY_ESCAPES:
        return ("cat", c)
    code = _numeric_escape(source, escape, c)
    if code is not None:
        return code
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        value = int(escape[1:], 8)
        if value > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                               len(escape))
        return ("lit", value)
    if c in _DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    if c in _ASCIILETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", ord(escape[1]))


def _numeric_escape(source, escape, c):
    """`\\x`, `\\u`, `\\U` escapes (shared by sets and the pattern proper)."""
    if c == "x":
        escape += source.getwhile(2, _HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("lit", int(escape[2:], 16))
    if c == "u" and source.istext:
        escape += source.getwhile(4, _HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("lit", int(escape[2:], 16))
    if c == "U" and source.istext:
        escape += source.getwhile(8, _HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        value = int(escape[2:], 16)
        if value > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", value)
    if c == "N" and source.istext:
        # a character by its Unicode name: \N{EM DASH}
        import unicodedata
        if not source.match("{"):
            raise source.error("missing {")
        name = source.getuntil("}", "character name")
        try:
            return ("lit", ord(unicodedata.lookup(name)))
        except (KeyError, TypeError):
            raise source.error("undefined character name %r" % name, len(name) + 4) from None
    return None


def _escape(source, escape, state):
    """An escape outside a set."""
    c = escape[1:2]
    if c in _ANCHOR_ESCAPES:
        return ("at", _ANCHOR_ESCAPES[c])
    if c == "D":
        # "not a digit" as a negated set of digits, so that Unicode digits the engine's own
        # test does not know stay out (inside a set, \D is the engine's test)
        return ("in", True, [("cat", "d")])
    if c in _CATEGORY_ESCAPES:
        return ("in", False, [("cat", c)])
    if c in _SIMPLE_ESCAPES and c != "b":
        return ("lit", _SIMPLE_ESCAPES[c])
    code = _numeric_escape(source, escape, c)
    if code is not None:
        return code
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return ("lit", int(escape[1:], 8))
    if c in _DIGITS:
        # a group reference, or an octal escape of three digits
        if source.next is not None and source.next in _DIGITS:
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS
                    and source.next is not None and source.next in _OCTDIGITS):
                escape += source.get()
                value = int(escape[1:], 8)
                if value > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377"
                                       % escape, len(escape))
                return ("lit", value)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(group, source)
            return ("ref", group)
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if c in _ASCIILETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", ord(escape[1]))


def _parse_alternation(source, state, verbose, nested, first=False):
    """Alternatives separated by `|`, up to a `)` or the end."""
    alts = []
    start = source.tell()
    while True:
        alts.append(_parse_sequence(source, state, verbose, nested + 1,
                                    not nested and not alts and first))
        if not source.match("|"):
            break
    if len(alts) == 1:
        return alts[0]
    # A common leading character, or alternatives that are all single characters, are
    # what CPython factors out; the engine needs neither, so the branch stays as written.
    return [("branch", alts)]


def _parse_sequence(source, state, verbose, nested, first=False):
    seq = []
    while True:
        this = source.next
        if this is None or this in "|)":
            break
        here = source.tell()
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            seq.append(_escape(source, this, state))
        elif this not in _SPECIAL:
            seq.append(("lit", ord(this)))
        elif this == "[":
            seq.append(_parse_set(source, here))
        elif this in _REPEAT_CHARS:
            _parse_repeat(source, seq, this, here)
        elif this == ".":
            seq.append(("any",))
        elif this == "(":
            node = _parse_group(source, state, verbose, nested, first and not seq, here)
            if node is not None:
                if node == "flags":
                    verbose = state.flags & VERBOSE
                else:
                    seq.append(node)
        elif this == "^":
            seq.append(("at", "^"))
        elif this == "$":
            seq.append(("at", "$"))
        else:
            raise AssertionError("unsupported special character %r" % (this,))
    return seq


def _future_warning(msg):
    # Attributed to the first frame outside this module: the script's compile() or match().
    import sys
    import warnings
    here = sys._getframe().f_code.co_filename
    frame, level = sys._getframe(1), 2
    while frame is not None and frame.f_code.co_filename == here:
        frame, level = frame.f_back, level + 1
    warnings.warn(msg, FutureWarning, stacklevel=level)


def _parse_set(source, start):
    items = []
    if source.next == "[":
        # Sets may nest in a future Python: CPython warns of what would then mean another thing.
        _future_warning("Possible nested set at position %d" % source.tell())
    negated = source.match("^")
    first = True
    while True:
        this = source.get()
        if this is None:
            raise error("unterminated character set", source.pattern, start)
        if this == "]" and not first:
            break
        first = False
        if this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            if items and this in "-&~|" and source.next == this:
                kind = {"-": "difference", "&": "intersection", "~": "symmetric difference",
                        "|": "union"}[this]
                _future_warning("Possible set %s at position %d" % (kind, source.tell() - 1))
            code1 = ("lit", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise error("unterminated character set", source.pattern, start)
            if that == "]":
                items.append(code1)
                items.append(("lit", ord("-")))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                if that == "-":
                    _future_warning("Possible set difference at position %d" % (source.tell() - 2))
                code2 = ("lit", ord(that))
            if code1[0] != "lit" or code2[0] != "lit" or code2[1] < code1[1]:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            items.append(("range", code1[1], code2[1]))
        else:
            items.append(code1)
    if len(items) == 1 and items[0][0] == "lit" and not negated:
        return items[0]
    return ("in", negated, items)


def _parse_repeat(source, seq, this, here):
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:  # "{"
        if source.next == "}":
            seq.append(("lit", ord(this)))
            return
        lo, hi = 0, MAXREPEAT
        low = source.getwhile(1000, _DIGITS)
        if source.match(","):
            high = source.getwhile(1000, _DIGITS)
        else:
            high = low
        if not source.match("}"):
            seq.append(("lit", ord(this)))
            source.seek(here + 1)
            return
        if low:
            lo = int(low)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if high:
            hi = int(high)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat",
                                   source.tell() - here - 1)
    item = seq[-1] if seq else None
    if item is None or item[0] == "at":
        raise source.error("nothing to repeat", source.tell() - here)
    if item[0] == "repeat":
        raise source.error("multiple repeat", source.tell() - here)
    if item[0] == "group" and item[1] is None and not item[2] and not item[3]:
        body = item[4]
    else:
        body = [item]
    if source.match("?"):
        kind = "lazy"
    elif source.match("+"):
        kind = "possessive"
    else:
        kind = "greedy"
    seq[-1] = ("repeat", lo, hi, kind, body)


def _parse_group(source, state, verbose, nested, first, start):
    """A parenthesised part, after its `(`: a node, None (a comment), or "flags"."""
    capture = True
    atomic = False
    name = None
    add_flags = del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                return ("ref", gid)
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return None
        elif char in "=!<":
            behind = False
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                behind = True
                saved = state.lookbehindgroups
                if saved is None:
                    state.lookbehindgroups = state.groups
            body = _parse_alternation(source, state, verbose, nested + 1)
            if behind and saved is None:
                state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ("assert", behind, char == "!", body)
        elif char == "(":
            condname = source.getuntil(")", "group name")
            if condname.isidentifier():
                source.checkgroupname(condname, 1)
                condgroup = state.groupdict.get(condname)
                if condgroup is None:
                    raise source.error("unknown group name %r" % condname, len(condname) + 1)
            else:
                try:
                    condgroup = int(condname)
                    if condgroup < 0:
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % condname,
                                       len(condname) + 1) from None
                if not condgroup:
                    raise source.error("bad group number", len(condname) + 1)
                if condgroup >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % condgroup,
                                       len(condname) + 1)
                if condgroup not in state.grouprefpos:
                    state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
            state.checklookbehindgroup(condgroup, source)
            yes = _parse_sequence(source, state, verbose, nested + 1)
            no = None
            if source.match("|"):
                no = _parse_sequence(source, state, verbose, nested + 1)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ("exists", condgroup, yes, no)
        elif char == ">":
            capture = False
            atomic = True
        elif char in _INLINE_FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first:
                    raise source.error("global flags not at the start of the expression",
                                       source.tell() - start)
                return "flags"
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    if capture:
        try:
            gid = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        gid = None
    sub_verbose = (verbose or (add_flags & VERBOSE)) and not (del_flags & VERBOSE)
    body = _parse_alternation(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        state.closegroup(gid, body)
    if atomic:
        return ("atomic", body)
    return ("group", gid, add_flags, del_flags, body)


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _INLINE_FLAGS[char]
            if source.istext:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            else:
                if char == "u":
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _INLINE_FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _INLINE_FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _parse(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    seq = _parse_alternation(source, state, flags & VERBOSE, 0, True)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g, pos in state.grouprefpos.items():
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, pos)
    if state.flags & VERBOSE and not flags & VERBOSE:
        # (?x) at the start: parse again with verbose on from the beginning
        return _parse(pattern, state.flags)
    return seq, state


# ---------------------------------------------------------------------------------------
# Compiling: the tree to the engine's codes.

_OP = {
    name: i for i, name in enumerate(
        "FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY CHARSET "
        "BIGCHARSET GROUPREF GROUPREF_EXISTS IN INFO JUMP LITERAL MARK MAX_UNTIL MIN_UNTIL "
        "NOT_LITERAL NEGATE RANGE REPEAT REPEAT_ONE SUBPATTERN MIN_REPEAT_ONE ATOMIC_GROUP "
        "POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE "
        "NOT_LITERAL_IGNORE GROUPREF_LOC_IGNORE IN_LOC_IGNORE LITERAL_LOC_IGNORE "
        "NOT_LITERAL_LOC_IGNORE GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE "
        "NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE".split())
}
_AT = {
    "BEGINNING": 0, "BEGINNING_LINE": 1, "BEGINNING_STRING": 2, "BOUNDARY": 3,
    "NON_BOUNDARY": 4, "END": 5, "END_LINE": 6, "END_STRING": 7, "LOC_BOUNDARY": 8,
    "LOC_NON_BOUNDARY": 9, "UNI_BOUNDARY": 10, "UNI_NON_BOUNDARY": 11,
}
# Category letter -> (ASCII code, LOCALE code, UNICODE code)
_CATEGORY = {
    "d": (0, 0, 10), "D": (1, 1, 11), "s": (2, 2, 12), "S": (3, 3, 13),
    "w": (4, 8, 14), "W": (5, 9, 15),
}
def _unicode_mode(flags):
    return flags & UNICODE and not flags & ASCII


# Generated by tools/gen_re_casefix.py (from the Unicode data): for each lowercase character,
# the other lowercase characters with the same uppercase, which IGNORECASE also matches.
_EXTRA_CASES = {
    0x69: (0x131,), 0x73: (0x17f,), 0xb5: (0x3bc,), 0x131: (0x69,),
    0x17f: (0x73,), 0x345: (0x3b9, 0x1fbe,), 0x390: (0x1fd3,), 0x3b0: (0x1fe3,),
    0x3b2: (0x3d0,), 0x3b5: (0x3f5,), 0x3b8: (0x3d1,), 0x3b9: (0x345, 0x1fbe,),
    0x3ba: (0x3f0,), 0x3bc: (0xb5,), 0x3c0: (0x3d6,), 0x3c1: (0x3f1,),
    0x3c2: (0x3c3,), 0x3c3: (0x3c2,), 0x3c6: (0x3d5,), 0x3d0: (0x3b2,),
    0x3d1: (0x3b8,), 0x3d5: (0x3c6,), 0x3d6: (0x3c0,), 0x3f0: (0x3ba,),
    0x3f1: (0x3c1,), 0x3f5: (0x3b5,), 0x432: (0x1c80,), 0x434: (0x1c81,),
    0x43e: (0x1c82,), 0x441: (0x1c83,), 0x442: (0x1c84, 0x1c85,), 0x44a: (0x1c86,),
    0x463: (0x1c87,), 0x1c80: (0x432,), 0x1c81: (0x434,), 0x1c82: (0x43e,),
    0x1c83: (0x441,), 0x1c84: (0x442, 0x1c85,), 0x1c85: (0x442, 0x1c84,), 0x1c86: (0x44a,),
    0x1c87: (0x463,), 0x1c88: (0xa64b,), 0x1e61: (0x1e9b,), 0x1e9b: (0x1e61,),
    0x1fbe: (0x345, 0x3b9,), 0x1fd3: (0x390,), 0x1fe3: (0x3b0,), 0xa64b: (0x1c88,),
    0xfb05: (0xfb06,), 0xfb06: (0xfb05,),
}


def _lower(c, flags):
    if flags & LOCALE or not _unicode_mode(flags):
        if 65 <= c <= 90:
            return c + 32
        return c
    if c == 0x130:
        # The engine lowers by the simple mapping: 'İ' is 'i' there (its full lower() is two).
        return 0x69
    low = chr(c).lower()
    return ord(low) if len(low) == 1 else c


def _ignorecase_set(out, c, negated):
    """A cased character under IGNORECASE that other lowercase characters match too ('s' and
    'ſ'): a set of its lowercase and theirs."""
    out.emit(_OP["IN_UNI_IGNORE"])
    skip = out.hole()
    if negated:
        out.emit(_OP["NEGATE"])
    for k in (c,) + _EXTRA_CASES[c]:
        out.emit(_OP["LITERAL"], k)
    out.emit(_OP["FAILURE"])
    out.fill(skip)


def _cased(c, flags):
    if not _unicode_mode(flags):
        return 65 <= c <= 90 or 97 <= c <= 122
    ch = chr(c)
    return ch.lower() != ch or ch.upper() != ch


class _Code:
    def __init__(self, state):
        self.code = []
        self.state = state  # the groups' widths, for look-behinds that refer to them

    def emit(self, *words):
        self.code.extend(words)

    def hole(self):
        """A place for a skip to be filled in once its target is known."""
        self.code.append(0)
        return len(self.code) - 1

    def fill(self, at, extra=0):
        self.code[at] = len(self.code) - at + extra


def _is_single(seq):
    """A sequence that always matches exactly one character (REPEAT_ONE's item)."""
    if len(seq) != 1:
        return False
    node = seq[0]
    if node[0] == "group":
        return node[1] is None and not node[2] and not node[3] and _is_single(node[4])
    return node[0] in ("lit", "any", "in")


def _compile_seq(out, seq, flags):
    for node in seq:
        _compile_node(out, node, flags)


def _compile_node(out, node, flags):
    emit = out.emit
    kind = node[0]
    if kind == "lit":
        c = node[1]
        if not flags & IGNORECASE:
            emit(_OP["LITERAL"], c)
        elif flags & LOCALE:
            emit(_OP["LITERAL_LOC_IGNORE"], c)
        elif not _cased(c, flags):
            emit(_OP["LITERAL"], c)
        elif _unicode_mode(flags):
            low = _lower(c, flags)
            if low in _EXTRA_CASES:
                _ignorecase_set(out, low, False)
            else:
                emit(_OP["LITERAL_UNI_IGNORE"], low)
        else:
            emit(_OP["LITERAL_IGNORE"], _lower(c, flags))
    elif kind == "any":
        emit(_OP["ANY_ALL"] if flags & DOTALL else _OP["ANY"])
    elif kind == "in":
        _compile_set(out, node[1], node[2], flags)
    elif kind == "at":
        _compile_at(out, node[1], flags)
    elif kind == "branch":
        emit(_OP["BRANCH"])
        jumps = []
        for alt in node[1]:
            skip = out.hole()
            _compile_seq(out, alt, flags)
            emit(_OP["JUMP"])
            jumps.append(out.hole())
            out.fill(skip)
        emit(_OP["FAILURE"])
        for j in jumps:
            out.fill(j)
    elif kind == "repeat":
        _, lo, hi, how, body = node
        if _is_single(body):
            op = {"greedy": "REPEAT_ONE", "lazy": "MIN_REPEAT_ONE",
                  "possessive": "POSSESSIVE_REPEAT_ONE"}[how]
            emit(_OP[op])
            skip = out.hole()
            emit(lo, hi)
            _compile_seq(out, body, flags)
            emit(_OP["SUCCESS"])
            out.fill(skip)
        elif how == "possessive":
            emit(_OP["POSSESSIVE_REPEAT"])
            skip = out.hole()
            emit(lo, hi)
            _compile_seq(out, body, flags)
            out.fill(skip)
            emit(_OP["SUCCESS"])
        else:
            emit(_OP["REPEAT"])
            skip = out.hole()
            emit(lo, hi)
            _compile_seq(out, body, flags)
            out.fill(skip)
            emit(_OP["MAX_UNTIL"] if how == "greedy" else _OP["MIN_UNTIL"])
    elif kind == "group":
        _, gid, add, delete, body = node
        if gid is not None:
            emit(_OP["MARK"], 2 * (gid - 1))
        _compile_seq(out, body, (flags | add) & ~delete)
        if gid is not None:
            emit(_OP["MARK"], 2 * (gid - 1) + 1)
    elif kind == "assert":
        _, behind, negated, body = node
        emit(_OP["ASSERT_NOT"] if negated else _OP["ASSERT"])
        skip = out.hole()
        if behind:
            lo, hi = _width(body, out.state)
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            emit(lo)
        else:
            emit(0)
        _compile_seq(out, body, flags)
        emit(_OP["SUCCESS"])
        out.fill(skip)
    elif kind == "ref":
        if not flags & IGNORECASE:
            op = "GROUPREF"
        elif flags & LOCALE:
            op = "GROUPREF_LOC_IGNORE"
        elif _unicode_mode(flags):
            op = "GROUPREF_UNI_IGNORE"
        else:
            op = "GROUPREF_IGNORE"
        emit(_OP[op], node[1] - 1)
    elif kind == "exists":
        _, gid, yes, no = node
        emit(_OP["GROUPREF_EXISTS"], gid - 1)
        skip_yes = out.hole()
        _compile_seq(out, yes, flags)
        if no is not None:
            emit(_OP["JUMP"])
            skip_no = out.hole()
            out.fill(skip_yes, 1)
            _compile_seq(out, no, flags)
            out.fill(skip_no)
        else:
            out.fill(skip_yes, 1)
    elif kind == "atomic":
        emit(_OP["ATOMIC_GROUP"])
        skip = out.hole()
        _compile_seq(out, node[1], flags)
        emit(_OP["SUCCESS"])
        out.fill(skip)
    else:
        raise AssertionError("unknown node %r" % (kind,))


def _compile_at(out, where, flags):
    if where == "^":
        name = "BEGINNING_LINE" if flags & MULTILINE else "BEGINNING"
    elif where == "$":
        name = "END_LINE" if flags & MULTILINE else "END"
    elif where == "A":
        name = "BEGINNING_STRING"
    elif where == "Z":
        name = "END_STRING"
    else:
        name = "BOUNDARY" if where == "b" else "NON_BOUNDARY"
        if flags & LOCALE:
            name = "LOC_" + name
        elif _unicode_mode(flags):
            name = "UNI_" + name
    out.emit(_OP["AT"], _AT[name])


def _category(letter, flags):
    ascii_code, locale_code, unicode_code = _CATEGORY[letter]
    if flags & LOCALE:
        return locale_code
    if _unicode_mode(flags):
        return unicode_code
    return ascii_code


def _set_items(items, flags):
    """A set's items as the engine's set codes (without the final FAILURE)."""
    fold = flags & IGNORECASE and not flags & LOCALE
    uni = _unicode_mode(flags)
    chars = []
    ranges = []
    words = []
    for item in items:
        kind = item[0]
        if kind == "lit":
            c = item[1]
            if fold:
                c = _lower(c, flags)
                if uni:
                    chars.extend(_EXTRA_CASES.get(c, ()))
            chars.append(c)
        elif kind == "range":
            lo, hi = item[1], item[2]
            if fold and uni:
                words.extend((_OP["RANGE_UNI_IGNORE"], lo, hi))
                # What the range's characters fold with ('[a-z]' takes 'ſ' for 's').
                for k, others in _EXTRA_CASES.items():
                    up = chr(k).upper()
                    if lo <= k <= hi or (len(up) == 1 and lo <= ord(up) <= hi):
                        chars.extend(others)
                continue
            ranges.append((lo, hi))
            if fold:
                # the subject character is lowered before the test: add the lowered range
                a, b = max(lo, 65), min(hi, 90)
                if a <= b:
                    ranges.append((a + 32, b + 32))
        else:
            letter = item[1]
            words.extend((_OP["CATEGORY"], _category(letter, flags)))
    small = [c for c in chars if c < 256] + []
    big = [c for c in chars if c >= 256]
    small_ranges = [r for r in ranges if r[1] < 256]
    big_ranges = [r for r in ranges if r[1] >= 256]
    out = []
    if len(small) + len(small_ranges) > 2:
        bits = [0] * 8
        for c in small:
            bits[c >> 5] |= 1 << (c & 31)
        for lo, hi in small_ranges:
            for c in range(lo, hi + 1):
                bits[c >> 5] |= 1 << (c & 31)
        out.append(_OP["CHARSET"])
        out.extend(bits)
    else:
        big = small + big
        big_ranges = small_ranges + big_ranges
    for c in big:
        out.extend((_OP["LITERAL"], c))
    for lo, hi in big_ranges:
        out.extend((_OP["RANGE"], lo, hi))
    out.extend(words)
    return out


def _compile_set(out, negated, items, flags):
    fold = flags & IGNORECASE
    if len(items) == 1 and items[0][0] == "lit" and negated:
        c = items[0][1]
        if not fold:
            out.emit(_OP["NOT_LITERAL"], c)
        elif flags & LOCALE:
            out.emit(_OP["NOT_LITERAL_LOC_IGNORE"], c)
        elif not _cased(c, flags):
            out.emit(_OP["NOT_LITERAL"], c)
        elif _unicode_mode(flags):
            low = _lower(c, flags)
            if low in _EXTRA_CASES:
                _ignorecase_set(out, low, True)
            else:
                out.emit(_OP["NOT_LITERAL_UNI_IGNORE"], low)
        else:
            out.emit(_OP["NOT_LITERAL_IGNORE"], _lower(c, flags))
        return
    words = _set_items(items, flags)
    if not fold:
        op = "IN"
    elif flags & LOCALE:
        op = "IN_LOC_IGNORE"
    elif _unicode_mode(flags):
        op = "IN_UNI_IGNORE"
    else:
        op = "IN_IGNORE"
    out.emit(_OP[op])
    skip = out.hole()
    if negated:
        out.emit(_OP["NEGATE"])
    out.emit(*words)
    out.emit(_OP["FAILURE"])
    out.fill(skip)


def _literal_prefix(seq, flags):
    """The characters every match starts with, when the pattern begins with plain literals."""
    prefix = []
    if flags & IGNORECASE:
        return prefix
    for node in seq:
        if node[0] != "lit":
            break
        prefix.append(node[1])
    return prefix


def _first_charset(seq, flags):
    """The set codes of the character every match starts with, when the pattern starts with
    one (a set, or a repeat of at least one of a set), past word-boundary assertions and
    group starts: a search then skips the places no match can start, as it does for a
    literal prefix."""
    if flags & (IGNORECASE | LOCALE):
        return None
    while seq:
        node = seq[0]
        kind = node[0]
        if kind == "at" and node[1] in ("b", "B"):
            seq = seq[1:]
        elif kind == "group" and not node[2] and not node[3]:
            seq = node[4]
        elif kind == "repeat" and node[1] >= 1 and _is_single(node[4]):
            seq = node[4]
        elif kind == "lit":
            return [_OP["LITERAL"], node[1]]
        elif kind == "in":
            words = _set_items(node[2], flags)
            return [_OP["NEGATE"]] + words if node[1] else words
        else:
            return None
    return None


def _overlap(prefix):
    """The failure table of a Knuth-Morris-Pratt search for `prefix`."""
    table = [0] * len(prefix)
    k = 0
    for i in range(1, len(prefix)):
        while k and prefix[i] != prefix[k]:
            k = table[k - 1]
        if prefix[i] == prefix[k]:
            k += 1
        table[i] = k
    return table


def _compile(pattern, flags):
    seq, state = _parse(pattern, flags)
    flags = state.flags
    out = _Code(state)
    lo, hi = _width(seq, state)
    # the information block: its minimum width lets a search stop early, a literal prefix
    # lets it skip to where a match can start
    out.emit(_OP["INFO"])
    skip = out.hole()
    prefix = _literal_prefix(seq, flags)
    info_flags = 0
    if prefix:
        info_flags = 1
        if len(prefix) == len(seq):
            info_flags |= 2
    charset = None if prefix else _first_charset(seq, flags)
    if charset:
        info_flags = 4
    out.emit(info_flags, lo, min(hi, MAXREPEAT))
    if prefix:
        out.emit(len(prefix), len(prefix))
        out.emit(*prefix)
        out.emit(*_overlap(prefix))
    elif charset:
        out.emit(*charset)
        out.emit(_OP["FAILURE"])
    out.fill(skip)
    _compile_seq(out, seq, flags)
    out.emit(_OP["SUCCESS"])
    code = []
    for word in out.code:
        code += (word & 255, (word >> 8) & 255, (word >> 16) & 255, word >> 24)
    groupindex = dict(state.groupdict)
    indexgroup = [None] * state.groups
    for name, gid in groupindex.items():
        indexgroup[gid] = name
    engine_code = _sre.compile(bytes(code), state.groups - 1, isinstance(pattern, str))
    return Pattern._make(pattern, flags, engine_code, state.groups - 1, groupindex, tuple(indexgroup))


# ---------------------------------------------------------------------------------------
# Pattern and Match objects

_MAXSIZE = 9223372036854775807


def _check_subject(pattern, string):
    if isinstance(pattern, str):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
    else:
        if not isinstance(string, (bytes, bytearray)):
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _as_subject(string):
    """What the pieces of a subject are cut from: a bytearray's pieces are bytes."""
    if type(string) is bytearray:
        return bytes(string)
    return string


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _operator.index(pos)
    endpos = _operator.index(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_code", "_indexgroup",
                 "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @classmethod
    def _make(cls, pattern, flags, code, groups, groupindex, indexgroup):
        # Only compile() makes patterns, as CPython's _sre does.
        self = object.__new__(cls)
        self.pattern = pattern
        self.flags = int(flags)
        self._code = code
        self.groups = groups
        self._groupindex = groupindex
        self._indexgroup = indexgroup
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def _run(self, string, pos, endpos, mode):
        _check_subject(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return None
        spans = _sre.match(self._code, string, pos, endpos, mode, self.groups)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, spans)

    # Native (`modules/sre_match.rs`): they make the Match themselves, or call `_run` for
    # what they do not handle.
    match = _sre.pattern_match
    fullmatch = _sre.pattern_fullmatch
    search = _sre.pattern_search

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # Lazy, as CPython's: each match is searched for when asked for.
        _check_subject(self.pattern, string)
        return iter(_Scanner(self, string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return []
        return _sre.findall(self._code, string, pos, endpos, self.groups)

    def split(self, string, maxsplit=0):
        _check_subject(self.pattern, string)
        maxsplit = _operator.index(maxsplit)
        if maxsplit < 0:
            string = _as_subject(string)
            return [string[:]] if isinstance(string, str) else [string]
        return _sre.split(self._code, string, maxsplit, self.groups)

    def _subx(self, repl, string, count):
        count = _operator.index(count)
        if callable(repl):
            template = None
        else:
            template = _compile_template(self, repl)
        if count < 0:
            return _as_subject(string)[0:], 0
        return _sre.subx(self, string, count, template, repl)

    def sub(self, repl, string, count=0):
        _check_subject(self.pattern, string)
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        _check_subject(self.pattern, string)
        return self._subx(repl, string, count)

    @property
    def groupindex(self):
        "A read-only mapping of the group names to their numbers."
        return _MappingProxy(self._groupindex)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        # Plain ints: a RegexFlag would drop the bits it has no name for.
        flags = int(self.flags)
        if isinstance(self.pattern, str):
            flags &= ~int(UNICODE)
        if not flags:
            return "re.compile(%s)" % text
        # In the order CPython's `_sre` names them, whatever bits are left in hex.
        names = []
        for flag in (TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, DEBUG,
                     ASCII):
            if flags & int(flag):
                names.append("re." + flag.name)
                flags &= ~int(flag)
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._first = self._pos  # every match's `pos`, as CPython's scanner gives it
        self._must_advance = False

    def _step(self, mode):
        p = self.pattern
        if self._pos > self._endpos:
            return None
        spans = _sre.step(p._code, self._string, self._pos, self._endpos, p.groups, mode,
                          self._must_advance)
        if spans is None:
            return None
        self._must_advance = spans[2] == spans[1]
        self._pos = spans[2]
        return _new_match(p, self._string, self._first, self._endpos, spans)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __new__(cls, *args, **kwargs):
        # Matches are made by matching (natively, `sre_match.rs`), as CPython's.
        raise TypeError("cannot create 're.Match' instances")

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    @property
    def lastindex(self):
        i = self._spans[0]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._spans[0]
        if i < 0:
            return None
        return self.re._indexgroup[i]

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * g + 1], s[2 * g + 2]) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
            raise IndexError("no such group")
        index = getattr(type(group), "__index__", None)
        if index is not None:
            i = index(group)
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        gid = self.re._groupindex.get(group)
        if gid is None:
            raise IndexError("no such group")
        return gid

    def _get(self, g, default=None):
        s = self._spans
        a = s[2 * g + 1]
        if a < 0:
            return default
        if type(self.string) is bytearray:
            return bytes(self.string[a:s[2 * g + 2]])
        return self.string[a:s[2 * g + 2]]

    # Native (`modules/sre_match.rs`): they read the slots above, and ask `_index` for a
    # group named otherwise than by an int.
    group = _sre.match_group
    __getitem__ = _sre.match_getitem
    groups = _sre.match_groups

    groupdict = _sre.match_groupdict

    start = _sre.match_start
    end = _sre.match_end
    span = _sre.match_span

    def expand(self, template):
        parts = []
        for t in _compile_template(self.re, template):
            if isinstance(t, int):
                value = self._get(t)
                if value is not None:
                    parts.append(value)
            else:
                parts.append(t)
        return self.string[0:0].join(parts) if parts else template[0:0]

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._spans[1], self._spans[2], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        raise TypeError("cannot pickle 're.Match' object")


Pattern.__module__ = "re"
Match.__module__ = "re"
_sre.Match = Match
_new_match = _sre.new_match

# ---------------------------------------------------------------------------------------
# Replacement templates: a list of literal pieces and group numbers.


def _compile_template(pattern, repl):
    key = (type(repl), repl, pattern)
    cached = _template_cache.get(key)
    if cached is not None:
        return cached
    if not isinstance(repl, (str, bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(repl).__name__)
    if isinstance(pattern.pattern, str) != isinstance(repl, str):
        # CPython finds out when it joins the pieces
        kind = "str instance" if isinstance(pattern.pattern, str) else "a bytes-like object"
        raise TypeError("sequence item 0: expected %s, %s found" % (kind, type(repl).__name__))
    text = repl if isinstance(repl, str) else bytes(repl).decode("latin-1")
    source = _Source(repl)
    pieces = []
    literal = []

    def flush():
        if literal:
            pieces.append("".join(literal))
            literal.clear()

    groupindex = pattern.groupindex
    while True:
        this = source.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not source.match("<"):
                raise source.error("missing <")
            name = source.getuntil(">", "group name")
            if name.isidentifier():
                source.checkgroupname(name, 1)
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % name,
                                       len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % index, len(name) + 1)
                if index > pattern.groups:
                    raise source.error("invalid group reference %d" % index, len(name) + 1)
            flush()
            pieces.append(index)
        elif c == "0":
            if source.next is not None and source.next in _OCTDIGITS:
                this += source.get()
                if source.next is not None and source.next in _OCTDIGITS:
                    this += source.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif c in _DIGITS:
            isoctal = False
            if source.next is not None and source.next in _DIGITS:
                this += source.get()
                if (c in _OCTDIGITS and this[2] in _OCTDIGITS and source.next is not None
                        and source.next in _OCTDIGITS):
                    this += source.get()
                    isoctal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise source.error("octal escape value %s outside of range 0-0o377"
                                           % this, len(this))
                    literal.append(chr(value))
            if not isoctal:
                index = int(this[1:])
                if index > pattern.groups:
                    raise source.error("invalid group reference %d" % index, len(this) - 1)
                flush()
                pieces.append(index)
        elif c in _SIMPLE_ESCAPES:
            literal.append(chr(_SIMPLE_ESCAPES[c]))
        elif c in _ASCIILETTERS:
            raise source.error("bad escape %s" % this, len(this))
        else:
            literal.append(this)
    flush()
    if not isinstance(pattern.pattern, str):
        pieces = [p.encode("latin-1") if isinstance(p, str) else p for p in pieces]
    if not pieces:
        pieces = [text[0:0] if isinstance(pattern.pattern, str) else b""]
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = pieces
    return pieces


# ---------------------------------------------------------------------------------------
# The module's functions

_MAXCACHE = 512
_cache = {}
_template_cache = {}


def _compile_cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, bytearray):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    p = _compile(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            # drop the oldest entry, as CPython does
            del _cache[next(iter(_cache))]
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile_cached(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile_cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile_cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile_cached(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string with the leftmost non-overlapping occurrences replaced."
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub(), and also the number of substitutions made."
    return _compile_cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string by the occurrences of the pattern."
    return _compile_cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile_cached(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object (deprecated)."
    return _compile_cached(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL_CHARS)
    pattern = str(pattern, "latin1")
    return pattern.translate(_SPECIAL_CHARS).encode("latin1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        alternatives = []
        # Each phrase is one group of the whole pattern; groups inside it come after that
        # group's number, so the action is found by the group that matched.
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            alternatives.append("(%s)" % phrase)
            self._actions[group] = action
            group += 1 + compile(phrase, flags).groups
        self._pattern = compile("|".join(alternatives), flags)

    def scan(self, string):
        result = []
        scanner = self._pattern.scanner(string)
        i = 0
        while True:
            m = scanner.match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            # The phrase's own group closes last: it is the last index.
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
