"""object's `__reduce_ex__`, `__reduce__` and `__getstate__`, written in Python for Reap.

`object.__reduce_ex__(protocol)`, `object.__reduce__()` and `object.__getstate__()` are
native methods that call this module's `reduce_ex`, `common_reduce` and `getstate`: what
CPython 3.11's object returns (`copyreg.__newobj__` with the `__getnewargs_ex__` or
`__getnewargs__` arguments, the `__dict__` and `__slots__` state, the items of list and dict
subclasses; `copyreg._reduce_ex` for protocols 0 and 1), and what the builtin types whose
CPython counterparts define their own `__reduce__` return (range, slice, set, frozenset,
bytearray, exceptions, bound methods, builtin functions, NotImplemented, Ellipsis).
"""

import copyreg
import sys

_BuiltinType = type(len)
_ModuleType = type(sys)


class _Method:
    def m(self):
        pass


_MethodType = type(_Method().m)
del _Method
# A builtin type's methods: found again by name on their type (or, bound, on their object).
# (CPython's classmethod_descriptor has no such reduction: it cannot be pickled.)
_DESCRIPTOR_TYPES = (type(str.join), type(int.__add__))
_MethodWrapperType = type((1).__add__)


def reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): the class's own __reduce__() when it overrides object's."""
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    return common_reduce(obj, proto)


def getstate(obj):
    """object.__getstate__(): the instance dict (None when empty), paired with the set slots."""
    return _default_state(obj, False, object)


_VALUE_ARGS = {
    int: lambda obj: (int.__int__(obj),),
    bool: lambda obj: (int.__int__(obj),),
    float: lambda obj: (float.__float__(obj),),
    str: lambda obj: (str.__str__(obj),),
    bytes: lambda obj: (bytes.__getitem__(obj, slice(None)),),
    tuple: lambda obj: (tuple.__getitem__(obj, slice(None)),),
    complex: lambda obj: (obj.real, obj.imag),
}


_HEAPTYPE = 1 << 9


def _native_base(cls):
    """The first class of cls's MRO that is not written in Python (a builtin, or a runtime
    type of another module such as _io.TextIOWrapper)."""
    for base in cls.__mro__:
        if getattr(base, "__module__", None) == "builtins" or not base.__flags__ & _HEAPTYPE:
            return base
    return object


def _type_name(cls):
    module = getattr(cls, "__module__", "builtins")
    if module == "builtins" or _native_base(cls) is not cls:
        return cls.__name__
    return "%s.%s" % (module, cls.__qualname__)


def _getstate(obj, required, base):
    """The state a reduction carries: the object's own __getstate__(), else the default."""
    if type(obj).__getstate__ is not object.__getstate__:
        return obj.__getstate__()
    return _default_state(obj, required, base)


def _default_state(obj, required, base):
    if required and base is not object:
        raise TypeError("cannot pickle %r object" % _type_name(type(obj)))
    state = getattr(obj, "__dict__", None) or None
    names = copyreg._slotnames(type(obj))
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


def common_reduce(obj, proto):
    """What CPython's object.__reduce_ex__(proto) returns when the class does not override
    __reduce__, or the builtin type's own __reduce__ (range, set, exceptions...)."""
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
    if cls in _DESCRIPTOR_TYPES:
        return getattr, (obj.__objclass__, obj.__name__)
    if cls is _MethodWrapperType:
        return getattr, (obj.__self__, obj.__name__)
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
        return copyreg._reduce_ex(obj, proto)
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
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + (args or ()), state, listitems, dictitems
