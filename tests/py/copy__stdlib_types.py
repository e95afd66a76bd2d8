# Copies of the collections and functools types.
import copy
import functools
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple

dd = defaultdict(list)
dd['a'].append([1])
for func in (copy.copy, copy.deepcopy):
    d2 = func(dd)
    print(func.__name__, type(d2).__name__, d2, d2.default_factory, d2['a'] is dd['a'])
    d2['new']
    print(sorted(d2), sorted(dd))

od = OrderedDict([('b', [1]), ('a', 2)])
od2 = copy.deepcopy(od)
print(od2, type(od2).__name__, od2['b'] is od['b'], copy.copy(od)['b'] is od['b'])

c = Counter('abca')
print(copy.copy(c), copy.deepcopy(c), type(copy.copy(c)).__name__)

dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(dq), copy.copy(dq)[1] is dq[1])

Pair = namedtuple('Pair', 'x y')
nt = Pair(1, [2])
nt2 = copy.deepcopy(nt)
print(copy.copy(nt) == nt, nt2, nt2[1] is nt[1], type(nt2).__name__)
print(copy.deepcopy(Pair(1, 2)) == Pair(1, 2))

p = functools.partial(max, 1)
print(copy.copy(p)(5), copy.deepcopy(p)(0))


def outer():
    def inner():
        return 1
    return inner


f = outer()
print(copy.copy(f) is f, copy.deepcopy(f) is f)
