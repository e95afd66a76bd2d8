# array.array as a sequence: subscripts and slices (with steps, assignment and deletion),
# concatenation, repetition (large repetitions are cheap: the items are machine values),
# comparisons, iteration, copies, __reduce_ex__, subclasses.
import copy
from array import array

a = array('i', range(10))
print(a[0], a[-1], a[3:7], a[::2], a[::-1], a[7:2:-2], a[-3:], a[100:], a[:0])
print(a[True], a[2:8:3], a[slice(None, None, -3)])
a[0] = 100
a[-1] = -100
print(a)
a[2:4] = array('i', [7, 7, 7, 7])
print(a)
a[1:1] = array('i', [55])
print(a)
a[5:2] = array('i', [66])
print(a)
a[::3] = array('i', [0] * len(a[::3]))
print(a)
a[::-4] = array('i', range(len(a[::-4])))
print(a)
a[:] = a
print(a)
a[2:5] = a
print(a, len(a))
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[10:1:-3]
print(a)
del a[1:3]
print(a)
a[::2] = array('i')
print(a)
del a[:]
print(a, len(a), bool(a))

b = array('d', [1.0, 2.0])
print(b + array('d', [3.0]), b * 3, 3 * b, b * 0, b * -1, b * True)
b += array('d', [4.0])
print(b)
b *= 2
print(b)
b *= 0
print(b)
big = array('d', [0]) * 10**6
print(len(big), big[0], big[-1], big[10**6 - 1], big.itemsize * len(big))
bytes_ = array('B', [0]) * 300000
for i in range(0, 300000, 1000):
    bytes_[i] = i % 256
print(sum(bytes_), bytes_[1000], len(bytes_.tobytes()))

x = array('i', [1, 2, 3])
y = array('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print(x == array('d', [1.0, 2.0, 3.0]), x < array('d', [1.0, 2.5]), array('i') == array('u'))
print(array('i', [1]) < array('i', [1, 0]), array('u', 'ab') < array('u', 'b'))
print(x == [1, 2, 3], x != (1, 2, 3), x == x)
n = array('d', [float('nan')])
print(n == n, n != n, n == array('d', [float('nan')]))
print(2 in x, 5 in x, 2.0 in x, 'a' in x, 'a' in array('u', 'abc'))
print(list(x), tuple(x), sorted(array('d', [3, 1, 2])), sum(x), max(x), min(x))
print(list(reversed(x)), list(enumerate(array('u', 'ab'))), [*array('b', [-1, 1])])
print(list(zip(array('i', [1, 2]), array('u', 'xy'))), ''.join(array('u', 'xyz')))
it = iter(x)
print(type(it).__name__, next(it), list(it), list(it))
grow = array('i', [1])
it = iter(grow)
print(next(it))
grow.append(2)
print(next(it))
for v in array('f', [0.5, 0.25]):
    print(v, end=' ')
print()

c = array('h', [1, 2])
print(copy.copy(c), copy.deepcopy(c), c.__copy__(), c.__deepcopy__({}), copy.copy(c) is c)
print(c.__reduce_ex__(2))
print(c.__reduce_ex__(3))
print(array('u', 'hi').__reduce_ex__(4))
f, args, state = array('d', [1.5]).__reduce_ex__(4)
print(f(*args), state)


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples('d', [1.0, 2.0, 6.0])
print(s, s.mean(), len(s), s[1], s[1:], type(s[1:]).__name__, isinstance(s, array))
s.append(3.0)
s += array('d', [8.0])
s *= 1
print(type(s).__name__, s, s.typecode, s.itemsize)
print(s == array('d', [1.0, 2.0, 6.0, 3.0, 8.0]), s + s, type(s + s).__name__)
s.tag = 'x'
print(s.__reduce_ex__(3))
print(copy.copy(s), type(copy.copy(s)).__name__)

import collections.abc
print(isinstance(s, collections.abc.MutableSequence), isinstance(array('b'), collections.abc.Reversible),
      issubclass(array, collections.abc.Sequence))
for value in [array('i', [1, 2]), array('u', 'xy'), array('d')]:
    match value:
        case [first, *rest]:
            print('items', first, rest)
        case []:
            print('empty')
