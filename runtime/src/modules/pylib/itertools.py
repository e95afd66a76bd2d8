"""itertools, written in Python for Reap.

Everything is lazy as CPython's: an iterator takes from its input only what it hands out
(`islice` stops where it stops, `tee` buffers only what one copy is ahead of another), and the
combinatoric iterators work by indices rather than by filtering a larger product.

Differences from CPython: most iterators are generators (their type is `generator`, not
`itertools.islice` and so on); `count`, `repeat`, `groupby` and the tee copies are classes of
their CPython names. Nothing here pickles.
"""

import sys as _sys


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __module__ = 'itertools'

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not any(
                    hasattr(type(v), m) for m in ('__index__', '__int__', '__float__', '__complex__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {self._step!r})'


# The generators below take an iterator made before they start, so that a non-iterable
# argument fails at the call, as CPython's itertools types check it when made.
def cycle(*args, **kwargs):
    if kwargs:
        raise TypeError('cycle() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'cycle expected 1 argument, got {len(args)}')
    return _cycle(iter(args[0]))


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        yield from saved


class repeat:
    """repeat(object [,times]) -> an iterator giving the object times times, or for ever."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __module__ = 'itertools'

    def __init__(self, *args, **kwargs):
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._init(*args, **kwargs)

    def _init(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(0, _index(times))

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

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


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    return _chain_from(iter(iterables))


def _chain_from(iterables):
    for it in iterables:
        yield from it


_from_iterable.__name__ = 'from_iterable'
_from_iterable.__qualname__ = 'chain.from_iterable'
chain.from_iterable = _from_iterable


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x
            break
    yield from iterable


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


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


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
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
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # As CPython's: before each item handed out, skip to its position; after the last, the
    # next request consumes up to `stop` and ends.
    taken = 0
    wanted = start
    while True:
        while taken < wanted:
            try:
                next(it)
            except StopIteration:
                return
            taken += 1
        if stop is not None and taken >= stop:
            return
        try:
            element = next(it)
        except StopIteration:
            return
        taken += 1
        yield element
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def zip_longest(*args, **kwargs):
    fillvalue = kwargs.pop('fillvalue', None)
    if kwargs:
        # CPython 3.11's message names no argument.
        raise TypeError('zip_longest() got an unexpected keyword argument')
    return _zip_longest([iter(it) for it in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def _r_arg(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(not pool for pool in pools):
        return
    # An odometer over the pools, the last one turning fastest; `current` holds the items
    # the indices point at, so that a step changes one of them (mostly) and copies the rest.
    indices = [0] * len(pools)
    current = [pool[0] for pool in pools]
    last = len(pools) - 1
    yield tuple(current)
    while True:
        i = last
        while i >= 0:
            k = indices[i] + 1
            pool = pools[i]
            if k < len(pool):
                indices[i] = k
                current[i] = pool[k]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    r = len(pool) if r is None else _r_arg(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # Positions in lexicographic order: the last position takes the next unused index up;
    # when none is left, the one before it advances, and the rest fill with the smallest.
    chosen = list(range(r))
    used = [i < r for i in range(n)]
    yield tuple(pool[i] for i in chosen)
    while True:
        k = r - 1
        while k >= 0:
            used[chosen[k]] = False
            nxt = chosen[k] + 1
            while nxt < n and used[nxt]:
                nxt += 1
            if nxt < n:
                chosen[k] = nxt
                used[nxt] = True
                free = 0
                for j in range(k + 1, r):
                    while used[free]:
                        free += 1
                    chosen[j] = free
                    used[free] = True
                break
            k -= 1
        if k < 0:
            return
        yield tuple(pool[i] for i in chosen)


def combinations(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r), False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    return _combinations(pool, _r_arg(r), True)


def _combinations(pool, r, replace):
    n = len(pool)
    if (not replace and r > n) or (replace and n == 0 and r > 0):
        return
    # Increasing (or, with replacement, non-decreasing) index tuples in lexicographic order.
    chosen = [0] * r if replace else list(range(r))
    yield tuple(pool[i] for i in chosen)
    while True:
        k = r - 1
        while k >= 0 and chosen[k] == (n - 1 if replace else k + n - r):
            k -= 1
        if k < 0:
            return
        chosen[k] += 1
        for j in range(k + 1, r):
            chosen[j] = chosen[k] if replace else chosen[j - 1] + 1
        yield tuple(pool[i] for i in chosen)


_MISSING = object()


class groupby:
    """groupby(iterable, key=None): consecutive keys and groups from the iterable. A group is
    valid until the next one is asked for, as CPython's."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __module__ = 'itertools'

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._current_group = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def _same_group(self):
        tgt, cur = self._tgtkey, self._currkey
        return tgt is not _MISSING and (tgt is cur or tgt == cur)

    def __next__(self):
        self._current_group = token = object()
        while True:
            if self._currvalue is _MISSING:
                self._step()
            if not self._same_group():
                break
            self._currvalue = _MISSING
        self._tgtkey = self._currkey
        return self._currkey, _grouper(self, token)


def _grouper(parent, token):
    while parent._current_group is token:
        if parent._currvalue is _MISSING:
            try:
                parent._step()
            except StopIteration:
                return
        if not parent._same_group():
            return
        value = parent._currvalue
        parent._currvalue = _MISSING
        yield value


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


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
