# Slices of a view are views of the same memory; assignment writes through.
import array

data = bytearray(b'abcdefgh')
v = memoryview(data)
print(v[2:5].tobytes(), v[::2].tobytes(), v[::-1].tobytes(), v[1:7:3].tobytes(), v[-3:].tobytes())
print(v[5:2].tobytes(), v[10:].tobytes(), len(v[10:]))
s = v[::-2]
print(s.tolist(), s.strides, s.shape, s.c_contiguous, s.contiguous, s[0], s[-1])
print(v[::2][1:3].tobytes(), v[::2][::-1].tobytes())

# Item assignment.
v[0] = ord('A')
v[-1] = 72
print(data)

# Slice assignment: same format and size.
v[1:3] = b'BC'
print(data)
v[::2] = b'wxyz'
print(data)
v[4:6] = memoryview(b'PQ')
print(data)
v[6:8] = bytearray(b'!?')
print(data)
v[0:0] = b''
print(data)
v[::-1] = b'12345678'
print(data)
v[:] = v[::-1].tobytes()
print(data)

# Writes into an array through a view.
a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
m[0] = -5
m[1:3] = array.array('i', [20, 30])
print(a, m.tolist())
m[::3] = array.array('i', [7, 8])
print(a)
f = memoryview(array.array('f', [0.0, 0.0]))
f[0] = 2
f[1] = 0.5
print(f.tolist())

# A view of a slice of a view.
sub = memoryview(v[2:6])
sub[0] = 0x5a
print(data, sub.tobytes(), sub.obj is data)

# Errors.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: v[8])
attempt(lambda: v[-9])
attempt(lambda: v['a'])
attempt(lambda: v[1.0])
attempt(lambda: v[...])
attempt(lambda: v[()])
attempt(lambda: v[1:2, 3:4])
attempt(lambda: v[::0])

def setitem(target, key, value):
    target[key] = value

def delitem(target, key):
    del target[key]

attempt(lambda: setitem(v, 8, 1))
attempt(lambda: setitem(v, 0, 256))
attempt(lambda: setitem(v, 0, -1))
attempt(lambda: setitem(v, 0, 'a'))
attempt(lambda: setitem(v, 0, 1.0))
attempt(lambda: setitem(v, 0, b'a'))
attempt(lambda: setitem(v, slice(0, 2), b'abc'))
attempt(lambda: setitem(v, slice(0, 2), [1, 2]))
attempt(lambda: setitem(v, slice(0, 2), memoryview(b'ab').cast('b')))
attempt(lambda: setitem(v, slice(0, 8, 2), b'ab'))
attempt(lambda: delitem(v, 0))
attempt(lambda: delitem(v, slice(0, 2)))
ro = memoryview(b'abc')
attempt(lambda: setitem(ro, 0, 1))
attempt(lambda: setitem(ro, slice(0, 1), b'x'))
attempt(lambda: delitem(ro, 0))
attempt(lambda: setitem(memoryview(bytearray(b'ab')).toreadonly(), 0, 1))
attempt(lambda: setitem(m, 0, 2**40))
attempt(lambda: setitem(m, 0, 'x'))
attempt(lambda: setitem(m, slice(0, 2), b'\x00' * 8))
print(data, a)
