"""pickle, written in Python for Reap: turn objects into bytes and back.

`dumps(obj, protocol=None)` writes the same bytes as CPython 3.11's `pickle.dumps` (its C
accelerator, `_pickle`), for protocols 0 to 5 (default 4, `DEFAULT_PROTOCOL`; highest 5):
the same opcodes, memo indices, batches of 1000 items, and 64 KiB frames from protocol 4 on.
`loads`/`load` read pickles of every protocol, including Python 2's (with `fix_imports`,
`encoding` and `errors`).  `Pickler`/`Unpickler` may be subclassed (`persistent_id`,
`persistent_load`, `dispatch_table`, `reducer_override`, `find_class`); `copyreg`'s dispatch
table and extension registry are used as in CPython.

Differences from CPython:
- The builtin types' reductions (`range.__reduce__`, `set.__reduce__`...) are the
  `object.__reduce_ex__` of every object (written in Python, `_reap_reduce`), not methods of
  their own types.
- Reap has no `_codecs`: bytes pickled with protocol < 3 still refer to `_codecs.encode` (as
  CPython's do), and loading such a pickle uses a stand-in when `_codecs` cannot be imported.
- `PickleBuffer` is written in Python and wraps bytes or bytearray only (Reap has no
  memoryview); `raw()` returns the wrapped object, and READONLY_BUFFER turns a bytearray into
  bytes where CPython makes a read-only memoryview.
- Floats are packed with `struct` when it works, else from `float.hex()` (NaN payloads are
  not kept, only the sign).
- Where Reap's core differs, plain alternatives are used: lines are decoded before int() and
  float() (which do not take bytes yet), OSError's fields are left out of its state (Reap
  keeps them in the instance dict), `sys.audit` is called only if it exists.
- Module names are kept as one str object per name (CPython's are interned), so that a
  module named twice is written once and then fetched from the memo, as CPython does.
- The Pickler and Unpickler classes live in `_pickle_dump` and `_pickle_load` (to keep each
  file short); `_pickle` re-exports this module's API under CPython's accelerator name, which
  the exceptions, classes and functions give as their `__module__`.
"""

import sys
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's pickle re-exports these from its accelerator, whose name tracebacks show.
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"


# --- Opcodes (pickletools documents each)

MARK = b'('; STOP = b'.'; POP = b'0'; POP_MARK = b'1'; DUP = b'2'; FLOAT = b'F'
INT = b'I'; BININT = b'J'; BININT1 = b'K'; LONG = b'L'; BININT2 = b'M'; NONE = b'N'
PERSID = b'P'; BINPERSID = b'Q'; REDUCE = b'R'; STRING = b'S'; BINSTRING = b'T'
SHORT_BINSTRING = b'U'; UNICODE = b'V'; BINUNICODE = b'X'; APPEND = b'a'; BUILD = b'b'
GLOBAL = b'c'; DICT = b'd'; EMPTY_DICT = b'}'; APPENDS = b'e'; GET = b'g'; BINGET = b'h'
INST = b'i'; LONG_BINGET = b'j'; LIST = b'l'; EMPTY_LIST = b']'; OBJ = b'o'; PUT = b'p'
BINPUT = b'q'; LONG_BINPUT = b'r'; SETITEM = b's'; TUPLE = b't'; EMPTY_TUPLE = b')'
SETITEMS = b'u'; BINFLOAT = b'G'
TRUE = b'I01\n'; FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'; NEWOBJ = b'\x81'; EXT1 = b'\x82'; EXT2 = b'\x83'; EXT4 = b'\x84'
TUPLE1 = b'\x85'; TUPLE2 = b'\x86'; TUPLE3 = b'\x87'; NEWTRUE = b'\x88'; NEWFALSE = b'\x89'
LONG1 = b'\x8a'; LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'; SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'; BINUNICODE8 = b'\x8d'; BINBYTES8 = b'\x8e'; EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'; FROZENSET = b'\x91'; NEWOBJ_EX = b'\x92'; STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'; FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'; NEXT_BUFFER = b'\x97'; READONLY_BUFFER = b'\x98'

