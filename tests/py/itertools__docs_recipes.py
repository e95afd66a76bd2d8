# The itertools documentation's recipes, run as a newcomer would copy them, with deque,
# lru_cache and operator's getters alongside.
import collections, functools, itertools, operator, random
from itertools import *

def take(n, iterable):
    return list(islice(iterable, n))
def prepend(value, iterator):
    return chain([value], iterator)
def tabulate(function, start=0):
    return map(function, count(start))
def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)
def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == 'fill':
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*args, strict=True)
    if incomplete == 'ignore':
        return zip(*args)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))
def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def random_product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    return tuple(map(random.choice, pools))
def nth_combination(iterable, r, index):
    pool = tuple(iterable)
    n = len(pool)
    c = 1
    k = min(r, n-r)
    for i in range(1, k+1):
        c = c * (n - k + i) // i
    if index < 0:
        index += c
    result = []
    while r:
        c, n, r = c*r//n, n-1, r-1
        while index >= c:
            index -= c
            c, n = c*(n-r)//n, n-1
        result.append(pool[-1-n])
    return tuple(result)
def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))
def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    padded_signal = chain(repeat(0, n-1), signal, repeat(0, n-1))
    for window in sliding_window(padded_signal, n):
        yield dotproduct(kernel, window)
def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = convolve(expansion, (1, -r))
    return list(expansion)
def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = int(n ** 0.5) + 1
    for p in compress(range(limit), data):
        data[p*p : n : p+p] = bytes(len(range(p*p, n, p+p)))
    data[2] = 1
    return iter_index(data, 1) if n > 2 else iter([])
def iter_index(iterable, value, start=0):
    try:
        seq_index = iterable.index
    except AttributeError:
        it = islice(iterable, start, None)
        for i, element in enumerate(it, start):
            if element is value or element == value:
                yield i
    else:
        i = start - 1
        try:
            while True:
                yield (i := seq_index(value, i+1))
        except ValueError:
            pass

random.seed(7)
print(take(5, tabulate(lambda x: x * x)), list(prepend(0, [1, 2])), list(tail(3, 'ABCDEFG')))
it = iter(range(10)); consume(it, 3); print(next(it), nth(range(10), 4), all_equal('aaa'), all_equal('aab'))
print(quantify([1, 0, 3]), list(ncycles('ab', 3)), list(sliding_window('ABCDEFG', 4)))
print(list(grouper('ABCDEFG', 3, fillvalue='x')), list(grouper('ABCDEFG', 3, incomplete='ignore')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10)); print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(iter_except([1, 2, 3].pop, IndexError)), first_true([0, None, 5, 7]), random_product('ab', range(3), repeat=2))
print(nth_combination(range(10), 4, 100), polynomial_from_roots([5, -4, 3]), list(sieve(60)))
print(list(accumulate([1, 5, 2, 8, 3], max)), list(accumulate(range(1, 6), operator.mul)))
cache = functools.lru_cache(maxsize=32)(lambda n: n * 2)
print([cache(i % 40) for i in range(100)][-3:], cache.cache_info())
d = collections.deque(maxlen=3)
for w in 'the quick brown fox jumps'.split():
    d.append(w)
print(d, list(reversed(d)), d.maxlen)
inv = sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=operator.itemgetter(1), reverse=True)
print(inv, list(map(operator.attrgetter('real'), [1, 2.5, 3j])), functools.reduce(operator.add, range(5)))
