# While a view looks at a bytearray, the bytearray cannot change size.
def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except BufferError as e:
        print(label, type(e).__name__, e)

b = bytearray(b'abc')
m = memoryview(b)
attempt('append', lambda: b.append(1))
attempt('extend', lambda: b.extend(b'x'))
attempt('extend nothing', lambda: b.extend(b''))
attempt('pop', lambda: b.pop())
attempt('remove', lambda: b.remove(97))
attempt('insert', lambda: b.insert(0, 1))
attempt('clear', lambda: b.clear())
attempt('reverse', lambda: b.reverse())

def iadd():
    global b
    b += b'x'

def imul(n):
    def f():
        global b
        b *= n
    return f

attempt('+=', iadd)
attempt('*= 2', imul(2))
attempt('*= 1', imul(1))
b[0] = 65
print(b, m.tobytes())

# Each view counts, slices included; release() lets go.
s = m[1:]
m2 = memoryview(m)
m.release()
attempt('after one release', lambda: b.append(1))
s.release()
attempt('after two', lambda: b.append(1))
m2.release()
attempt('after all', lambda: b.append(100))
print(b)

# A view that dies lets go too.
v = memoryview(b)
attempt('with a view', lambda: b.append(1))
del v
attempt('view gone', lambda: b.append(101))

with memoryview(b) as w:
    attempt('inside with', lambda: b.extend(b'zz'))
attempt('after with', lambda: b.extend(b'zz'))
print(b)

# A cast or a read-only view counts as well.
c = memoryview(b).cast('c')
r = memoryview(b).toreadonly()
attempt('cast and readonly', lambda: b.pop())
del c
attempt('readonly still', lambda: b.pop())
r.release()
attempt('none left', lambda: b.pop())
print(b, len(b))

# Views of bytes and arrays do not stop the bytearray.
other = bytearray(b'12')
x = memoryview(b'12')
attempt('unrelated', lambda: other.append(51))
print(other)
