# numbers: subclassing the ABCs, the concrete mixin methods, and abstract-class refusals.
import numbers


class Natural(numbers.Integral):
    """A tiny wrapper around a non-negative int, implementing all of Integral."""

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Natural({self.v})"

    def __int__(self): return self.v
    def __add__(self, o): return Natural(self.v + int(o))
    def __radd__(self, o): return Natural(int(o) + self.v)
    def __neg__(self): return -self.v
    def __pos__(self): return Natural(self.v)
    def __mul__(self, o): return Natural(self.v * int(o))
    def __rmul__(self, o): return Natural(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return Natural(pow(self.v, int(e), m))
    def __rpow__(self, b): return Natural(int(b) ** self.v)
    def __abs__(self): return Natural(self.v)
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Natural(self.v // int(o))
    def __rfloordiv__(self, o): return Natural(int(o) // self.v)
    def __mod__(self, o): return Natural(self.v % int(o))
    def __rmod__(self, o): return Natural(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __lshift__(self, o): return Natural(self.v << int(o))
    def __rlshift__(self, o): return Natural(int(o) << self.v)
    def __rshift__(self, o): return Natural(self.v >> int(o))
    def __rrshift__(self, o): return Natural(int(o) >> self.v)
    def __and__(self, o): return Natural(self.v & int(o))
    def __rand__(self, o): return Natural(int(o) & self.v)
    def __xor__(self, o): return Natural(self.v ^ int(o))
    def __rxor__(self, o): return Natural(int(o) ^ self.v)
    def __or__(self, o): return Natural(self.v | int(o))
    def __ror__(self, o): return Natural(int(o) | self.v)
    def __invert__(self): return ~self.v


n = Natural(7)
print(isinstance(n, numbers.Integral), isinstance(n, numbers.Real), isinstance(n, int))
# Concrete methods inherited from the ABCs.
print(n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(float(n), n.__complex__(), bool(n), bool(Natural(0)))
print(divmod(n, 2), divmod(20, n), n - 2, 10 - n)
print([10, 20, 30, 40, 50, 60, 70, 80][n], list(range(10))[Natural(2):Natural(4)], bin(n))
print(n.__index__(), n.__float__())


class Ratio(numbers.Rational):
    def __init__(self, p, q):
        self.p, self.q = p, q

    numerator = property(lambda self: self.p)
    denominator = property(lambda self: self.q)


# Only partly implemented: still abstract.
try:
    Ratio(1, 2)
except TypeError as e:
    print(type(e).__name__, str(e).split(" with ")[0])


class Half:
    numerator = 1
    denominator = 2


print(numbers.Rational.__float__(Half()), numbers.Real.__complex__(2.5))


class MyNumber(numbers.Number):
    pass


m = MyNumber()
print(isinstance(m, numbers.Number), isinstance(m, numbers.Complex))
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)


class Partial(numbers.Real):
    def __float__(self):
        return 1.0


try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


class Incomplete(numbers.Integral):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__))
