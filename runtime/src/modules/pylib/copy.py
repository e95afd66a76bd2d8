"""copy, written in Python for Reap: shallow and deep copies.

As in CPython, a class controls its copies with `__copy__`, `__deepcopy__(memo)`,
`__reduce_ex__`/`__reduce__`, `__getnewargs_ex__`/`__getnewargs__` and
`__getstate__`/`__setstate__`.

Differences from CPython: instances of built-in types that CPython copies through their own
`__reduce__` (iterators and the like) are refused with CPython's "cannot pickle" TypeError.
"""

import _weakref

from copyreg import dispatch_table

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
    raise Error(message % cls)


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
