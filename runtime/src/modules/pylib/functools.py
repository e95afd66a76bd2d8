"""functools, written in Python for Reap: higher-order functions and operations on callables.

Differences from CPython:
- A function wrapped by lru_cache/cache is a Python function (CPython's is a
  functools._lru_cache_wrapper object), so its repr is that of a function.
- singledispatch places the abstract base classes a class implements in its MRO as CPython's
  _compose_mro does for the usual cases (an ABC goes after the most specific class of the MRO
  that implements it); it does not diagnose ambiguous dispatch between unrelated ABCs.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _reap_types import GenericAlias

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes, merge the `updated`
    dicts, and point `__wrapped__` at it."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def total_ordering(cls):
    # Inherited comparisons count: any that is not object's own.
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    if '__lt__' in roots:
        def __gt__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
        def __le__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
        def __ge__(self, other):
            r = type(self).__lt__(self, other)
            if r is NotImplemented:
                return r
            return not r
        derived = {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}
    elif '__le__' in roots:
        def __ge__(self, other):
            r = type(self).__le__(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
        def __lt__(self, other):
            r = type(self).__le__(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
        def __gt__(self, other):
            r = type(self).__le__(self, other)
            if r is NotImplemented:
                return r
            return not r
        derived = {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}
    elif '__gt__' in roots:
        def __lt__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
        def __ge__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
        def __le__(self, other):
            r = type(self).__gt__(self, other)
            if r is NotImplemented:
                return r
            return not r
        derived = {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}
    else:
        def __le__(self, other):
            r = type(self).__ge__(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
        def __gt__(self, other):
            r = type(self).__ge__(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
        def __lt__(self, other):
            r = type(self).__ge__(self, other)
            if r is NotImplemented:
                return r
            return not r
        derived = {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}
    for name, func in derived.items():
        if name not in roots:
            setattr(cls, name, func)
    return cls



_initial_missing = object()


# A builtin function, as CPython's C one: its repr, its argument errors, no frame of its own.
from _functools import reduce


# ---- partial and partialmethod

class partial:
    """A callable that calls `func` with the given arguments first."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    # Kept apart from the instance's __dict__, as the C type's fields are.
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # Nesting flattens, as CPython's C partial does for its own type.
        if type(func) is partial:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    # Native, as the C type's: callbacks call it often.
    from _reap_callables import partial as __call__

    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__name__
        if _repr_running.get(id(self)):
            return "..."
        _repr_running[id(self)] = True
        try:
            parts = [repr(self.func)]
            parts.extend(repr(x) for x in self.args)
            parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        finally:
            del _repr_running[id(self)]
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords,
                                          self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds is not None else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(GenericAlias)


del partial.__slots__   # the C type's fields are not a Python class's __slots__

_repr_running = {}


class partialmethod:
    """A descriptor that binds like the method it wraps, with arguments filled in first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                # A method (or what the wrapped descriptor gave): fill in its arguments.
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ---- lru_cache and cache

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): a named tuple."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = "CacheInfo"

_kwd_mark = (object(),)


# The types whose single argument is its own cache key (an int or str is never equal to a
# one-item tuple, so the two kinds of keys cannot meet).
_plain_key_types = {int, str}


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments in order, the keywords in the order given (as
    CPython: f(a=1, b=2) and f(b=2, a=1) are cached apart), and their types when `typed`."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember up to `maxsize` results (None: all of them), evicting the least
    recently used; with `typed`, arguments of different types are cached apart."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


_MethodType = type(_CacheInfo(0, 0, 0, 0)._asdict)


class _lru_cache_wrapper:
    """The callable lru_cache makes: it keeps the function's results by their arguments."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type
    # Kept apart from the instance's __dict__ (which update_wrapper fills), as the C type's
    # fields are. `_stats` is [hits, misses].
    __slots__ = ('_func', '_cache', '_stats', '_maxsize', '_typed', '_mark', '__dict__',
                 '__weakref__')

    def __init__(self, user_function, maxsize, typed, cache_info_type=None):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self._func = user_function
        self._cache = {}
        self._stats = [0, 0]
        self._maxsize = maxsize
        self._typed = typed
        self._mark = _kwd_mark[0]

    # Native, as the C wrapper's: the call is the cache's whole point.
    from _reap_callables import lru_cache as __call__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._stats[0], self._stats[1], self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._stats[0] = self._stats[1] = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


del _lru_cache_wrapper.__slots__   # the C type's fields are not a Python class's __slots__


