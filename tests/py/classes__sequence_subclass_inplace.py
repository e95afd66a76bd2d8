# In-place operators on subclasses of list and bytearray: += extends through the inherited
# __iadd__ even when the class has its own __add__, while *= tries the class's own __mul__
# first and repeats in place only when that answers NotImplemented (as CPython 3.11 does).
class L(list):
    def __add__(self, other):
        print("L.__add__", other)
        return L(list(self) + list(other) + ["!"])

class N(list):
    def __add__(self, other):
        print("N.__add__", other)
        return NotImplemented

class M(list):
    def __mul__(self, n):
        print("M.__mul__", n)
        return "product"

class B(bytearray):
    def __add__(self, other):
        return "B.__add__"

class Plain(list):
    pass

class Own(list):
    def __add__(self, other):
        return "add"
    def __iadd__(self, other):
        return "iadd"

l = L([1]); k = l
l += [2]
print(type(l).__name__, l, l is k)
n = N([1]); k = n
n += [2]
print(type(n).__name__, n, n is k)
m = M([1]); m *= 2
print(m)
b = B(b"x"); b += b"y"
print(b)
p = Plain([1]); k = p; p += [2]
print(type(p).__name__, p, p is k)
o = Own(); o += [1]
print(o)
try:
    n2 = N([1]); n2 += 5
except TypeError as e:
    print("TypeError", e)
class B2(bytearray):
    def __mul__(self, n):
        return "B.__mul__"
class M2(list):
    def __mul__(self, n):
        return NotImplemented
class R2(list):
    def __rmul__(self, n):
        return "rmul"
b = B2(b"x"); b *= 2; print(b)
m = M2([1]); k = m; m *= 2; print(m, m is k)
r = R2([1]); r *= 2; print(r)
class A2(list):
    def __add__(self, o):
        return "add"
a = A2([1]); a += (2,); print(a)
