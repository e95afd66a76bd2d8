# itertools' iterators as the docs' recipes use them, seen as their own types: what each
# yields, how much of its input it takes, and what it does after an error or its end.
import itertools as it
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))

print(take(5, it.count(10)), take(3, it.count(2.5, 0.5)), take(4, it.count(1, -2)))
print(take(7, it.cycle('ABC')), list(it.repeat('x', 3)), take(2, it.repeat(None)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=7)), list(it.accumulate([])))
print(list(it.accumulate(['a', 'b', 'c'])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain('ABC', 'DEF')), list(it.chain.from_iterable(['ab', [1, 2], ()])), list(it.chain()))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1, 1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.starmap(pow, [(2, 5), (3, 2), [10, 3]])), list(it.pairwise('ABCDE')), list(it.pairwise('A')))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('ab')))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)),
      list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice('ABC', 5, 9)))

# What the types are.
for obj in (it.count(), it.cycle(''), it.repeat(1), it.accumulate([]), it.chain(), it.chain.from_iterable([]),
            it.compress([], []), it.dropwhile(None, []), it.takewhile(None, []), it.filterfalse(None, []),
            it.islice([], 1), it.starmap(None, []), it.zip_longest(), it.pairwise([])):
    t = type(obj)
    print(t.__name__, t.__module__, isinstance(obj, t), iter(obj) is obj, repr(obj).startswith('<itertools.') or repr(obj))

class Numbered(it.chain):
    def __init__(self, *iterables):
        self.label = 'numbered'
n = Numbered([1, 2], [3])
print(list(n), n.label, isinstance(n, it.chain))

# How much of its input each takes.
src = iter(range(10))
print(list(it.islice(src, 1, 6, 2)), next(src))
src = iter(range(10))
print(list(it.takewhile(lambda x: x < 3, src)), next(src))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
a, b = iter('abc'), iter('12')
z = it.zip_longest(a, b)
print(next(z), next(z), next(z), list(z))

# Errors from the input pass through; an exhausted iterator stays exhausted.
def flaky():
    yield 1
    raise ValueError('boom')
    yield 2
for make in (lambda: it.chain(flaky(), [9]), lambda: it.islice(flaky(), 5), lambda: it.accumulate(flaky()),
             lambda: it.pairwise(flaky()), lambda: it.zip_longest(flaky(), 'abc'), lambda: it.cycle(flaky()),
             lambda: it.compress(flaky(), it.repeat(1)), lambda: it.starmap(operator.neg, ((x,) for x in flaky()))):
    obj = make()
    got = []
    try:
        for x in obj:
            got.append(x)
    except ValueError as e:
        got.append(f'ValueError({e})')
    try:
        got.append(next(obj))
    except StopIteration:
        got.append('stop')
    except ValueError as e:
        got.append(f'again {e}')
    print(type(obj).__name__, got)

def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(list, it.starmap(pow, [1]))
attempt(list, it.accumulate([1, 'a']))
attempt(list, it.chain([1], 5))
attempt(it.count, 'a')
attempt(it.islice, [], -1)
attempt(it.islice, [], 1, 2, 0)
attempt(it.chain.from_iterable, 5)
attempt(it.accumulate, [1], func=None, initial=None, x=1)
attempt(it.accumulate, [1], None, 3)
attempt(it.compress, [1])
attempt(it.dropwhile, None)
attempt(it.takewhile, None, [], x=1)
attempt(it.pairwise)
attempt(it.cycle, 1)
attempt(it.chain().__next__, 1)
attempt(it.islice.__next__, [])
print(list(it.islice(it.count(), 3, 10, 3)), sum(it.islice(it.count(), 1000)))
