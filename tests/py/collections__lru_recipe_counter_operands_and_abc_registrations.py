# The LRU recipe from the collections docs, Counter's operators with other operands, and the
# library's containers as collections.abc sees them.
import collections
import collections.abc as cabc
import types
import weakref
from collections import Counter, OrderedDict
from functools import total_ordering


class LRU(OrderedDict):
    'Limit size, evicting the least recently looked-up key when full'

    def __init__(self, maxsize=2, /, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


c = LRU(2, a=1, b=2)
print(list(c.items()), list(c.values()), list(c.keys()), list(reversed(c.items())))
print(c)
c['a']
c['z'] = 26
print(c, ('a', 1) in c.items(), ('b', 2) in c.items())

print(Counter('abracadabra').most_common(-1), Counter('abc').most_common(0), Counter('aab').most_common(1))
for other in [{'a': 2}, 3, None]:
    for op in ['+', '-', '|', '&']:
        try:
            eval(f'Counter(a=1) {op} other')
        except TypeError as e:
            print(op, 'TypeError:', e)


class Adds:
    def __radd__(self, other):
        return 'radd'

    def __rsub__(self, other):
        return 'rsub'


print(Counter(a=1) + Adds(), Counter(a=1) - Adds())
print(Counter(a=3, b=1) + Counter(a=1), Counter(a=3) - Counter(a=1, b=2))

print(isinstance(collections.ChainMap(), cabc.MutableMapping))
print(isinstance(collections.deque(), cabc.MutableSequence))
print(isinstance(types.MappingProxyType({}), cabc.Mapping))
print(isinstance(weakref.WeakSet(), cabc.MutableSet))
print(isinstance(weakref.WeakValueDictionary(), cabc.MutableMapping))
print(isinstance(weakref.WeakKeyDictionary(), cabc.MutableMapping))
print(isinstance(memoryview(b'ab'), cabc.Sequence), isinstance(memoryview(b'ab'), cabc.MutableSequence))


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v


@total_ordering
class Child(Base):
    def __eq__(self, o):
        return self.v == o.v


print(Child(1) <= Child(2), Child(3) >= Child(2), Child(2) > Child(2))
try:
    total_ordering(type('Plain', (), {}))
except ValueError as e:
    print('ValueError:', e)


class Shadow(dict):
    def __getitem__(self, k):
        return 'overridden'

    def keys(self):
        return ['a', 'extra']


d = Shadow(a=1)
x = {}
x.update(d)
print(dict(d), {**d}, x, dict(**d))


class OwnIter(dict):
    def __iter__(self):
        return iter(['a'])

    def __getitem__(self, k):
        return 'seen'

    def keys(self):
        return ['a']


print(dict(OwnIter(a=1, b=2)), {**OwnIter(a=1, b=2)})
