"""copyreg, written in Python for Reap: how objects are reduced for pickling and copying.

`pickle(type, function)` records in `dispatch_table` the function that reduces instances of a
type (`copy` consults it); `constructor()` checks that a constructor is callable; the
extension-code registry (`add_extension`, `remove_extension`, `clear_extension_cache`) and the
helpers pickled objects refer to (`__newobj__`, `__newobj_ex__`, `_reconstructor`,
`_slotnames`, and `_reduce_ex` for protocols 0 and 1) are as in CPython 3.11.

Differs from CPython's:
- `_reduce_ex` looks for the first base class that is not written in Python through
  `__flags__` where types have it; Reap's types do not yet, so there a base counts as built in
  when its `__module__` is "builtins", and a `__new__` without `__self__` (Reap's built-in
  `__new__` methods lack it) is recognized by the class it is found on.
- Reap's `re` does not register `re.Pattern` here (CPython's does).
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked, as in CPython (a vestige of "safe" unpickling).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that a constructor given to pickle() is callable."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# --- Objects of classes written in Python

def _reconstructor(cls, base, state):
    """Make a cls instance the way protocols 0 and 1 do: base.__new__ (and base.__init__)
    with the state of the built-in base."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _is_builtin_type(cls):
    flags = getattr(cls, "__flags__", None)
    if flags is not None:
        return not flags & _HEAPTYPE
    return getattr(cls, "__module__", None) == "builtins"


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1, written in Python."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
        new = base.__new__
        if isinstance(new, _new_type) and getattr(new, "__self__", base) is base \
                and "__new__" in base.__dict__:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    # The default state of a class with slots would leave them out at these protocols.
    if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    dict = self.__getstate__()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    """Make an object as pickle protocol 2 does: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Make an object as pickle protocol 4 does, with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return the names of the slots of cls and its bases (mangled as stored), caching the
    list in cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    names.append("_%s%s" % (stripped, name) if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


# --- Extension codes
#
# (module, name) pairs a pickle may refer to by a small integer code. Codes 1-127 are for the
# standard library, 128-191 for Zope, 192-239 for third parties, 240-255 for private use.
# These three dicts are never rebound: pickle modules keep references to them.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return          # the same registration again is harmless
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
