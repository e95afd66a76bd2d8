"""json: dumps/dump and loads/load with CPython's output and error messages, and the
JSONEncoder/JSONDecoder classes their `cls` argument takes.

Differences from CPython: one module where CPython has the package (json.decoder,
json.encoder are not importable; JSONDecodeError's module is json).
"""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc[:pos].count("\n") + 1
        colno = pos - doc[:pos].rfind("\n")
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20:
            out.append(f"\\u{n:04x}")
        elif n < 0x7F or not ensure_ascii:
            out.append(ch)
        elif n < 0x10000:
            out.append(f"\\u{n:04x}")
        else:
            n -= 0x10000
            out.append(f"\\u{0xD800 | (n >> 10):04x}\\u{0xDC00 | (n & 0x3FF):04x}")
    out.append('"')
    return "".join(out)


def _float_text(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (",", ": ") if indent is not None else (", ", ": ")
        self.item_sep, self.key_sep = separators
        self.default = default
        self.sort_keys = sort_keys
        self.markers = {}

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            if self.default is None:
                raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")
            self.enter(o)
            self.encode(self.default(o), level, out)
            self.leave(o)

    def enter(self, o):
        if self.check_circular:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.check_circular:
            del self.markers[id(o)]

    def newline(self, level):
        if self.indent is None:
            return ""
        return "\n" + self.indent * level

    def encode_list(self, items, level, out):
        if not items:
            out.append("[]")
            return
        self.enter(items)
        out.append("[")
        inner = self.newline(level + 1)
        for i, item in enumerate(items):
            out.append(inner if i == 0 else self.item_sep + inner)
            self.encode(item, level + 1, out)
        out.append(self.newline(level) + "]")
        self.leave(items)

    def encode_dict(self, d, level, out):
        if not d:
            out.append("{}")
            return
        self.enter(d)
        out.append("{")
        inner = self.newline(level + 1)
        entries = sorted(d.items()) if self.sort_keys else d.items()
        first = True
        for key, value in entries:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_text(key, self.allow_nan)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            out.append(inner if first else self.item_sep + inner)
            first = False
            out.append(_encode_string(key, self.ensure_ascii))
            out.append(self.key_sep)
            self.encode(value, level + 1, out)
        out.append(self.newline(level) + "}")
        self.leave(d)


class JSONEncoder:
    """Encodes Python data structures as JSON; subclasses override `default` for other
    objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        out = []
        encoder = _Encoder(self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan, self.indent,
                           (self.item_separator, self.key_separator), self.default, self.sort_keys)
        encoder.encode(o, 0, out)
        return iter(out)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        out = []
        _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys).encode(
            obj, 0, out
        )
        return "".join(out)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_WS = " \t\n\r"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, object_pairs_hook, parse_constant=None,
                 strict=True):
        self.s = s
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.object_pairs_hook = object_pairs_hook
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        if ch == "n" and s.startswith("null", i):
            return None, i + 4
        if ch == "t" and s.startswith("true", i):
            return True, i + 4
        if ch == "f" and s.startswith("false", i):
            return False, i + 5
        for name in _CONSTANTS:
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        return self.number(i)

    def number(self, i):
        s = self.s
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j] == "0":
            j += 1
        elif j < len(s) and "1" <= s[j] <= "9":
            while j < len(s) and s[j].isdigit():
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < len(s) and s[j] == "." and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and s[k].isdigit():
                is_float = True
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        start = i - 1
        parts = []
        while True:
            j = i
            while j < len(s) and s[j] not in '"\\' and (s[j] >= " " or not self.strict):
                j += 1
            parts.append(s[i:j])
            if j >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            ch = s[j]
            if ch == '"':
                return "".join(parts), j + 1
            if ch != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            esc = s[j + 1]
            if esc != "u":
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                parts.append(_BACKSLASH[esc])
                i = j + 2
                continue
            code = self.hex4(j + 2, j)
            i = j + 6
            if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                low = self.hex4(i + 2, i)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            parts.append(chr(code))

    def hex4(self, i, at):
        text = self.s[i:i + 4]
        if len(text) == 4 and all(c in "0123456789abcdefABCDEF" for c in text):
            return int(text, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, at)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


class JSONDecoder:
    """Decodes JSON text into Python data structures."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _decoder(self, s):
        return _Decoder(s, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook,
                        self.parse_constant, self.strict)

    def decode(self, s):
        decoder = self._decoder(s)
        value, end = decoder.value(decoder.skip(0))
        end = decoder.skip(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        return self._decoder(s).value(idx)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is not None:
        for name, v in (("object_hook", object_hook), ("parse_float", parse_float), ("parse_int", parse_int),
                        ("parse_constant", parse_constant), ("object_pairs_hook", object_pairs_hook)):
            if v is not None:
                kw[name] = v
        return cls(**kw).decode(s)
    return JSONDecoder(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                       parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
