# array.array's errors, with CPython's types and messages: the constructor, the conversion
# of each type code's items (range errors differ by type code), methods' arguments,
# subscripts and slice assignment, operators.
from array import array


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("array()", lambda: array())
attempt("array('i', [], 3)", lambda: array('i', [], 3))
attempt("array(typecode='i')", lambda: array(typecode='i'))
attempt("array(1)", lambda: array(1))
attempt("array('ii')", lambda: array('ii'))
attempt("array('')", lambda: array(''))
attempt("array('x')", lambda: array('x'))
attempt("array('x', 5)", lambda: array('x', 5))
attempt("array('x', 'ab')", lambda: array('x', 'ab'))
attempt("array(b'i')", lambda: array(b'i'))
attempt("array('i', 'abc')", lambda: array('i', 'abc'))
attempt("array('i', array('u'))", lambda: array('i', array('u')))
attempt("array('u', array('i'))", lambda: array('u', array('i', [1])))
attempt("array('i', 5)", lambda: array('i', 5))
attempt("array('i', None)", lambda: array('i', None))
attempt("array('i', b'abc')", lambda: array('i', b'abc'))
attempt("array('u', ['ab'])", lambda: array('u', ['ab']))
attempt("array('u', [1])", lambda: array('u', [1]))
attempt("array('i', [1.0])", lambda: array('i', [1.0]))
attempt("array('i', array('d', [1.0]))", lambda: array('i', array('d', [1.0])))

values = [-1, 128, 256, -129, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1,
          2**64, 1.5, '1', None]
for code in 'bBhHiIlLqQ':
    for v in values:
        attempt(f"array({code!r}, [{v!r}])", lambda: array(code, [v]))
for code in 'fd':
    for v in [2**1000, 2**2000, '1', None, 1j]:
        attempt(f"array({code!r}, [{v!r}])", lambda: array(code, [v]))


class Index:
    def __index__(self):
        return 7


class Float:
    def __float__(self):
        return 2.5


attempt("array('i', [Index()])", lambda: array('i', [Index()]))
attempt("array('Q', [Index()])", lambda: array('Q', [Index()]))
attempt("array('d', [Index(), Float()])", lambda: array('d', [Index(), Float()]))
attempt("array('i', [Float()])", lambda: array('i', [Float()]))

a = array('i', [1, 2, 3])
attempt("a.append()", lambda: a.append())
attempt("a.append(1, 2)", lambda: a.append(1, 2))
attempt("a.append(x=1)", lambda: a.append(x=1))
attempt("a.append('x')", lambda: a.append('x'))
attempt("a.extend([4, 'x'])", lambda: a.extend([4, 'x']))
print(a)
attempt("a.extend(5)", lambda: a.extend(5))
attempt("a.extend(array('d'))", lambda: a.extend(array('d')))
attempt("a.extend()", lambda: a.extend())
attempt("a.insert(1)", lambda: a.insert(1))
attempt("a.insert('a', 1)", lambda: a.insert('a', 1))
attempt("a.insert(2**70, 1)", lambda: a.insert(2**70, 1))
attempt("a.pop(100)", lambda: a.pop(100))
attempt("a.pop('x')", lambda: a.pop('x'))
attempt("a.pop(1, 2)", lambda: a.pop(1, 2))
attempt("array('i').pop()", lambda: array('i').pop())
attempt("a.remove(100)", lambda: a.remove(100))
attempt("a.index(100)", lambda: a.index(100))
attempt("a.index(1, 'a')", lambda: a.index(1, 'a'))
attempt("a.index(1, 2**70)", lambda: a.index(1, 2**70))
attempt("a.count()", lambda: a.count())
attempt("a.reverse(1)", lambda: a.reverse(1))
attempt("a.tobytes(1)", lambda: a.tobytes(1))
attempt("a.frombytes('abc')", lambda: a.frombytes('abc'))
attempt("a.frombytes(b'abc')", lambda: a.frombytes(b'abc'))
attempt("a.frombytes(array('i'))", lambda: a.frombytes(array('i')))
attempt("a.fromlist((1,))", lambda: a.fromlist((1,)))
attempt("a.fromlist([1, 'x'])", lambda: a.fromlist([1, 'x']))
print(a)
attempt("a.tounicode()", lambda: a.tounicode())
attempt("a.fromunicode('ab')", lambda: a.fromunicode('ab'))
attempt("array('u').fromunicode(1)", lambda: array('u').fromunicode(1))
attempt("a.fromfile(None, -1)", lambda: a.fromfile(None, -1))
attempt("a.fromfile(None, 1)", lambda: a.fromfile(None, 1))
attempt("a.tofile(None)", lambda: a.tofile(None))
attempt("a.__reduce_ex__('x')", lambda: a.__reduce_ex__('x'))
attempt("a.__deepcopy__()", lambda: a.__deepcopy__())
attempt("array.append(5, 1)", lambda: array.append(5, 1))
attempt("array.append()", lambda: array.append())

attempt("a[10]", lambda: a[10])
attempt("a[-10]", lambda: a[-10])
attempt("a['x']", lambda: a['x'])
attempt("a[1.0]", lambda: a[1.0])
attempt("a[2**70]", lambda: a[2**70])
attempt("a[1.5:]", lambda: a[1.5:])
attempt("a[::0]", lambda: a[::0])
attempt("a[10] = 1", lambda: a.__setitem__(10, 1))
attempt("a[0] = 2**40", lambda: a.__setitem__(0, 2**40))
attempt("a['x'] = 1", lambda: a.__setitem__('x', 1))
attempt("del a[10]", lambda: a.__delitem__(10))
attempt("del a[1.0]", lambda: a.__delitem__(1.0))
attempt("a[0:2] = [1, 2]", lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt("a[0:2] = array('d')", lambda: a.__setitem__(slice(0, 2), array('d')))
attempt("a[::2] = array('i', [9] * 9)", lambda: a.__setitem__(slice(None, None, 2), array('i', [9] * 9)))
attempt("a.typecode = 'd'", lambda: setattr(a, 'typecode', 'd'))
attempt("a.itemsize = 1", lambda: setattr(a, 'itemsize', 1))
attempt("a.x = 1", lambda: setattr(a, 'x', 1))
attempt("hash(a)", lambda: hash(a))
attempt("a + [1]", lambda: a + [1])
attempt("a + array('d')", lambda: a + array('d'))
attempt("[1] + a", lambda: [1] + a)
attempt("1 + a", lambda: 1 + a)
attempt("a * 'x'", lambda: a * 'x')
attempt("a * 2.0", lambda: a * 2.0)
attempt("a * a", lambda: a * a)
attempt("a - a", lambda: a - a)
attempt("-a", lambda: -a)
attempt("a * 2**70", lambda: a * 2**70)
attempt("a * 2**62", lambda: a * 2**62)
attempt("a < [1]", lambda: a < [1])
attempt("a < array('u', 'x')", lambda: a < array('u', 'x'))


def iadd_list():
    b = array('i')
    b += [1]


def iadd_other():
    b = array('i')
    b += array('d')


attempt("a += [1]", iadd_list)
attempt("a += array('d')", iadd_other)
attempt("array[int]", lambda: array[int])
attempt("array('u', b'\\x00\\x00\\x11\\x00')[0]", lambda: array('u', b'\x00\x00\x11\x00')[0])
attempt("repr(array('u', b'\\x00\\x00\\x11\\x00'))", lambda: repr(array('u', b'\x00\x00\x11\x00')))
