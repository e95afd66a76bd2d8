# unittest.mock: MagicMock's configured magic methods and setting magic methods.
import re
from unittest.mock import Mock, MagicMock, NonCallableMagicMock, call


def show(obj):
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


m = MagicMock()
print('defaults:', len(m), bool(m), int(m), float(m), complex(m), 3 in m)
print('iter:', list(iter(m)))
print('index:', [10, 20, 30][m], m.__index__())
print('eq:', m == m, m == 1, m == MagicMock())
print('lt NotImplemented:', m.__lt__(1), m.__gt__(1), m.__le__(1), m.__ge__(1))
try:
    m < 1
except TypeError as e:
    print('TypeError:', e)
print('hash stable:', hash(m) == hash(m))
print('str is repr:', str(m) == repr(m))
show(m[0])
show(m['key'])
print(m[0] is m['other'])
with m as entered:
    show(entered)
print(entered is m.__enter__.return_value)
print(m.__exit__.return_value)
show(abs(m))
show(-m)
show(m + 1)
show(1 + m)
show(m * 2)
show(round(m))
print(m.mock_calls[:6])

print('-- configuring')
m = MagicMock()
m.__len__.return_value = 3
m.__iter__.return_value = iter(['a', 'b'])
m.__getitem__.side_effect = lambda key: key.upper()
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__int__.return_value = 42
m.__str__.return_value = 'custom str'
m.__eq__.return_value = True
print(len(m), m['x'], 'q' in m, bool(m), int(m), str(m), m == 99)
print(list(m))
m.__setitem__(1, 2)
m['k'] = 'v'
del m['k']
m.__getitem__.assert_called_with('x')
m.__setitem__.assert_called_with('k', 'v')
m.__delitem__.assert_called_once_with('k')
print(m.__setitem__.call_args_list)
print(m.__contains__.call_args)
m = MagicMock()
m.__iter__.return_value = [1, 2, 3]
print(list(m), list(m))
m.__enter__.return_value = 'resource'
with m as r:
    print('entered with', r)
m.__exit__.assert_called_once_with(None, None, None)

class Boom(Exception):
    pass

m.__exit__.return_value = True
with m:
    raise Boom('swallowed')
print('exception suppressed by __exit__')
print(m.__exit__.call_args[0][0].__name__)

print('-- setting magic methods on Mock')
m = Mock()
m.__len__ = lambda self: 7
m.__iter__ = Mock(return_value=iter([5, 6]))
m.__getitem__ = Mock(return_value='item')
m.__str__ = Mock(return_value='hello')
print(len(m), list(m), m[0], str(m))
print(m.mock_calls)
try:
    len(Mock())
except TypeError as e:
    print('TypeError:', e)
try:
    m.__getattr__ = lambda self, name: 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    Mock().__foo__
except AttributeError as e:
    print('AttributeError:', e)

print('-- deleting and replacing')
m = MagicMock()
del m.__len__
try:
    len(m)
except TypeError as e:
    print('TypeError after del:', 'len' in str(e))
m = MagicMock()
m.__hash__ = Mock(return_value=5)
print(hash(m))
m.__int__ = Mock(return_value=8)
print(int(m))

print('-- magic methods in mock_calls and method_calls')
parent = MagicMock()
parent.child.__getitem__.return_value = 'v'
print(parent.child['k'])
parent.child.__len__.return_value = 2
print(len(parent.child))
print(parent.mock_calls)
print(parent.method_calls)
show(parent.child.__getitem__)

print('-- NonCallableMagicMock')
n = NonCallableMagicMock()
try:
    n()
except TypeError as e:
    print('TypeError:', e)
print(len(n), list(n))
show(n.attr)
show(n.attr())

print('-- spec limits magic methods')
m = MagicMock(spec=['__len__', 'append'])
print(len(m))
try:
    iter(m)
except TypeError as e:
    print('TypeError:', e)
try:
    m.__iter__
except AttributeError as e:
    print('AttributeError:', e)
m = MagicMock(spec=dict)
print(len(m), 'x' in m, list(m))
try:
    int(m)
except TypeError as e:
    print('TypeError:', e)
