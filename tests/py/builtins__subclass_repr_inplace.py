# Subclasses of bytearray, array and set: built and filled as CPython does (bytearray's
# __init__ runs after __new__), named in their repr and str, changed in place by += and *=.
import array
class S(bytearray):
    def __repr__(self): return "R"
class T(bytearray):
    def __init__(self, n, fill):
        super().__init__(bytes([fill]) * n)
class A(array.array): pass
class B(array.array):
    def __repr__(self): return "RB"
s = S(b"x")
print(str(s), repr(s), f"{s}", [s])
t = T(3, 65)
print(t, len(t), t[0], t.decode())
a = A('i', [1, 2])
print(a, repr(a), str(B('b', [1])), repr(B('b')))
t[0:1] = b"zz"; del t[-1]; t += b"!"; print(t, type(t).__name__)
t *= 2; print(t, type(t).__name__, t * 2, b"x" + t)
print(isinstance(t, bytearray), bytearray(t), bytes(t), t == bytearray(b"zzA!zzA!"), hash(b"a") == hash(bytes(b"a")))
m = memoryview(t); print(m[0], bytes(m[:2]))
x = type("Sub", (bytearray,), {})(b"abc"); x[0:1] = b"ZZ"; del x[-1]; print(x, len(x), x + b"!", x.upper())
class Tags(set): pass
class Frozen(frozenset): pass
print(Tags(), Tags("a"), repr(Frozen("b")), Frozen(), str(Tags([1])), f"{Tags([2])}", [Frozen([3])])
