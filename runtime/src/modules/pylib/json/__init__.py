"""json: dumps/dump and loads/load with CPython's output and error messages, the
JSONEncoder/JSONDecoder classes their `cls` argument takes (in json.encoder and json.decoder,
as CPython's), json.scanner and json.tool.

Differences from CPython: `JSONEncoder.iterencode` yields the whole text as one chunk (so
`dump` writes once, and writes nothing when encoding fails); lone surrogates in `\\uXXXX`
escapes decode to U+FFFD (Reap's strs cannot hold them).
"""

import _reap_json as _json

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]
__version__ = "2.0.9"

from json.encoder import _indent_text, _separators

_default_decoder = JSONDecoder()


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


def detect_encoding(b):
    """The encoding of JSON bytes (RFC 4627's rule): a byte-order mark, else where the zero
    bytes of the first characters are; UTF-8 otherwise."""
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if b.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if b.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s))
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
    if (object_hook is None and parse_float is None and parse_int is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    return JSONDecoder(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                       parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
