"""pickle, written in Python for Reap: turn objects into bytes and back.

`dumps(obj, protocol=None)` writes the same bytes as CPython 3.11's `pickle.dumps` (its C
accelerator, `_pickle`), for protocols 0 to 5 (default 4, `DEFAULT_PROTOCOL`; highest 5):
the same opcodes, memo indices, batches of 1000 items, and 64 KiB frames from protocol 4 on.
`loads`/`load` read pickles of every protocol, including Python 2's (with `fix_imports`,
`encoding` and `errors`).  `Pickler`/`Unpickler` may be subclassed (`persistent_id`,
`persistent_load`, `dispatch_table`, `reducer_override`, `find_class`); `copyreg`'s dispatch
table and extension registry are used as in CPython.

Differences from CPython:
- Reap's `object` has no `__reduce_ex__`, `__reduce__` nor `__getstate__` yet, and several
  built-in types lack their `__reduce__`.  When an object has neither method, this module
  builds what CPython's would return (`_object_reduce_ex`): `copyreg.__newobj__` with the
  `__getnewargs_ex__`/`__getnewargs__` arguments (the value for subclasses of int, float, str,
  bytes, tuple and complex, the fields of a namedtuple), the `__dict__` and `__slots__` state,
  the items of list and dict subclasses, `copyreg._reduce_ex` for protocols 0 and 1; and the
  reductions of range, slice, set/frozenset/bytearray subclasses, exceptions, bound methods,
  builtin functions, NotImplemented and Ellipsis.  A class whose own `__reduce_ex__` calls
  `object.__reduce_ex__` (or super()'s) cannot be pickled until Reap's object has it.
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
import copyreg as _copyreg
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
_BuiltinType = type(len)
_ModuleType = type(sys)


class _Method:
    def m(self):
        pass


_MethodType = type(_Method().m)
del _Method


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


# --- object.__reduce_ex__, for objects that have no reduce method in Reap

_VALUE_ARGS = {
    int: lambda obj: (int.__int__(obj),),
    bool: lambda obj: (int.__int__(obj),),
    float: lambda obj: (float.__float__(obj),),
    str: lambda obj: (str.__str__(obj),),
    bytes: lambda obj: (bytes.__getitem__(obj, slice(None)),),
    tuple: lambda obj: (tuple.__getitem__(obj, slice(None)),),
    complex: lambda obj: (obj.real, obj.imag),
}


_OSERROR_FIELDS = {"__reap_str__", "errno", "strerror", "filename", "filename2", "winerror",
                   "characters_written"}


def _native_base(cls):
    """The first class of cls's MRO that is not written in Python."""
    for base in cls.__mro__:
        if getattr(base, "__module__", None) == "builtins":
            return base
    return object


def _type_name(cls):
    module = getattr(cls, "__module__", "builtins")
    if module == "builtins" or _native_base(cls) is not cls:
        return cls.__name__
    return "%s.%s" % (module, cls.__qualname__)


def _getstate(obj, required, base):
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None and getattr(type(obj), "__getstate__", None) is not \
            getattr(object, "__getstate__", 0):
        return getstate()
    if required and base is not object:
        raise TypeError("cannot pickle %r object" % _type_name(type(obj)))
    state = getattr(obj, "__dict__", None) or None
    names = _copyreg._slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _object_reduce_ex(obj, proto):
    """What CPython's object.__reduce_ex__(proto) (or the type's own __reduce__) returns."""
    cls = type(obj)
    if obj is NotImplemented:
        return "NotImplemented"
    if obj is Ellipsis:
        return "Ellipsis"
    if cls is _BuiltinType:
        owner = getattr(obj, "__self__", None)
        if owner is None or isinstance(owner, _ModuleType):
            return getattr(obj, "__qualname__", None) or obj.__name__
        return getattr, (owner, obj.__name__)
    if cls is _MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    base = _native_base(cls)
    if base is range or base is slice:
        return cls, (obj.start, obj.stop, obj.step)
    if base is set or base is frozenset:
        return cls, (list(obj),), _getstate(obj, False, base)
    if base is bytearray:
        if proto < 3:
            return cls, (bytes(obj).decode("latin-1"), "latin-1"), _getstate(obj, False, base)
        return cls, (bytes(obj),), _getstate(obj, False, base)
    if isinstance(obj, BaseException):
        state = getattr(obj, "__dict__", None)
        args = obj.args
        if isinstance(obj, OSError):
            # Reap keeps OSError's fields in the instance dict; CPython's are slots.
            state = {k: v for k, v in (state or {}).items() if k not in _OSERROR_FIELDS}
            if getattr(obj, "filename", None) is not None:
                filename2 = getattr(obj, "filename2", None)
                args = (obj.errno, obj.strerror, obj.filename)
                if filename2 is not None:
                    args += (getattr(obj, "winerror", None), filename2)
            return (cls, args, state) if state else (cls, args)
        if isinstance(obj, ImportError):
            state = dict(state or ())
            for key in ("name", "path"):
                if getattr(obj, key, None) is not None:
                    state[key] = getattr(obj, key)
        return (cls, args, state) if state else (cls, args)
    if proto < 2:
        return _copyreg._reduce_ex(obj, proto)
    args = kwargs = None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        value = getnewargs_ex()
        if not isinstance(value, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(value).__name__)
        if len(value) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(value))
        args, kwargs = value
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%.200s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%.200s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                                % type(args).__name__)
        elif base is tuple and hasattr(cls, "_fields"):
            args = tuple.__getitem__(obj, slice(None))     # a namedtuple
        elif base in _VALUE_ARGS:
            args = _VALUE_ARGS[base](obj)
    is_list = isinstance(obj, list)
    is_dict = isinstance(obj, dict)
    required = not (args is not None or is_list or is_dict)
    state = _getstate(obj, required, base)
    listitems = iter(obj) if is_list else None
    dictitems = iter(obj.items()) if is_dict else None
    if kwargs:
        return _copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return _copyreg.__newobj__, (cls,) + (args or ()), state, listitems, dictitems


def _reduce(obj, proto):
    try:
        reduce = obj.__reduce_ex__
    except AttributeError:
        pass
    else:
        return reduce(proto)
    try:
        reduce = obj.__reduce__
    except AttributeError:
        return _object_reduce_ex(obj, proto)
    return reduce()


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
