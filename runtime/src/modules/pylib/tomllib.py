"""tomllib: read TOML 1.0 documents, as Python 3.11's `tomllib` does. Written for Reap.

`loads(s, *, parse_float=float)` parses a string and `load(fp, *, parse_float=float)` a file
opened in binary mode; both return a dict. TOML values become dict, list, str, int, float
(or what `parse_float` returns), bool, and `datetime.datetime` / `datetime.date` /
`datetime.time` (offset date-times carry a `datetime.timezone`). Invalid documents raise
`TOMLDecodeError` (a `ValueError`) whose message and "(at line L, column C)" suffix are
CPython's.

The parser is a hand-written recursive descent over the source string (numbers, dates and
times are scanned by hand rather than with regular expressions), following the same rules,
in the same order, as CPython's reader so that every error is reported with the same
message at the same place.
"""

from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


# ---------------------------------------------------------------------------------------
# Character classes

_CONTROL = frozenset([chr(i) for i in range(32)] + [chr(127)])
# Characters that may not appear raw in one-line strings and comments (tab may), ...
_BAD_IN_LINE = _CONTROL - frozenset("\t")
# ... and in multi-line strings (tab and newline may).
_BAD_IN_MULTILINE = _CONTROL - frozenset("\t\n")

_SPACE = frozenset(" \t")
_SPACE_OR_NEWLINE = frozenset(" \t\n")
_DIGITS = frozenset("0123456789")
_NONZERO = frozenset("123456789")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_RADIX_DIGITS = {"x": _HEXDIGITS, "o": frozenset("01234567"), "b": frozenset("01")}
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_NUMBER_START = _DIGITS | frozenset("+-")

# What the character after a backslash stands for in a basic string.
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
# Multi-line basic strings: a backslash followed by one of these ends the line.
_LINE_END_ESCAPES = ("\\ ", "\\\t", "\\\n")

# Bits kept for key paths by _Marks.
_DEFINED = 1  # declared by a [table] header or used as a dotted-key prefix: no [table] again
_FROZEN = 2  # an inline table or an array value: nothing may be added to it


# ---------------------------------------------------------------------------------------
# Book-keeping of which key paths may still be defined or extended


class _Marks:
    """A tree of key paths with bits set on them.

    Each node is a list [bits, bits_for_the_whole_subtree, {part: child node}]. A path has a
    bit if its own node has it, or if the subtree bits of the node itself or of one of its
    ancestors (not counting the root) have it. Marks for dotted keys of a table are kept
    pending and only set when the next header comes.
    """

    def __init__(self):
        self.tree = {}
        self.pending = set()

    def set(self, key, bit, subtree):
        children = self.tree
        node = None
        for part in key:
            node = children.get(part)
            if node is None:
                node = [0, 0, {}]
                children[part] = node
            children = node[2]
        if subtree:
            node[1] |= bit
        else:
            node[0] |= bit

    def has(self, key, bit):
        if not key:
            return False
        children = self.tree
        last = len(key) - 1
        for i in range(last):
            node = children.get(key[i])
            if node is None:
                return False
            if node[1] & bit:
                return True
            children = node[2]
        node = children.get(key[last])
        if node is None:
            return False
        return bool((node[0] | node[1]) & bit)

    def forget(self, key):
        """Drop every mark on `key` and below it."""
        children = self.tree
        for i in range(len(key) - 1):
            node = children.get(key[i])
            if node is None:
                return
            children = node[2]
        children.pop(key[-1], None)

    def defer(self, key):
        self.pending.add(key)

    def commit(self):
        for key in self.pending:
            self.set(key, _DEFINED, False)
        self.pending.clear()


def _table_at(root, key, into_arrays):
    """The table found (or made, as empty tables) by following `key` from `root`.

    With `into_arrays`, an array met on the way stands for its last element. Returns None
    when something other than a table is in the way.
    """
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            return None
    return table


_zones = {}


def _zone(sign, hours, minutes):
    """A fixed-offset timezone, shared between values that have the same offset."""
    zone = _zones.get((sign, hours, minutes))
    if zone is None:
        factor = -1 if sign == "-" else 1
        zone = _timezone(_timedelta(hours=factor * int(hours), minutes=factor * int(minutes)))
        _zones[(sign, hours, minutes)] = zone
    return zone


def _find(src, sub, pos, end):
    """`src.find(sub, pos, end)`, looking through growing windows: the cost follows the
    distance to the match, not the length of src (Reap's str.find copies all of src)."""
    width = 64
    extra = len(sub) - 1
    while pos < end:
        stop = min(pos + width, end)
        found = src[pos : min(stop + extra, end)].find(sub)
        if found >= 0:
            return pos + found
        pos = stop
        width *= 2
    return -1


