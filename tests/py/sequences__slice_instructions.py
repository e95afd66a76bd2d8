# `x[a:b]` and `x[a:b] = v` run as fused instructions: these pin what they must keep of the
# general path (a slice object for anything but ints and None, __index__, errors, identity
# of a whole immutable sequence, the order replaced items die in).
t = (1, 2, 3); s = "abcdé"; b = b"xy"; L = list(range(10))
print(t[:] is t, s[:] is s, b[:] is b, t[0:3] is t, s[::1] is s, s[0:5] is s)
print(L[2:5], L[::-1], L[::2], L[-3:], L[:-3], L[5:2], L[5:2:-1], L[100:], L[-100:2])
print(t[1:], t[::-1], s[1:3], s[::-1], s[::2], s[-2:], b[1:], bytearray(b"abc")[1:])

L2 = L[:]
L2[2:5] = (7,); print(L2)
L2[:0] = [1, 2]; print(L2)
L2[:] = L2; print(L2)
L2[::2] = range(len(L2[::2])); print(L2)
L2[1:3] = "ab"; print(L2)
L2[5:1] = [9]; print(L2)
L2[-2:] = []; print(L2)

try:
    L[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    L2[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    L2[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    L[1.5:2]
except TypeError as e:
    print("TypeError:", e)
try:
    t[1:2] = (1,)
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("__index__", self.n)
        return self.n


print(L[Index(1):Index(3)], s[Index(1):], t[::Index(-1)])
try:
    L[Index(1):3:0]
except ValueError as e:
    print("ValueError:", e)


class Recorder:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        print("set", k, v)


g = Recorder()
print(g[1:2], g[::3], g[1:2:3], g[:"x"])
g[1:] = 5
print(L[True:3], L[10**20:], L[-10**20:2])


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


items = [Noisy("a"), Noisy("b"), Noisy("c"), 4]
items[0:3] = [1]
print(items)


class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


class LL(list):
    pass


for o in (T((1, 2)), S("ab"), B(b"ab"), LL([1, 2])):
    r = o[:]
    print(type(r).__name__, r, r is o, o[0:1], type(o[::1]).__name__)
