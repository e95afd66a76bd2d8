"""json.encoder: JSONEncoder and the string encoders; encoding itself is native
(`_reap_json.encode`), with the output of both of CPython's encoders."""

import _reap_json as _json

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


def encode_basestring(s):
    """`s` as a JSON string literal, non-ASCII characters kept."""
    return _json.encode(s, False, False, False, True, None, ", ", ": ", None, False, False)


def encode_basestring_ascii(s):
    """`s` as a JSON string literal in ASCII (``\\uXXXX`` escapes)."""
    return _json.encode(s, False, True, False, True, None, ", ", ": ", None, False, False)


py_encode_basestring = c_encode_basestring = encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii = encode_basestring_ascii


def _indent_text(indent):
    if indent is not None and not isinstance(indent, str):
        return " " * indent
    return indent


def _separators(indent, separators):
    if separators is None:
        return (",", ": ") if indent is not None else (", ", ": ")
    item_sep, key_sep = separators
    if indent is None:
        # CPython's C encoder, used without indent, takes only strs.
        _check_separators(item_sep, key_sep)
    return item_sep, key_sep


def _check_separators(item_sep, key_sep):
    for number, sep in ((5, key_sep), (6, item_sep)):
        if not isinstance(sep, str):
            raise TypeError(f"make_encoder() argument {number} must be str, not {type(sep).__name__}")


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
        if indent is None:
            _check_separators(self.item_separator, self.key_separator)
        return iter((_json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                                  indent, self.item_separator, self.key_separator, self.default,
                                  self.sort_keys, indent is not None),))


