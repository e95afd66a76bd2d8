# itertools.groupby as the docs use it: runs of equal keys, groups read in turn or skipped,
# a group that is over once the groupby moved on, key functions and their errors.
import itertools as it

print([k for k, g in it.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in it.groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, group in it.groupby(data, key=lambda x: x[0]):
    print(key, [v for _, v in group])
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])

groups = it.groupby('aabbbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), list(groups), list(g2))
gs = it.groupby([1, 1, 2, 2, 3])
k, g = next(gs)
print(next(g), next(gs)[0], list(g))
print([(k, list(g)) for k, g in it.groupby([])], [(k, list(g)) for k, g in it.groupby([1.0, 1, True, 2])])

gb = it.groupby('ab')
print(type(gb).__name__, type(next(gb)[1]).__name__, iter(gb) is gb, isinstance(gb, it.groupby))

def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(it.groupby)
attempt(it.groupby, 1)
attempt(it.groupby, [], None, 3)
attempt(it.groupby, [], keyfunc=len)
attempt(list, it.groupby([1, 2], key=len))
class Odd:
    def __eq__(self, other):
        raise ValueError('no comparing')
attempt(lambda: [list(g) for k, g in it.groupby([Odd(), Odd()])])
attempt(lambda: [k for k, g in it.groupby(iter([1, 2, 'x']), key=lambda v: v * 2)])
