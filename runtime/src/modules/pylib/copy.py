"""copy, written in Python for Reap: shallow and deep copies.

As in CPython, a class controls its copies with `__copy__`, `__deepcopy__(memo)`,
`__reduce_ex__`/`__reduce__`, `__getnewargs_ex__`/`__getnewargs__` and
`__getstate__`/`__setstate__`.

Differences from CPython:
- Reap's `object` has no `__reduce_ex__` yet, so when a class does not define its own
  `__reduce_ex__` or `__reduce__`, this module builds what `object.__reduce_ex__(4)` would
  return (a new object from `cls.__new__`, the `__dict__` and slots as state, the items of
  list and dict subclasses, the value of int/str/tuple/... subclasses) itself.  Instances of
  built-in types that CPython copies through their own `__reduce__` (iterators and the like)
  are refused with CPython's "cannot pickle" TypeError.
- `copyreg.dispatch_table` is consulted only when a `copyreg` module can be imported.
"""

import _weakref

try:
    from copyreg import dispatch_table
except ImportError:  # no copyreg in Reap yet
    dispatch_table = {}

# Whether object.__reduce_ex__ exists; without it, _object_reduce_ex stands in for it.
_NATIVE_REDUCE = hasattr(object, "__reduce_ex__")

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the old name


def _f():
    pass


class _C:
    def _m(self):
        pass


_function = type(_f)
_builtin_function = type(len)
_method = type(_C()._m)
_code = type(_f.__code__)
del _f, _C

# Immutable objects that both copy() and deepcopy() hand back unchanged.
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           bytes, str, _code, type, range, _builtin_function, _function, _weakref.ref,
           property}


# ---- shallow copies

def _copy_atomic(x):
    return x


_copy_dispatch = dict.fromkeys(_atomic | {tuple, frozenset, slice}, _copy_atomic)
_copy_dispatch.update({
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray,  # bytearray.copy is missing in Reap; bytearray(x) copies too
})


def copy(x):
    """A new object of the same kind holding the same items or attributes."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# ---- deep copies

def deepcopy(x, memo=None, _nil=[]):
    """A copy of the object and, recursively, of everything it holds (shared parts stay shared)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo keeps every original alive (under the memo's own id), so that no id in it
    # can be reused by a new object while the copy is being made.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y  # before the items, for lists that contain themselves
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple in a cycle has been copied already while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = dict.fromkeys(_atomic, _deepcopy_atomic)
_deepcopy_dispatch.update({
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    _method: _deepcopy_method,
})


# ---- the reduce protocol

def _reduce(x, cls, message):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    if _NATIVE_REDUCE:
        raise Error(message % cls)
    return _object_reduce_ex(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_valued = (bool, int, float, str, bytes, tuple)


def _builtin_base(cls):
    # The first class of the MRO that is not written in Python.
    for c in cls.__mro__:
        if getattr(c, "__module__", "builtins") == "builtins":
            return c
    return object


def _object_reduce_ex(x, cls):
    """What CPython's object.__reduce_ex__(4) returns, for Reap whose object lacks it."""
    base = _builtin_base(cls)
    if base is _method:
        return getattr, (x.__self__, x.__func__.__name__)
    if base in (set, frozenset):
        return cls, (list(x),), _dict_state(x)
    if base is bytearray:
        return cls, (bytes(x),), _dict_state(x)
    if base is slice:
        return cls, (x.start, x.stop, x.step)
    if issubclass(base, BaseException):
        return cls, x.args, _dict_state(x)
    args = kwargs = None
    getnewargs_ex = getattr(x, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
        elif base is tuple and hasattr(cls, "_fields"):
            # A namedtuple (CPython's define __getnewargs__; collections' here do not yet).
            args = tuple(x)
        elif base in _valued:
            args = (base(x),)
        elif base is complex:
            args = (x.real, x.imag)
    if base not in (object, list, dict) and args is None and base not in _valued:
        raise TypeError(f"cannot pickle {base.__name__!r} object")
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else _default_state(x, cls)
    listitems = iter(x) if issubclass(base, list) else None
    dictitems = iter(x.items()) if issubclass(base, dict) else None
    if kwargs:
        return _newobj_ex, (cls, tuple(args), kwargs), state, listitems, dictitems
    return _newobj, (cls,) + tuple(args or ()), state, listitems, dictitems


def _dict_state(x):
    return getattr(x, "__dict__", None) or None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


def _default_state(x, cls):
    # object.__getstate__: the instance dict (None when empty), paired with a dict of the
    # slots that are set when the class has slots.
    state = _dict_state(x)
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
