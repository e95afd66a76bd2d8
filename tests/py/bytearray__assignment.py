# bytearray's item and slice assignment and deletion: simple slices resize, extended ones take
# as many bytes as they select (or none, to delete); what may be assigned and appended;
# no resizing while a memoryview looks at it.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"hello")
t(lambda: ba.extend([300]))
t(lambda: ba.extend(['a']))
t(lambda: ba.extend(5))
t(lambda: ba.extend("ab"))
t(lambda: ba.extend(None))
def s(k, v):
    b = bytearray(b"0123456789")
    b[k] = v
    return b
def d(k):
    b = bytearray(b"0123456789")
    del b[k]
    return b
t(lambda: s(slice(1, 3), b"AB"))
t(lambda: s(slice(1, 3), b""))
t(lambda: s(slice(1, 3), [65, 66, 67]))
t(lambda: s(slice(3, 1), b"XY"))
t(lambda: s(slice(None, None, 2), b"abcde"))
t(lambda: s(slice(None, None, 2), b"abc"))
t(lambda: s(slice(None, None, 2), b""))
t(lambda: s(slice(None, None, -3), b"wxyz"))
t(lambda: s(slice(1, 3), 5))
t(lambda: s(slice(1, 3), "ab"))
t(lambda: s(slice(1, 3), [300]))
t(lambda: s(slice(1, 3), ["a"]))
t(lambda: s(slice(1, 3), None))
t(lambda: s(slice(1, 3), memoryview(b"zz")))
t(lambda: s(slice(1, 3), bytearray(b"q")))
t(lambda: s(1, b"a"))
t(lambda: s(1, 300))
t(lambda: s(1, "a"))
t(lambda: s(20, 1))
t(lambda: s("x", 1))
t(lambda: d(1))
t(lambda: d(-1))
t(lambda: d(20))
t(lambda: d(slice(2, 5)))
t(lambda: d(slice(None, None, 3)))
t(lambda: d(slice(None, None, -2)))
t(lambda: d("x"))
b = bytearray(b"abc"); b[:] = b; print(b)
b = bytearray(b"abc"); b[1:1] = b; print(b)
b = bytearray(b"abc"); m = memoryview(b)
t(lambda: b.__setitem__(slice(0, 1), b"xy"))
t(lambda: b.__setitem__(slice(0, 1), b"x"))
t(lambda: b.__delitem__(0))
t(lambda: b.__delitem__(slice(0, 0)))
t(lambda: b.__setitem__(slice(None, None, 2), b""))
m.release(); print(b)
