# itertools as its documentation uses it, and lazily as CPython's: islice takes no item past
# its stop, tee buffers on demand (of an infinite iterator too), a groupby group ends when
# the next is asked for, and the combinatoric iterators come in CPython's order.
import itertools as it
from itertools import *
src = iter(range(10)); print(list(islice(src, 3)), next(src))
src = iter(range(10)); print(list(islice(src, 0, 6, 4)), next(src))
src = iter(range(10)); print(list(islice(src, 2, None, 3)))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
for bad in [(-1,), (1, -2), (0, 5, 0), ('a',)]:
    try: islice('abc', *bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
a, b = tee(count()); print(next(a), next(a), next(b), next(b), next(b), next(a))
a, b, c = tee('xyz', 3); print(list(a), list(b), list(c))
print(tee([1], 0), len(tee([1])))
gs = {k: g for k, g in groupby("aaabbc")}; print({k: list(v) for k, v in gs.items()})
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'cranberry']), key=lambda s: s[0])])
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(product('ABCD', 'xy')), list(product(range(2), repeat=3)), list(product()), list(product('ab', '')))
print(len(list(permutations(range(8), 4))), len(list(combinations(range(20), 4))), sum(1 for _ in product(range(10), repeat=4)))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(repeat('a')), repr(repeat('a', 3)))
r = repeat(7, 3); next(r); print(repr(r), list(r), list(repeat(1, -2)))
print(list(zip(count(10), 'abc')), list(zip(count(1, 0.5), 'ab')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([3, 1, 4], max)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['ab', 'cd'])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest('ABCD', 'xy', fillvalue='-')), list(pairwise('ABCDE')))
print(list(islice(cycle('AB'), 5)), list(permutations([], 0)), list(combinations([], 0)))
for bad in [lambda: list(combinations('abc', -1)), lambda: list(permutations('abc', -1)), lambda: list(product('a', repeat=-1)), lambda: tee('a', -1)]:
    try: bad()
    except ValueError as e: print(e)
def gen():
    for i in range(5):
        print('produce', i)
        yield i
g = islice(gen(), 2); print(next(g)); print(next(g)); print(list(g))
