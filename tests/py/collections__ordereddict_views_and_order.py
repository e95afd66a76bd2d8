# OrderedDict's views print as odict_keys/odict_values/odict_items, reverse, and are
# collections.abc views; move_to_end and popitem in both directions.
from collections import OrderedDict
import itertools
d = OrderedDict.fromkeys('abc')
print(d, type(d.copy()), d.keys(), d.items(), d.values())
d.move_to_end('a'); print(d); d.move_to_end('a', last=False); print(d)
print(d.popitem(), d.popitem(last=False), d)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1,b=2) == OrderedDict(b=2,a=1), OrderedDict(a=1,b=2) == dict(b=2,a=1))
print(list(reversed(OrderedDict(a=1,b=2))), repr(OrderedDict()))
print(itertools.count(3), itertools.repeat(1, 3))
print(OrderedDict(a=1) | {'b': 2}, isinstance(OrderedDict(), dict))
d = OrderedDict(a=1, b=2, c=3)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys() & {'a', 'z'}, d.keys() == {'a', 'b', 'c'}, 'a' in d.keys(), ('a', 1) in d.items(), 2 in d.values())
print(len(d.items()), type(d.keys()).__name__, type(d.values()).__qualname__)
import collections.abc as abc
print(isinstance(d.keys(), abc.KeysView), isinstance(d.items(), abc.Set), isinstance(d.values(), abc.ValuesView))
for k, v in d.items(): print(k, v, end=' ')
print()
print(d.popitem(last=True), d)
