# itertools' combinatoric iterators as the docs show them, their types, every edge of r and
# of empty input, and the errors of their arguments.
import itertools as it

print(list(it.product('AB', 'xy')), list(it.product(range(2), repeat=3))[:5], len(list(it.product(range(3), repeat=4))))
print(list(it.product()), list(it.product('ab', '')), list(it.product('a', repeat=0)))
print(list(it.permutations('ABCD', 2)))
print(list(it.permutations(range(3))), list(it.permutations('ab', 0)), list(it.permutations('ab', 3)), list(it.permutations('')))
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('ab', 0)), list(it.combinations('ab', 3)), list(it.combinations('', 0)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('ab', 0)))
print(sum(1 for _ in it.permutations(range(7))), sum(1 for _ in it.combinations(range(12), 5)),
      sum(1 for _ in it.combinations_with_replacement(range(6), 4)))
p = it.permutations('abc', 2)
print(next(p), next(p), list(p), list(p))
for obj in (it.product(), it.permutations(''), it.combinations('', 0), it.combinations_with_replacement('', 0)):
    print(type(obj).__name__, isinstance(obj, type(obj)), iter(obj) is obj)

def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(it.product, 1)
attempt(it.product, [1], repeat=-1)
attempt(it.product, [1], foo=1)
attempt(it.product, [1], repeat='a')
attempt(it.permutations)
attempt(it.permutations, [1], 'a')
attempt(it.permutations, [1], -1)
attempt(it.permutations, [1], 1, 2)
attempt(it.permutations, [1], x=1)
attempt(it.permutations, [1], r=True)
attempt(it.permutations, r=1)
attempt(it.combinations)
attempt(it.combinations, [1])
attempt(it.combinations, [1], -1)
attempt(it.combinations, [1], 'a')
attempt(it.combinations, [1], r=1)
attempt(it.combinations, [1], 1, r=1)
attempt(it.combinations_with_replacement, [1])
attempt(it.combinations_with_replacement, [1], -2)
attempt(it.accumulate, [1], initial=1, func=None)
attempt(it.compress, data=[1], selectors=[1])
attempt(it.compress, [1], data=[1])
