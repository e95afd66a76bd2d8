"""itertools, written in Python for Reap.

Everything is lazy as CPython's: an iterator takes from its input only what it hands out
(`islice` stops where it stops, `tee` buffers only what one copy is ahead of another), and the
combinatoric iterators work by indices rather than by filtering a larger product.

The iterators are classes of their CPython names, whose `__next__` is native
(`_reap_itertools`, over the fields each keeps in `__slots__`); the tee copies step in
Python. They pickle and copy as CPython 3.11's do (`pairwise` does not).
"""

import sys as _sys
from _reap_itertools import iter_self as _iter_self


def _positional(name, args, kwargs, n):
    """The arguments of a type that takes exactly `n`, none by keyword, checked as CPython."""
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')
    if len(args) != n:
        s = '' if n == 1 else 's'
        raise TypeError(f'{name} expected {n} argument{s}, got {len(args)}')
    return args



_MISSING = object()


def _clinic(name, args, kwargs, names, required, max_positional=None):
    """The arguments of a type whose C constructor CPython's argument clinic parses: `names`
    in order, the first `required` of them needed, those past `max_positional` keyword-only;
    checked in its order, with its messages. Absent ones are _MISSING."""
    total = len(args) + len(kwargs)
    if total > len(names):
        s = '' if len(names) == 1 else 's'
        raise TypeError(f'{name}() takes at most {len(names)} argument{s} ({total} given)')
    limit = len(names) if max_positional is None else max_positional
    if len(args) > limit:
        s = '' if limit == 1 else 's'
        raise TypeError(f'{name}() takes at most {limit} positional argument{s} ({len(args)} given)')
    values = list(args) + [_MISSING] * (len(names) - len(args))
    left = dict(kwargs)
    for i in range(len(args), len(names)):
        if names[i] in left:
            values[i] = left.pop(names[i])
        elif i < required:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    for k in left:
        if k in names[:len(args)]:
            raise TypeError(f"argument for {name}() given by name ('{k}') and position "
                            f"({names.index(k) + 1})")
        raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
    return values


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __module__ = 'itertools'
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not any(
                    hasattr(type(v), m) for m in ('__index__', '__int__', '__float__', '__complex__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    __iter__ = _iter_self
    from _reap_itertools import count as __next__

    def __reduce__(self):
        if isinstance(self._step, int) and self._step == 1:
            return type(self), (self._n,)
        return type(self), (self._n, self._step)

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {self._step!r})'


class cycle:
    """The items of an iterable, then the same items again, for ever."""
    __reap_c_type__ = True
    # `_firstpass` (set by unpickling a cycle past its first pass): the items are saved already.
    __slots__ = ('_firstpass', '_index', '_it', '_saved')

    def __new__(cls, *args, **kwargs):
        iterable, = _positional('cycle', args, kwargs, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = False
        return self

    __iter__ = _iter_self
    from _reap_itertools import cycle as __next__

    def __reduce__(self):
        if self._it is None:
            it = iter(self._saved)
            if self._index:
                it.__setstate__(self._index)
            return type(self), (it,), (self._saved, True)
        return type(self), (self._it,), (self._saved, self._firstpass)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 2 or not isinstance(state[0], list):
            raise TypeError('invalid cycle state')
        self._saved = state[0]
        self._firstpass = bool(_index(state[1]))
        self._index = 0


class repeat:
    """repeat(object [,times]) -> an iterator giving the object times times, or for ever."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __module__ = 'itertools'
    __slots__ = ('_left', '_object')

    def __init__(self, *args, **kwargs):
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._init(*args, **kwargs)

    def _init(self, object, times=_MISSING):
        # Only a missing `times` repeats for ever: None is not an int (CPython's C signature).
        self._object = object
        self._left = None if times is _MISSING else max(0, _index(times))

    __iter__ = _iter_self
    from _reap_itertools import repeat as __next__

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._left)

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._left})'


def _index(v):
    if isinstance(v, int):
        return v
    try:
        return type(v).__index__(v)
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None


class accumulate:
    """Running totals of an iterable: sums, or what a function of two makes of them."""
    __reap_c_type__ = True
    __slots__ = ('_func', '_initial', '_it', '_total')

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _clinic('accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1, 2)
        func = None if func is _MISSING else func
        initial = None if initial is _MISSING else initial
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        return self

    __iter__ = _iter_self
    from _reap_itertools import accumulate as __next__

    def __reduce__(self):
        func = self._func
        if self._initial is not None:
            return type(self), (chain((self._initial,), self._it), func), None
        total = getattr(self, '_total', _MISSING)
        if total is None:
            return islice, (type(self)(chain((None,), self._it), func), 1, None)
        return type(self), (self._it, func), None if total is _MISSING else total

    def __setstate__(self, state):
        self._total = state


class chain:
    """The items of each iterable in turn."""
    __reap_c_type__ = True
    __slots__ = ('_active', '_source')

    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        """A chain over the iterables an iterable gives, each taken when reached."""
        return cls._over(iter(iterable))

    @classmethod
    def _over(cls, source):
        self = object.__new__(cls)
        self._source = source
        self._active = None
        return self

    __iter__ = _iter_self
    from _reap_itertools import chain as __next__

    def __reduce__(self):
        if self._source is None:
            return type(self), ()
        if self._active is None:
            return type(self), (), (self._source,)
        return type(self), (), (self._source, self._active)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state is not a tuple')
        if not 1 <= len(state) <= 2:
            raise TypeError(f'chain.__setstate__ expected 1 to 2 arguments, got {len(state)}')
        if not all(hasattr(type(x), '__next__') for x in state):
            raise TypeError('Arguments must be iterators.')
        self._source = state[0]
        self._active = state[1] if len(state) == 2 else None


class compress:
    """The items of data whose selector (the item at the same place) is true."""
    __reap_c_type__ = True
    __slots__ = ('_data', '_selectors')

    def __new__(cls, *args, **kwargs):
        data, selectors = _clinic('compress', args, kwargs, ('data', 'selectors'), 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    __iter__ = _iter_self
    from _reap_itertools import compress as __next__

    def __reduce__(self):
        return type(self), (self._data, self._selectors)


class dropwhile:
    """The items of an iterable from the first for which the predicate is false."""
    __reap_c_type__ = True
    __slots__ = ('_dropped', '_it', '_pred')

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2)
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._dropped = False
        return self

    __iter__ = _iter_self
    from _reap_itertools import dropwhile as __next__

    def __reduce__(self):
        return type(self), (self._pred, self._it), int(self._dropped)

    def __setstate__(self, state):
        self._dropped = bool(state)


class takewhile:
    """The items of an iterable up to the first for which the predicate is false."""
    __reap_c_type__ = True
    __slots__ = ('_it', '_pred', '_stop')

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2)
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False
        return self

    __iter__ = _iter_self
    from _reap_itertools import takewhile as __next__

    def __reduce__(self):
        return type(self), (self._pred, self._it), int(self._stop)

    def __setstate__(self, state):
        self._stop = bool(state)


class filterfalse:
    """The items of an iterable for which the predicate is false."""
    __reap_c_type__ = True
    __slots__ = ('_it', '_pred')

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('filterfalse', args, kwargs, 2)
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        return self

    __iter__ = _iter_self
    from _reap_itertools import filterfalse as __next__

    def __reduce__(self):
        return type(self), (self._pred, self._it)


def _islice_bound(v, what):
    if v is None:
        return None
    try:
        n = _index(v)
    except TypeError:
        n = -1
    if not 0 <= n <= _sys.maxsize:
        raise ValueError(f'{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return n


class islice:
    """The items of an iterable at the positions range(start, stop, step) names."""
    __reap_c_type__ = True
    # `_cnt` items taken from `_it`; `_next` the position of the next one handed out.
    __slots__ = ('_cnt', '_it', '_next', '_step', '_stop')

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) == 2 and type(args[1]) is int and 0 <= args[1] <= _sys.maxsize:
            # islice(iterable, stop), the common call, without the general checks.
            self = object.__new__(cls)
            self._it = iter(args[0])
            self._cnt = self._next = 0
            self._stop = args[1]
            self._step = 1
            return self
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        if not 2 <= len(args) <= 4:
            least = 'at least 2' if len(args) < 2 else 'at most 4'
            raise TypeError(f'islice expected {least} arguments, got {len(args)}')
        iterable, *args = args
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (tuple(args) + (None,))[:3]
        stop = _islice_bound(stop, 'Stop argument' if len(args) == 1 else 'Indices')
        start = _islice_bound(start, 'Indices') or 0
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._cnt = 0
        self._next = start
        self._stop = stop
        self._step = step
        return self

    __iter__ = _iter_self
    from _reap_itertools import islice as __next__

    def __reduce__(self):
        if self._it is None:
            return type(self), (iter([]), 0), 0
        return type(self), (self._it, self._next, self._stop, self._step), self._cnt

    def __setstate__(self, state):
        self._cnt = _index(state)


class starmap:
    """The results of a function called with each item of an iterable as its arguments."""
    __reap_c_type__ = True
    __slots__ = ('_func', '_it')

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2)
        self = object.__new__(cls)
        self._func = function
        self._it = iter(iterable)
        return self

    __iter__ = _iter_self
    from _reap_itertools import starmap as __next__

    def __reduce__(self):
        return type(self), (self._func, self._it)


class zip_longest:
    """Tuples of the iterables' items, side by side, the ended ones filled in."""
    __reap_c_type__ = True
    # `_its` the iterators (None where one ended), `_active` how many have not.
    __slots__ = ('_active', '_fill', '_its')

    def __new__(cls, *args, **kwargs):
        fillvalue = kwargs.pop('fillvalue', None)
        if kwargs:
            # CPython 3.11's message names no argument.
            raise TypeError('zip_longest() got an unexpected keyword argument')
        its = [iter(it) for it in args]
        self = object.__new__(cls)
        self._its = its
        self._active = len(its)
        self._fill = fillvalue
        return self

    __iter__ = _iter_self
    from _reap_itertools import zip_longest as __next__

    def __reduce__(self):
        return type(self), tuple(() if it is None else it for it in self._its), self._fill

    def __setstate__(self, state):
        self._fill = state


class product:
    """Tuples of one item of each iterable, every combination in turn, the last iterable
    turning fastest."""
    __reap_c_type__ = True
    # `_indices` (None before the first tuple) the position in each pool.
    __slots__ = ('_indices', '_pools', '_stopped')

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        for k, v in kwargs.items():
            if k != 'repeat':
                raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat = _index(v)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = tuple([tuple(pool) for pool in iterables]) * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._stopped = False
        return self

    __iter__ = _iter_self
    from _reap_itertools import product as __next__

    def __reduce__(self):
        if self._stopped:
            return type(self), ((),)
        if self._indices is None:
            return type(self), self._pools
        return type(self), self._pools, tuple(self._indices)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != len(self._pools):
            raise ValueError('invalid arguments')
        if not all(self._pools):
            self._stopped = True
            return
        self._indices = [min(max(_index(i), 0), len(pool) - 1) for i, pool in zip(state, self._pools)]


class permutations:
    """Tuples of r distinct items of an iterable (all of them by default), in the order of
    their positions."""
    __reap_c_type__ = True
    # `_indices` the positions, `_cycles` (None before the first tuple) how far each of the
    # first r has left to turn.
    __slots__ = ('_cycles', '_indices', '_pool', '_r', '_stopped')

    def __new__(cls, *args, **kwargs):
        iterable, r = _clinic('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(len(pool)))
        self._cycles = None
        self._stopped = r > len(pool)
        return self

    __iter__ = _iter_self
    from _reap_itertools import permutations as __next__

    def __reduce__(self):
        if self._cycles is None:
            return type(self), (self._pool, self._r)
        if self._stopped:
            return type(self), ((), self._r)
        return type(self), (self._pool, self._r), (tuple(self._indices), tuple(self._cycles))

    def __setstate__(self, state):
        n, r = len(self._pool), self._r
        if not isinstance(state, tuple) or len(state) != 2:
            raise TypeError('invalid permutations state')
        indices, cycles = state
        if len(indices) != n or len(cycles) != r:
            raise ValueError('invalid arguments')
        self._indices = [min(max(_index(i), 0), n - 1) for i in indices]
        self._cycles = [min(max(_index(c), 1), n - i) for i, c in enumerate(cycles)]


def _combinations(cls, name, args, kwargs, replace):
    iterable, r = _clinic(name, args, kwargs, ('iterable', 'r'), 2)
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    stopped = (len(pool) == 0 and r > 0) if replace else r > len(pool)
    self = object.__new__(cls)
    self._pool = pool
    self._r = r
    self._replace = replace
    self._indices = None
    self._stopped = stopped
    return self


def _combinations_reduce(self):
    if self._indices is None:
        return type(self), (self._pool, self._r)
    if self._stopped:
        return type(self), ((), self._r)
    return type(self), (self._pool, self._r), tuple(self._indices)


def _combinations_setstate(self, state):
    n, r = len(self._pool), self._r
    if not isinstance(state, tuple) or len(state) != r:
        raise ValueError('invalid arguments')
    highest = (lambda i: n - 1) if self._replace else (lambda i: i + n - r)
    self._indices = [min(max(_index(x), 0), highest(i)) for i, x in enumerate(state)]


class combinations:
    """Tuples of r items of an iterable at increasing positions, in the order of those
    positions."""
    __reap_c_type__ = True
    # `_indices` (None before the first tuple) the positions.
    __slots__ = ('_indices', '_pool', '_r', '_replace', '_stopped')

    def __new__(cls, *args, **kwargs):
        return _combinations(cls, 'combinations', args, kwargs, False)

    __iter__ = _iter_self
    from _reap_itertools import combinations as __next__

    __reduce__ = _combinations_reduce
    __setstate__ = _combinations_setstate


class combinations_with_replacement:
    """Tuples of r items of an iterable at non-decreasing positions (an item may repeat), in
    the order of those positions."""
    __reap_c_type__ = True
    __slots__ = ('_indices', '_pool', '_r', '_replace', '_stopped')

    def __new__(cls, *args, **kwargs):
        return _combinations(cls, 'combinations_with_replacement', args, kwargs, True)

    __iter__ = _iter_self
    from _reap_itertools import combinations as __next__

    __reduce__ = _combinations_reduce
    __setstate__ = _combinations_setstate


class _grouper:
    """One group of a groupby: the items with its key, until the groupby moves on."""
    __reap_c_type__ = True
    __slots__ = ('_parent', '_tgtkey', '_token')
    __iter__ = _iter_self
    from _reap_itertools import grouper as __next__

    def __new__(cls, parent, tgtkey):
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        self._token = parent._gen
        return self

    def __reduce__(self):
        if self._parent._gen != self._token:
            return iter, ((),)
        return type(self), (self._parent, self._tgtkey)


class groupby:
    """Consecutive keys of an iterable and the group of items with each; a group is valid
    until the next one is asked for, as CPython's."""
    __reap_c_type__ = True
    # What a step reads (`_currkey`, `_currvalue`) and the latest group's key are unset
    # until there is one.
    __slots__ = ('_currkey', '_currvalue', '_gen', '_it', '_keyfunc', '_tgtkey')
    _grouper = _grouper

    def __new__(cls, *args, **kwargs):
        iterable, key = _clinic('groupby', args, kwargs, ('iterable', 'key'), 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._gen = 0
        return self

    __iter__ = _iter_self
    from _reap_itertools import groupby as __next__

    def __reduce__(self):
        made = type(self), (self._it, self._keyfunc)
        try:
            return made + ((self._currkey, self._currvalue, self._tgtkey),)
        except AttributeError:
            return made

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 3:
            raise TypeError('invalid groupby state')
        self._currkey, self._currvalue, self._tgtkey = state


class pairwise:
    """Each item of an iterable with the one after it."""
    __reap_c_type__ = True
    __slots__ = ('_it', '_old')

    def __new__(cls, *args, **kwargs):
        iterable, = _positional('pairwise', args, kwargs, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        return self

    __iter__ = _iter_self
    from _reap_itertools import pairwise as __next__

    def __reduce__(self):
        name = 'itertools.pairwise' if type(self) is pairwise else type(self).__name__
        raise TypeError(f"cannot pickle '{name}' object")


class _tee:
    """One of the independent iterators `tee` makes: each walks a shared chain of the items
    read so far, and reads the next from the source when it is the first to get there."""

    __module__ = 'itertools'

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            link[1] = [value, None]
        self._link = link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    # An iterator that can copy itself (a tee) is the first of the result, as in CPython.
    it = iter(iterable)
    first = it if getattr(it, '__copy__', None) is not None else _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


# The C types' fields are not a Python class's __slots__.
for _cls in (_grouper, accumulate, chain, combinations, combinations_with_replacement, compress,
             count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
             repeat, starmap, takewhile, zip_longest):
    del _cls.__slots__
del _cls
