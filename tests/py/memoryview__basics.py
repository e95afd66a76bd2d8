# memoryview: a view of another object's memory, without copying it.
import array

v = memoryview(b'abcefg')
print(v[1])
print(v[-1])
print(v[1:4])
print(bytes(v[1:4]))
print(len(v), v.tobytes(), v.tolist())
print(type(v).__name__, isinstance(v, memoryview), type(iter(v)).__name__)
print(repr(v).startswith('<memory at 0x'))

# Attributes.
print(v.obj, v.nbytes, v.readonly, v.itemsize, v.format, v.ndim)
print(v.shape, v.strides, v.suboffsets)
print(v.c_contiguous, v.f_contiguous, v.contiguous)

# Over an array: items of the array's type.
a = array.array('l', [-11111111, 22222222, -33333333, 44444444])
m = memoryview(a)
print(m[0], m[-1], m[::2].tolist(), m.format, m.itemsize, len(m), m.nbytes)
print(m[1:3].tolist(), m[1:3].nbytes)
fa = memoryview(array.array('d', [1.5, 2.25]))
print(fa.tolist(), fa[1], fa.format)
print(memoryview(array.array('H', [1, 65535])).tolist())
print(memoryview(array.array('b', [-1, 2])).format)

# Iteration and what works over it.
print(list(memoryview(b'xyz')), sum(memoryview(b'\x01\x02\x03')), sorted(memoryview(b'cab')))
print(list(reversed(memoryview(b'abc'))))
print(98 in memoryview(b'abc'), 5 in memoryview(b'abc'))
for x in memoryview(b'hi'):
    print(x)

# A view of a view sees the same object.
w = memoryview(v)
print(w.obj is v.obj, v[2:].obj is v.obj, w.tobytes())

# Conversions.
print(bytes(memoryview(b'abc')), bytearray(memoryview(b'abc')))
print(memoryview(b'abc').tobytes(), memoryview(b'abc').tobytes(order='C'), memoryview(b'abc').tobytes(None))
print(bool(memoryview(b'')), bool(memoryview(b'a')))

# hex()
print(memoryview(b'\xb9\x01\xef').hex())
print(memoryview(b'\xb9\x01\xef').hex(':'))
print(memoryview(b'\xb9\x01\xef').hex('-', 2))
print(memoryview(b'\xb9\x01\xef').hex(sep=' ', bytes_per_sep=-2))
print(memoryview(b'UUDDLRLRAB')[::2].hex())

# Equality: as values of the formats.
print(memoryview(b'abc') == b'abc', memoryview(b'abc') == bytearray(b'abc'), memoryview(b'abc') != b'abd')
print(memoryview(b'abc') == memoryview(b'abc'), b'abc' == memoryview(b'abc'))
print(memoryview(b'abc') == 'abc', memoryview(b'abc') == [97, 98, 99], memoryview(b'abc') == None)
x = array.array('I', [1, 2, 3])
y = array.array('d', [1.0, 2.0, 3.0])
print(memoryview(x) == memoryview(y), memoryview(x) == y, memoryview(x)[::2] == array.array('b', [1, 3]))
nan = memoryview(array.array('d', [float('nan')]))
print(nan == nan, nan == memoryview(array.array('d', [float('nan')])))
print(memoryview(b'ab') == memoryview(b'abc'))

# hash: read-only views of bytes hash as the bytes.
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'xabcx')[1:4]) == hash(b'abc'))
print(hash(memoryview(b'abcd').cast('c')) == hash(b'abcd'))
try:
    hash(memoryview(bytearray(b'abc')).toreadonly())
except TypeError as e:
    print(type(e).__name__, e)
d = {memoryview(b'k'): 1}
print(d[memoryview(b'k')], b'k' in d)

# toreadonly
r = memoryview(bytearray(b'ab')).toreadonly()
print(r.readonly, r.tobytes(), r.obj)

# Bytes-like everywhere.
print(b''.join([memoryview(b'ab'), b'c', memoryview(b'xdx')[1:2]]))
print(b'-'.join([memoryview(b'ab'), memoryview(b'c')]))
print(b'ab' + memoryview(b'cd'), bytearray(b'ab') + memoryview(b'cd'))
print(b'abcd'.startswith(memoryview(b'ab')), b'abcd'.find(memoryview(b'c')), b'abcd'.split(memoryview(b'c')))
print(memoryview(b'bc') in [b'bc'], b'bc' in b'abc')
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), str(memoryview(b'caf\xc3\xa9'), 'utf-8'))
ba = bytearray(b'ab')
ba.extend(memoryview(b'cd'))
ba += memoryview(b'e')
print(ba)
print([n for n in dir(memoryview) if not n.startswith('_')])
