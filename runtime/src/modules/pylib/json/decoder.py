"""json.decoder: JSONDecoder and JSONDecodeError; the scanning itself is native
(`_reap_json.scan`, as CPython's `_json` scanner)."""

import _reap_json as _json

__all__ = ["JSONDecoder", "JSONDecodeError"]


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


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_WS = " \t\n\r"


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def scanstring(s, end, strict=True):
    """The JSON string whose text starts at `end` (after its opening quote), decoded, and the
    index after its closing quote."""
    if end < 1 or s[end - 1:end] != '"':
        raise ValueError("end is out of bounds")
    return _json.scan(s, end - 1, strict, None, None, None, None, None, JSONDecodeError)


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
        self.parse_string = scanstring
        self.memo = {}

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def scan_once(self, string, idx):
        """One value from `idx`, as `(value, end)`; StopIteration(idx) where none starts."""
        try:
            return self.raw_decode(string, idx)
        except JSONDecodeError as err:
            if err.msg == "Expecting value" and err.pos == idx:
                raise StopIteration(idx) from None
            raise

    def raw_decode(self, s, idx=0):
        return _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          None if self.parse_float is float else self.parse_float,
                          None if self.parse_int is int else self.parse_int,
                          None if self.parse_constant == _CONSTANTS.__getitem__ else self.parse_constant,
                          JSONDecodeError)


