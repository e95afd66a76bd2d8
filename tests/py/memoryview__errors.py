# What memoryview refuses, and what a released view still allows.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: memoryview(1))
attempt(lambda: memoryview('abc'))
attempt(lambda: memoryview([1, 2]))
attempt(lambda: memoryview(None))
attempt(lambda: memoryview())
attempt(lambda: memoryview(b'', b''))
attempt(lambda: memoryview(object=b'a').tobytes())
attempt(lambda: memoryview(obj=b'a'))
attempt(lambda: hash(memoryview(bytearray(b'ab'))))
attempt(lambda: hash(memoryview(b'abcd').cast('h')))
attempt(lambda: memoryview(b'a') < memoryview(b'b'))
attempt(lambda: memoryview(b'a') + b'b')
attempt(lambda: memoryview(b'abc').tobytes('X'))
attempt(lambda: memoryview(b'abc').tobytes(1))
attempt(lambda: memoryview(b'abc').hex('ab'))
attempt(lambda: memoryview(b'abc').count)
attempt(lambda: memoryview.tobytes(b'abc'))

# release() and the with statement.
m = memoryview(b'abc')
m.release()
m.release()
print(repr(m).startswith('<released memory at 0x'))
for op in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m.obj,
           lambda: m.nbytes, lambda: m.format, lambda: m.shape, lambda: m.readonly, lambda: m.hex(),
           lambda: m.cast('B'), lambda: m[0:1], lambda: list(m), lambda: memoryview(m), lambda: bytes(m),
           lambda: hash(m), lambda: m.toreadonly(), lambda: m.__enter__()]:
    attempt(op)
print(m == m, m != memoryview(b'abc'))

with memoryview(bytearray(b'xyz')) as v:
    print(v.tobytes(), v.readonly)
attempt(lambda: v.tobytes())
print(repr(v).startswith('<released'))

# An exception inside the with still releases.
try:
    with memoryview(b'q') as q:
        raise KeyError('inside')
except KeyError as e:
    print('caught', e)
attempt(lambda: q[0])
