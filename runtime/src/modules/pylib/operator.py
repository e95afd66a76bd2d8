"""operator, written in Python for Reap: the operators as functions, plus itemgetter, attrgetter and
methodcaller.

The plain operator functions are builtin functions (`_reap_operator`, native), as CPython's C
ones. Differs from CPython's C module in what a script can only see by calling the others wrongly
or poking at internals: `abs`, `index`, `concat`, `iconcat`, `countOf`, `indexOf`, `length_hint`
and `call` are Python functions (their repr is `<function abs ...>`, and a wrong argument count
gets Python's usual TypeError wording), and the three callable classes keep their state in slots
named `_items`, `_attrs`, `_name`, `_args` and `_kwargs`.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# `abs` is about to be rebound to this module's function of the same name.
_builtin_abs = abs
_function = type(lambda: None)

# The plain operator functions are builtin functions, native as CPython's (`_reap_operator`).
from _reap_operator import (
    add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor,
    iadd, isub, imul, imatmul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior,
    ixor, lt, le, eq, ne, ge, gt, neg, pos, inv, invert, not_, truth, is_, is_not, contains,
    getitem, setitem, delitem)


# Arithmetic

def abs(a, /):
    return _builtin_abs(a)


def index(a, /):
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int.__index__(a)
    try:
        # Reap's float has an __index__ that CPython's lacks; refuse it as CPython does.
        if isinstance(a, float):
            raise AttributeError
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if type(result) is not int:
        if not isinstance(result, int):
            raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
        result = int.__index__(result)
    return result


# Sequences

# CPython's concat goes through the sequence protocol: the builtin sequences concatenate with
# anything (and complain in their own words), other objects only when both sides are sequences.
_concat_types = (list, tuple, str, bytes, bytearray)


def _is_sequence(x):
    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)


def _check_concat(a, b):
    if not isinstance(a, _concat_types) and not (_is_sequence(a) and _is_sequence(b)):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    _check_concat(a, b)
    return a + b


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b, /):
    n = 0
    for item in _iterate(a):
        if item is b or item == b:
            n += 1
    return n


def indexOf(a, b, /):
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    default = index(default)
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(value).__name__}')
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place operators: the statement form does the in-place-or-fallback dance for us.

def iconcat(a, b, /):
    _check_concat(a, b)
    a += b
    return a


# Callable objects

# ids of the getters whose repr is being built, so a getter that (indirectly) holds itself shows
# as `operator.itemgetter(...)` instead of recursing forever.
_repr_running = set()


def _guarded_repr(obj, build):
    key = id(obj)
    if key in _repr_running:
        return f'operator.{type(obj).__name__}(...)'
    _repr_running.add(key)
    try:
        return f'operator.{type(obj).__name__}({build()})'
    finally:
        _repr_running.discard(key)


class itemgetter:
    __slots__ = ('_items',)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'operator.itemgetter' is not an acceptable base type")

    def __init__(self, /, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    # Native, as the C type's: a sort key calls it for every item.
    from _reap_callables import itemgetter as __call__

    def __repr__(self):
        return _guarded_repr(self, lambda: ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return (itemgetter, self._items)


class attrgetter:
    __slots__ = ('_attrs',)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'operator.attrgetter' is not an acceptable base type")

    def __init__(self, /, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        # Each name is kept as its dotted path, split once here rather than on every call.
        self._attrs = tuple([tuple(attr.split('.')) for attr in attrs])

    from _reap_callables import attrgetter as __call__

    def _names(self):
        return tuple(['.'.join(path) for path in self._attrs])

    def __repr__(self):
        return _guarded_repr(self, lambda: ', '.join(map(repr, self._names())))

    def __reduce__(self):
        return (attrgetter, self._names())


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'operator.methodcaller' is not an acceptable base type")

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    from _reap_callables import methodcaller as __call__

    def __repr__(self):
        def build():
            parts = [repr(self._name)]
            parts.extend(map(repr, self._args))
            parts.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
            return ', '.join(parts)
        return _guarded_repr(self, build)

    def __reduce__(self):
        if not self._kwargs:
            return (methodcaller, (self._name,) + self._args)
        from functools import partial
        return (partial(methodcaller, self._name, **self._kwargs), self._args)


# The dunder spellings, as CPython provides them.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor

# CPython defines the functions in `_operator`, which they name as their module: pickle
# finds them there again (`c_operator\nadd`).
for _name in __all__:
    if _name not in ('attrgetter', 'itemgetter', 'methodcaller') and type(globals()[_name]) is _function:
        globals()[_name].__module__ = '_operator'
del _name, _function

# As in CPython, importing operator imports _operator, the module its builtin functions name as
# their `__self__` (which `inspect.signature` reads them by).
import _operator as _c_operator
del _c_operator