def _is_digits(text, count):
    return len(text) == count and text.isascii() and text.isdigit()


def _digit_run(src, pos, digits):
    """The end of a run of `digits` starting at pos (which holds one), where single
    underscores may separate two digits."""
    while True:
        c = src[pos : pos + 1]
        if c in digits:
            pos += 1
        elif c == "_" and src[pos + 1 : pos + 2] in digits:
            pos += 2
        else:
            return pos


# ---------------------------------------------------------------------------------------
# The parser


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.root = {}
        self.marks = _Marks()

    # -- helpers -----------------------------------------------------------------------

    def error(self, pos, message):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                column = pos + 1
            else:
                column = pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{message} (at {where})")

    def skip(self, pos, chars):
        src = self.src
        end = len(src)
        while pos < end and src[pos] in chars:
            pos += 1
        return pos

    def skip_to(self, pos, stop, bad, must_find):
        """The index of the next `stop` at or after pos (the end of the document if none
        and not `must_find`), failing at the first `bad` character before it."""
        src = self.src
        found = _find(src, stop, pos, len(src))
        if found < 0:
            if must_find:
                raise self.error(len(src), f"Expected {stop!r}")
            found = len(src)
        if not bad.isdisjoint(src[pos:found]):
            while src[pos] not in bad:
                pos += 1
            raise self.error(pos, f"Found invalid character {src[pos]!r}")
        return found

    def skip_comment(self, pos):
        if self.src[pos : pos + 1] == "#":
            return self.skip_to(pos + 1, "\n", _BAD_IN_LINE, False)
        return pos

    def skip_array_space(self, pos):
        """Skip whitespace, newlines and comments (inside an array)."""
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _SPACE_OR_NEWLINE))
            if pos == before:
                return pos

    # -- statements --------------------------------------------------------------------

    def document(self):
        src = self.src
        end = len(src)
        pos = 0
        header = ()
        while True:
            pos = self.skip(pos, _SPACE)
            if pos >= end:
                break
            c = src[pos]
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.assignment(pos, header)
                pos = self.skip(pos, _SPACE)
            elif c == "[":
                self.marks.commit()
                if src[pos : pos + 2] == "[[":
                    pos, header = self.array_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _SPACE)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            if pos >= end:
                break
            if src[pos] != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.root

    def table_header(self, pos):
        pos, key = self.key(self.skip(pos + 1, _SPACE))
        marks = self.marks
        if marks.has(key, _DEFINED) or marks.has(key, _FROZEN):
            raise self.error(pos, f"Cannot declare {key} twice")
        marks.set(key, _DEFINED, False)
        if _table_at(self.root, key, True) is None:
            raise self.error(pos, "Cannot overwrite a value")
        if self.src[pos : pos + 1] != "]":
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_header(self, pos):
        pos, key = self.key(self.skip(pos + 2, _SPACE))
        marks = self.marks
        if marks.has(key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        # A fresh element: what was defined inside the previous one no longer counts, but
        # the array itself may not become a [table].
        marks.forget(key)
        marks.set(key, _DEFINED, False)
        parent = _table_at(self.root, key[:-1], True)
        if parent is None:
            raise self.error(pos, "Cannot overwrite a value")
        last = key[-1]
        if last in parent:
            array = parent[last]
            if not isinstance(array, list):
                raise self.error(pos, "Cannot overwrite a value")
            array.append({})
        else:
            parent[last] = [{}]
        if self.src[pos : pos + 2] != "]]":
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def assignment(self, pos, header):
        """A key/value pair at the top level or in a [table]."""
        pos, key, value = self.key_value(pos)
        marks = self.marks
        for i in range(1, len(key)):
            prefix = header + key[:i]
            if marks.has(prefix, _DEFINED):
                raise self.error(pos, f"Cannot redefine namespace {prefix}")
            marks.defer(prefix)
        parent_key = header + key[:-1]
        if marks.has(parent_key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {parent_key}")
        parent = _table_at(self.root, parent_key, True)
        last = key[-1]
        if parent is None or last in parent:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.set(header + key, _FROZEN, True)
        parent[last] = value
        return pos

    # -- keys --------------------------------------------------------------------------

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.src[pos : pos + 1] != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _SPACE))
        return pos, key, value

    def key(self, pos):
        """A (possibly dotted) key, and the whitespace after it."""
        src = self.src
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _SPACE)
            if src[pos : pos + 1] != ".":
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _SPACE)

    def key_part(self, pos):
        src = self.src
        c = src[pos : pos + 1]
        if c in _BARE_KEY:
            start = pos
            pos = self.skip(pos, _BARE_KEY)
            return pos, src[start:pos]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # -- values ------------------------------------------------------------------------

    def value(self, pos):
        src = self.src
        c = src[pos : pos + 1]
        if c == '"':
            if src[pos : pos + 3] == '"""':
                return self.multiline_string(pos, False)
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src[pos : pos + 3] == "'''":
                return self.multiline_string(pos, True)
            return self.literal_string(pos)
        if c == "t":
            if src[pos : pos + 4] == "true":
                return pos + 4, True
        elif c == "f":
            if src[pos : pos + 5] == "false":
                return pos + 5, False
        elif c == "[":
            return self.array(pos)
        elif c == "{":
            return self.inline_table(pos)
        elif c in _DIGITS:
            found = self.date_or_datetime(pos)
            if found is None:
                found = self.local_time(pos)
            if found is not None:
                return found
        if c in _NUMBER_START:
            found = self.number(pos)
            if found is not None:
                return found
        word = src[pos : pos + 3]
        if word == "inf" or word == "nan":
            return pos + 3, self.parse_float(word)
        word = src[pos : pos + 4]
        if word in ("+inf", "-inf", "+nan", "-nan"):
            return pos + 4, self.parse_float(word)
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        src = self.src
        items = []
        pos = self.skip_array_space(pos + 1)
        if src[pos : pos + 1] == "]":
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.skip_array_space(pos)
            c = src[pos : pos + 1]
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if src[pos : pos + 1] == "]":
                return pos + 1, items

    def inline_table(self, pos):
        src = self.src
        table = {}
        marks = _Marks()
        pos = self.skip(pos + 1, _SPACE)
        if src[pos : pos + 1] == "}":
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            if marks.has(key, _FROZEN):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            parent = _table_at(table, key[:-1], False)
            if parent is None:
                raise self.error(pos, "Cannot overwrite a value")
            last = key[-1]
            if last in parent:
                raise self.error(pos, f"Duplicate inline table key {last!r}")
            parent[last] = value
            pos = self.skip(pos, _SPACE)
            c = src[pos : pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.set(key, _FROZEN, True)
            pos = self.skip(pos + 1, _SPACE)

    # -- strings -----------------------------------------------------------------------

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_to(start, "'", _BAD_IN_LINE, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src[pos : pos + 1] == "\n":
            pos += 1  # a newline right after the opening quotes is dropped
        if literal:
            quote = "'"
            end = self.skip_to(pos, "'''", _BAD_IN_MULTILINE, True)
            text = src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, True)
        # One or two quotes right before the closing three belong to the string.
        if src[pos : pos + 1] == quote:
            pos += 1
            text += quote
            if src[pos : pos + 1] == quote:
                pos += 1
                text += quote
        return pos, text

    def basic_string(self, pos, multiline):
        """The rest of a basic string whose opening quote(s) end before pos."""
        src = self.src
        end = len(src)
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_LINE
        pieces = []
        start = pos
        quote = -2  # where the next '"' is; -2: not looked for yet; -1: there is none
        while True:
            if -1 != quote < pos:
                quote = _find(src, '"', pos, end)
            stop = end if quote < 0 else quote
            backslash = _find(src, "\\", pos, stop)
            if backslash >= 0:
                stop = backslash
            if not bad.isdisjoint(src[pos:stop]):
                while src[pos] not in bad:
                    pos += 1
                raise self.error(pos, f"Illegal character {src[pos]!r}")
            if stop >= end:
                raise self.error(end, "Unterminated string")
            if stop == quote:
                if not multiline:
                    pieces.append(src[start:stop])
                    return stop + 1, "".join(pieces)
                if src[stop : stop + 3] == '"""':
                    pieces.append(src[start:stop])
                    return stop + 3, "".join(pieces)
                pos = stop + 1
                continue
            pieces.append(src[start:stop])
            pos, text = self.escape(stop, multiline)
            pieces.append(text)
            start = pos

    def escape(self, pos, multiline):
        """The escape sequence starting with the backslash at pos."""
        src = self.src
        sequence = src[pos : pos + 2]
        pos += 2
        if multiline and sequence in _LINE_END_ESCAPES:
            # A line-ending backslash: drop all whitespace and newlines after it.
            if sequence != "\\\n":
                pos = self.skip(pos, _SPACE)
                if pos >= len(src):
                    return pos, ""
                if src[pos] != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _SPACE_OR_NEWLINE), ""
        if sequence == "\\u":
            return self.hex_escape(pos, 4)
        if sequence == "\\U":
            return self.hex_escape(pos, 8)
        text = _ESCAPES.get(sequence[1:])
        if text is None:
            raise self.error(pos, "Unescaped '\\' in a string")
        return pos, text

    def hex_escape(self, pos, width):
        digits = self.src[pos : pos + width]
        if len(digits) != width or not _HEXDIGITS.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        code = int(digits, 16)
        pos += width
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)

    # -- numbers, dates and times ------------------------------------------------------

    def number(self, pos):
        """An integer or float at pos, or None. Scans as much as forms a number: what
        follows is left for the caller to reject."""
        src = self.src
        if src[pos : pos + 1] == "0":
            digits = _RADIX_DIGITS.get(src[pos + 1 : pos + 2])
            if digits is not None and src[pos + 2 : pos + 3] in digits:
                end = _digit_run(src, pos + 3, digits)
                return end, int(src[pos:end], 0)
        end = pos
        if src[end : end + 1] in ("+", "-"):
            end += 1
        c = src[end : end + 1]
        if c == "0":
            end += 1  # no leading zeros: a digit after it is left over
        elif c in _NONZERO:
            end = _digit_run(src, end + 1, _DIGITS)
        else:
            return None
        integer_end = end
        if src[end : end + 1] == "." and src[end + 1 : end + 2] in _DIGITS:
            end = _digit_run(src, end + 2, _DIGITS)
        if src[end : end + 1] in ("e", "E"):
            after = end + 1
            if src[after : after + 1] in ("+", "-"):
                after += 1
            if src[after : after + 1] in _DIGITS:
                end = _digit_run(src, after + 1, _DIGITS)
        text = src[pos:end]
        if end > integer_end:
            return end, self.parse_float(text)
        return end, int(text, 0)

    def time_fields(self, pos):
        """(end, hour, minute, second, microsecond) of an HH:MM:SS[.fraction] at pos, or
        None. Fraction digits beyond the sixth are read and ignored."""
        src = self.src
        hour = src[pos : pos + 2]
        if not (_is_digits(hour, 2) and hour <= "23" and src[pos + 2 : pos + 3] == ":"):
            return None
        minute = src[pos + 3 : pos + 5]
        if not (_is_digits(minute, 2) and minute <= "59" and src[pos + 5 : pos + 6] == ":"):
            return None
        second = src[pos + 6 : pos + 8]
        if not (_is_digits(second, 2) and second <= "59"):
            return None
        end = pos + 8
        micro = 0
        if src[end : end + 1] == "." and src[end + 1 : end + 2] in _DIGITS:
            start = end + 1
            end = start + 1
            while src[end : end + 1] in _DIGITS:
                end += 1
            micro = int(src[start : min(end, start + 6)].ljust(6, "0"))
        return end, int(hour), int(minute), int(second), micro

    def local_time(self, pos):
        fields = self.time_fields(pos)
        if fields is None:
            return None
        end, hour, minute, second, micro = fields
        return end, _time(hour, minute, second, micro)

    def date_or_datetime(self, pos):
        """A date or a date-time (local or with an offset) at pos, or None."""
        src = self.src
        year = src[pos : pos + 4]
        month = src[pos + 5 : pos + 7]
        day = src[pos + 8 : pos + 10]
        if not (
            _is_digits(year, 4)
            and src[pos + 4 : pos + 5] == "-"
            and _is_digits(month, 2)
            and "01" <= month <= "12"
            and src[pos + 7 : pos + 8] == "-"
            and _is_digits(day, 2)
            and "01" <= day <= "31"
        ):
            return None
        end = pos + 10
        fields = None
        if src[end : end + 1] in ("T", "t", " "):
            fields = self.time_fields(end + 1)
        try:
            if fields is None:
                return end, _date(int(year), int(month), int(day))
            end, hour, minute, second, micro = fields
            zone = None
            c = src[end : end + 1]
            if c == "Z" or c == "z":
                zone = _timezone.utc
                end += 1
            elif c == "+" or c == "-":
                hours = src[end + 1 : end + 3]
                minutes = src[end + 4 : end + 6]
                if (
                    _is_digits(hours, 2)
                    and hours <= "23"
                    and src[end + 3 : end + 4] == ":"
                    and _is_digits(minutes, 2)
                    and minutes <= "59"
                ):
                    zone = _zone(c, hours, minutes)
                    end += 6
            value = _datetime(
                int(year), int(month), int(day), hour, minute, second, micro, tzinfo=zone
            )
        except ValueError as exc:
            raise self.error(pos, "Invalid date or datetime") from exc
        return end, value


# ---------------------------------------------------------------------------------------
# Public API


def _checked_parse_float(parse_float):
    """`parse_float`, refusing results that would be confused with tables and arrays."""
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    return checked


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    # Line endings: "\r\n" counts as "\n" everywhere, even inside strings.
    src = s.replace("\r\n", "\n")
    return _Parser(src, _checked_parse_float(parse_float)).document()


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)