__all__.extend(name for name in dir() if name[0].isalpha() and name.isupper())

_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000
_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
_BININT1_OPS = [BININT1 + bytes((i,)) for i in range(256)]
_BINPUT_OPS = [BINPUT + bytes((i,)) for i in range(256)]
_BINGET_OPS = [BINGET + bytes((i,)) for i in range(256)]
_NoneType = type(None)
_FunctionType = type(lambda: None)


# --- Floats as 8 big-endian bytes

def _pack_double_hex(x):
    """The IEEE 754 bits of x, from x.hex() (for a Reap without struct)."""
    if x != x:
        bits = 0x7ff8000000000000 | (0x8000000000000000 if _copysign(1.0, x) < 0 else 0)
    elif x == _INF or x == -_INF:
        bits = 0x7ff0000000000000 | (0x8000000000000000 if x < 0 else 0)
    else:
        text = x.hex()
        sign = text[0] == "-"
        if sign:
            text = text[1:]
        p = text.index("p")
        frac = text[4:p]
        mantissa = int(frac, 16) << (4 * (13 - len(frac)))
        if text[2] == "1":
            bits = ((int(text[p + 1:]) + 1023) << 52) | mantissa
        else:                       # zero or subnormal
            bits = mantissa
        if sign:
            bits |= 0x8000000000000000
    return bits.to_bytes(8, "big")


def _unpack_double_bits(data):
    bits = int.from_bytes(data, "big")
    exponent = (bits >> 52) & 0x7ff
    mantissa = bits & 0xfffffffffffff
    if exponent == 0x7ff:
        x = _INF if mantissa == 0 else _NAN
    elif exponent == 0:
        x = _ldexp(float(mantissa), -1074)
    else:
        x = _ldexp(float(mantissa | 0x10000000000000), exponent - 1075)
    return -x if bits >> 63 else x


def _float_codec():
    from math import copysign, ldexp
    global _copysign, _ldexp, _INF, _NAN
    _copysign, _ldexp, _INF, _NAN = copysign, ldexp, float("inf"), float("nan")
    try:
        from struct import Struct
        codec = Struct(">d")
        if (codec.pack(-1.5) == b"\xbf\xf8" + bytes(6)
                and codec.unpack(b"\x00\x00\x00\x00\x00\x00\x00\x01")[0] == 5e-324):
            unpack = codec.unpack
            return codec.pack, lambda data: unpack(data)[0]
    except Exception:
        pass
    return _pack_double_hex, _unpack_double_bits


_pack_double, _unpack_double = _float_codec()


# --- Text helpers

def _utf8_encode(text):
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:      # lone surrogates
        return text.encode("utf-8", "surrogatepass")


def _utf8_decode(data):
    try:
        return data.decode("utf-8", "surrogatepass")
    except LookupError:             # Reap has no surrogatepass handler yet
        return data.decode("utf-8")


def _raw_unicode_escape(text):
    """Protocol 0's form of a str: raw-unicode-escape that also escapes \\, NUL, CR, LF and
    ^Z (as CPython's pickler does)."""
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append("\\U%08x" % code)
        elif code >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_escape_decode(data):
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i, n = 0, len(text)
    while True:
        j = text.find("\\", i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        k = j
        while k < n and text[k] == "\\":
            k += 1
        # \u escapes count only after an odd number of backslashes
        if (k - j) % 2 == 0 or k >= n or text[k] not in "uU":
            out.append(text[i:k])
            i = k
            continue
        out.append(text[i:k - 1])
        count = 4 if text[k] == "u" else 8
        digits = text[k + 1:k + 1 + count]
        good = 0
        while good < len(digits) and digits[good] in "0123456789abcdefABCDEF":
            good += 1
        if good < count:
            reason = "truncated \\uXXXX escape" if count == 4 else \
                "truncated \\UXXXXXXXX escape"
            raise UnicodeDecodeError("rawunicodeescape", data, k - 1, k + 1 + good, reason)
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError("rawunicodeescape", data, k - 1, k + 1 + count,
                                     "\\Uxxxxxxxx out of range")
        out.append(chr(code))
        i = k + 1 + count


_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "b": "\b", "f": "\f", "t": "\t", "n": "\n",
            "r": "\r", "v": "\v", "a": "\a", "\n": ""}


