# cast(): the same memory as items of another format, or another shape.
import array
import struct

buf = struct.pack('<4h', 1, -2, 300, -400)
m = memoryview(buf)
h = m.cast('h')
print(h.format, h.itemsize, len(h), h.nbytes, h.tolist(), h.shape, h.strides)
print(h[2], h[-1], h[1:3].tolist())
print(h.cast('B').tolist() == list(buf), h.cast('c')[0], h.cast('b').tolist())
print(memoryview(b'\x00\x00\x80\x3f').cast('f').tolist(), memoryview(bytes(8)).cast('d')[0])
print(memoryview(b'\x01\x00\x02').cast('?').tolist())
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'ab').cast('@B').format)
for fmt in 'bBhHiIlLqQnNfdP?c':
    mv = memoryview(bytes(range(16))).cast(fmt)
    print(fmt, mv.itemsize, len(mv), mv.tolist()[:2])

# Into and out of more dimensions.
x = memoryview(bytes(range(12)))
y = x.cast('B', shape=[3, 4])
print(y.ndim, y.shape, y.strides, y.nbytes, len(y), y.tolist())
print(y[1, 2], y[2, -1], y[-1, 0], y.c_contiguous, y.f_contiguous, y.contiguous)
print(y.tobytes(), y.tobytes('F'), y.tobytes('A'))
print(y[1:].tolist(), y[::2].shape, y[::-1].tolist())
z = y.cast('B')
print(z.shape, z.tolist() == list(range(12)))
print(bytes(y), y == x.cast('B', [3, 4]), y == x)
i = memoryview(array.array('i', range(6))).cast('B').cast('i', [2, 3])
print(i.tolist(), i.format, i[1, 1], i.strides)
c = x.cast('c', (2, 2, 3))
print(c.shape, c.strides, c.tolist())
w = memoryview(bytearray(6)).cast('B', [2, 3])
w[1, 2] = 9
w[0, 0] = 1
print(w.obj, w.tolist())

# Zero dimensions.
s = memoryview(b'\x07').cast('B', shape=[])
print(s.ndim, s.shape, s.strides, s.tolist(), s[()], s[...] is s)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: len(s))
attempt(lambda: list(s))
attempt(lambda: s[0])
attempt(lambda: y[1])
attempt(lambda: list(y))
attempt(lambda: y[5, 0])
attempt(lambda: y[0, 9])
attempt(lambda: y[1, 1, 1])
attempt(lambda: y[1, 'a'])
attempt(lambda: y[0:1, 0:1])

# Errors.
attempt(lambda: memoryview(b'abc').cast('h'))
attempt(lambda: memoryview(b'abcd').cast('h').cast('i'))
attempt(lambda: memoryview(b'abcd')[::2].cast('B'))
attempt(lambda: memoryview(b'abcd').cast('e'))
attempt(lambda: memoryview(b'abcd').cast('<h'))
attempt(lambda: memoryview(b'abcd').cast('hh'))
attempt(lambda: memoryview(b'abcd').cast(1))
attempt(lambda: memoryview(b'abcd').cast())
attempt(lambda: memoryview(b'abcd').cast('B', [4], 1))
attempt(lambda: memoryview(b'abcd').cast(format='h', shape=[2]).tolist())
attempt(lambda: memoryview(b'abcd').cast('B', 4))
attempt(lambda: memoryview(b'abcd').cast('B', ['a']))
attempt(lambda: memoryview(b'abcd').cast('B', [0]))
attempt(lambda: memoryview(b'abcd').cast('B', [2, -2]))
attempt(lambda: memoryview(b'abcd').cast('B', [3]))
attempt(lambda: memoryview(b'abcd').cast('h', [2, 2]))
attempt(lambda: memoryview(b'').cast('B', [0]))
attempt(lambda: memoryview(b'abcd').cast('B', [2, 2]).cast('B', [1, 4]))
attempt(lambda: memoryview(b'abcd').cast('B', [1] * 65))
attempt(lambda: memoryview(array.array('u', 'ab')).tolist())
attempt(lambda: memoryview(array.array('u', 'ab')).format)
