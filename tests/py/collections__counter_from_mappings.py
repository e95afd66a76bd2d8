# A Counter made from a mapping takes its counts as they are when it starts empty (they need
# not be numbers), adds them when it already counts; any Mapping counts, not only dicts.
from collections import Counter, UserDict, OrderedDict
import types

print(Counter({'a': 1, 'b': 'x'}))
print(Counter({'a': [1], 'b': [2]}))
print(Counter(types.MappingProxyType({'a': 2})), Counter(UserDict(z=3)))
print(Counter(OrderedDict([('y', 1), ('x', 2)])))
c = Counter(a=1)
c.update(UserDict(a=2, b=1))
print(c)
c.subtract(UserDict(a=5))
print(c)
c.update({'a': 1.5})
print(c)
try:
    Counter(a=1).update({'a': 'x'})
except TypeError as e:
    print(type(e).__name__, e)
print(Counter('abracadabra').most_common(2), Counter())
