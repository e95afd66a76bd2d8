# collections: Counter comparisons and arithmetic (3.10), OrderedDict keeping its type and
# order, fromkeys of dict subclasses, defaultdict subclasses, UserDict/UserList/UserString.
from collections import Counter, OrderedDict, defaultdict, UserDict, UserList, UserString
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
c = Counter('abracadabra'); c += Counter('aaz'); print(c); c -= Counter(a=10); print(c)
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
del c['nothere']; print(Counter('ab') != Counter('ba'), Counter(a=1) == {'a': 1})
print(OrderedDict.fromkeys("ab"), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1), OrderedDict(a=1).copy())
o = OrderedDict(a=1); o |= {'c': 3}; print(o, type(o.copy()).__name__)
class D(dict): pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 0), type(dict.fromkeys('a')).__name__)
class MyDD(defaultdict): pass
m = MyDD(list); m['x'].append(1); print(m, type(m.copy()).__name__, m | {'y': 2})
import copy, pickle
print(copy.deepcopy(OrderedDict(a=[1])), pickle.loads(pickle.dumps(Counter('aab'))), pickle.loads(pickle.dumps(m)))
u = UserDict(a=1); u['b'] = 2; print(u, len(u), 'a' in u, u.get('z', 0), dict(u), u | {'c': 3}, sorted(u.items()))
class Lower(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
l = Lower(); l['ABC'] = 1; l.update(XY=2); print(l, l.copy(), type(l.copy()).__name__)
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul == [0, 1, 2, 3])
us = UserString('Hello'); print(us, repr(us), us.upper(), type(us.upper()).__name__, us + '!', us[1:3], len(us), 'ell' in us, us.split('l'), us.join(['a', 'b']))
import collections.abc as cabc
print(isinstance(u, cabc.MutableMapping), isinstance(ul, cabc.MutableSequence), isinstance(us, cabc.Sequence), UserDict.__module__)
class L:
    def __radd__(self, other): return 'radd ' + repr(other)
print([1] + L(), (1,) + L(), 'a' + L())
class N: pass
for a in ([1], (1,), 'a'):
    try: a + N()
    except TypeError as e: print(e)