def _escape_decode(data):
    """The bytes a Python 2 str literal (without its quotes) stands for."""
    if b"\\" not in data:
        return data
    text = data.decode("latin-1")
    out = []
    i, n = 0, len(text)
    while True:
        j = text.find("\\", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        if j + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = text[j + 1]
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
            i = j + 2
        elif c in "01234567":
            k = j + 1
            while k < n and k < j + 4 and text[k] in "01234567":
                k += 1
            out.append(chr(int(text[j + 1:k], 8) & 0xff))
            i = k
        elif c == "x":
            digits = text[j + 2:j + 4]
            if len(digits) < 2 or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise ValueError("invalid \\x escape at position %d" % j)
            out.append(chr(int(digits, 16)))
            i = j + 4
        else:
            out.append("\\" + c)
            i = j + 2
    return "".join(out).encode("latin-1")


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """Stand-in for _codecs.encode, which protocol 0-2 pickles of bytes call."""
    return obj.encode(encoding, errors)


def _get_codecs_encode():
    try:
        from _codecs import encode
        return encode
    except ImportError:
        return _codecs_encode


# --- Globals by name

def _dotted_path(name, obj=None):
    path = name.split(".")
    if "<locals>" in path:
        if obj is None:
            raise AttributeError("Can't pickle local object %r" % (name,))
        raise AttributeError("Can't pickle local attribute %r on %r" % (name, obj))
    return path


def _deep_getattr(obj, path):
    """(attribute, its parent) at the end of path, from obj; AttributeError if missing."""
    parent = obj
    for name in path:
        parent = obj
        obj = getattr(obj, name)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module holding obj as `name` (a dotted path)."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    path = name.split(".") if isinstance(name, str) else name
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            if _deep_getattr(module, path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _import_module(name):
    __import__(name, level=0)
    return sys.modules[name]


def _reduce(obj, proto):
    return obj.__reduce_ex__(proto)


# --- PickleBuffer

class PickleBuffer:
    """Wrapper for a bytes or bytearray that protocol 5 may pass out of band."""

    __slots__ = ("_obj",)

    def __init__(self, buffer):
        if isinstance(buffer, PickleBuffer):
            buffer = buffer.raw()
        if not isinstance(buffer, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        self._obj = buffer

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def release(self):
        self._obj = None

    def __bytes__(self):
        return bytes(self.raw())

    def __len__(self):
        return len(self.raw())

    def __iter__(self):
        return iter(self.raw())




def encode_long(x):
    """x as the little-endian two's complement bytes LONG1 and LONG4 use (b'' for 0)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and result[-2] & 0x80:
        result = result[:-1]
    return result


def decode_long(data):
    """The int that encode_long made data from."""
    return int.from_bytes(data, "little", signed=True)


_END = object()
_CODECS_ENCODE = _get_codecs_encode()


# --- The classes (in modules of their own) and shorthands

from _pickle_dump import Pickler
from _pickle_load import Unpickler



def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickle of obj as a bytes object."""
    pickler = Pickler.__new__(Pickler)
    pickler._setup(protocol, fix_imports)
    pickler._set_buffer_callback(buffer_callback)
    pickler._dump(obj)
    return b"".join(pickler._out)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read a pickle from the open binary file and return the object it holds."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Return the object the pickle in data (a bytes-like object) holds."""
    if isinstance(data, PickleBuffer):
        data = data.raw()
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    unpickler = Unpickler.__new__(Unpickler)
    unpickler._setup(fix_imports, encoding, errors, buffers)
    unpickler._file_read = None
    unpickler._data = bytes(data)
    unpickler._len = len(data)
    return unpickler.load()


# CPython's pickle takes these from its accelerator, whose name pickles of them give.
for _obj in (Pickler, Unpickler, dump, dumps, load, loads):
    _obj.__module__ = "_pickle"
del _obj