def cache(user_function, /):
    """Simple lightweight unbounded cache. Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch

def _composed_mro(cls, classes):
    """cls's MRO with the abstract base classes among `classes` that it implements put in,
    each after the most specific class of the MRO that implements it."""
    mro = list(cls.__mro__)
    extra = [c for c in classes if c not in mro and _implements(cls, c)]
    # More specific ABCs first, so that each goes in front of its own bases.
    extra.sort(key=lambda a: -sum(1 for b in extra if b is not a and issubclass(a, b)))
    for abc in extra:
        spot = 0
        for i, c in enumerate(mro):
            if c is not object and _implements(c, abc):
                spot = i + 1
        # After the ABCs already put there that it does not derive from: more specific ones,
        # and unrelated ones registered before it.
        while spot < len(mro) and mro[spot] in extra and not issubclass(abc, mro[spot]):
            spot += 1
        mro.insert(spot, abc)
    return mro


def _find_impl(cls, registry):
    """The implementation registered for the first class of cls's composed MRO that has one;
    two unrelated ABCs that cls implements only implicitly are ambiguous, as in CPython."""
    mro = _composed_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


def _implements(cls, abc):
    try:
        return issubclass(cls, abc)
    except TypeError:
        return False


def _is_union(cls):
    from typing import Union, get_origin
    from _reap_types import UnionType
    return isinstance(cls, UnionType) or get_origin(cls) is Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation called is chosen by the
    type of the first argument, among those registered with `.register`."""
    import types
    import weakref
    from abc import get_cache_token
    registry = {}
    # Weak, as CPython's: a class dispatched on once is not kept alive by the cache.
    dispatch_cache = weakref.WeakKeyDictionary()
    # The abc registrations the cache was made under, once an ABC is registered: a class
    # registered with an ABC later may dispatch elsewhere.
    cache_token = None

    def dispatch(cls):
        """The implementation for `cls` (the most specific registered class in its MRO)."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except (KeyError, TypeError):
            pass
        impl = _find_impl(cls, registry)
        try:
            dispatch_cache[cls] = impl
        except TypeError:
            pass
        return impl

    def register(cls, func=None):
        """Register `func` as the implementation for `cls` (or, used plainly on an annotated
        function, for its first parameter's annotation)."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        if _is_union(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        nonlocal cache_token
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register `method` for `cls` (as singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)


_NO_CMP = object()


class _KeyWrapper:
    """What cmp_to_key() returns, as CPython's C type: called with an object, a wrapper of it
    that orders by the comparison function."""
    __slots__ = ('_cmp', 'obj')

    def __call__(self, obj=_NO_CMP, /, *rest, **kwargs):
        if obj is _NO_CMP or rest or kwargs:
            obj = _key_wrapper_argument(obj, rest, kwargs)
        wrapped = object.__new__(_KeyWrapper)
        wrapped._cmp = self._cmp
        wrapped.obj = obj
        return wrapped

    # Each comparison inline: a sort makes n log n of them.
    def __lt__(self, other):
        if other.__class__ is _KeyWrapper:
            return self._cmp(self.obj, other.obj) < 0
        raise TypeError('other argument must be K instance')

    def __gt__(self, other):
        if other.__class__ is _KeyWrapper:
            return self._cmp(self.obj, other.obj) > 0
        raise TypeError('other argument must be K instance')

    def __eq__(self, other):
        if other.__class__ is _KeyWrapper:
            return self._cmp(self.obj, other.obj) == 0
        raise TypeError('other argument must be K instance')

    def __le__(self, other):
        if other.__class__ is _KeyWrapper:
            return self._cmp(self.obj, other.obj) <= 0
        raise TypeError('other argument must be K instance')

    def __ge__(self, other):
        if other.__class__ is _KeyWrapper:
            return self._cmp(self.obj, other.obj) >= 0
        raise TypeError('other argument must be K instance')

    __hash__ = None


def _key_wrapper_argument(obj, rest, kwargs):
    """The object a KeyWrapper is called with, read as CPython's argument clinic reads it."""
    given = (obj is not _NO_CMP) + len(rest) + len(kwargs)
    if given > 1:
        raise TypeError('K() takes at most 1 argument (%d given)' % given)
    if 'obj' in kwargs:
        return kwargs['obj']
    if obj is _NO_CMP:
        raise TypeError("K() missing required argument 'obj' (pos 1)")
    return obj


# (Not a name of the module in CPython either; its type prints as functools.KeyWrapper.)
_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def _new_key_wrapper(mycmp):
    wrapper = object.__new__(_KeyWrapper)
    wrapper._cmp = mycmp
    return wrapper


def cmp_to_key(mycmp=_NO_CMP):
    """A key function (for sorted, min, max...) that orders by the old-style comparison
    function mycmp(a, b), negative, zero or positive."""
    if mycmp is _NO_CMP:
        # (CPython's argument clinic words it so.)
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    return _new_key_wrapper(mycmp)
