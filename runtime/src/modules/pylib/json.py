"""json: dumps/dump and loads/load with CPython's output and error messages, and the
JSONEncoder/JSONDecoder classes their `cls` argument takes.

Differences from CPython: one module where CPython has the package (json.decoder,
json.encoder are not importable; JSONDecodeError's module is json).
"""

import _reap_json as _json

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


def _indent_text(indent):
    if indent is not None and not isinstance(indent, str):
        return " " * indent
    return indent


def _separators(indent, separators):
    if separators is not None:
        return separators
    return (",", ": ") if indent is not None else (", ", ": ")


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
        # One chunk: the whole text (CPython's Python encoder yields pieces; what they join to
        # is the same).
        indent = _indent_text(self.indent)
        return iter((_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                                  indent, self.item_separator, self.key_separator, self.default,
                                  self.sort_keys, indent is not None),))


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        indent = _indent_text(indent)
        item_sep, key_sep = _separators(indent, separators)
        return _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_sep, key_sep,
                            default, sort_keys, indent is not None)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_WS = " \t\n\r"


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


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

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          None if self.parse_float is float else self.parse_float,
                          None if self.parse_int is int else self.parse_int,
                          None if self.parse_constant == _CONSTANTS.__getitem__ else self.parse_constant,
                          JSONDecodeError)


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
