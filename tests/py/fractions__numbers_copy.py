# Fraction in the numeric tower, subclassing, copying, and mixing with another Rational type.
from fractions import Fraction
import copy
import numbers

f = Fraction(3, 8)
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Real), isinstance(f, numbers.Number),
      isinstance(f, numbers.Integral), issubclass(Fraction, numbers.Complex))
print(Fraction.__name__, Fraction.__module__, Fraction.__add__.__name__, Fraction.__rtruediv__.__name__)
print(sorted(n for n in ('_numerator', '_denominator') if n in Fraction.__slots__))
try:
    f.extra = 1
except AttributeError:
    print('no __dict__')

# Copies of a plain Fraction are the object itself; subclass instances are rebuilt.
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f, f])[0] is f)
print(f.__reduce__())


class Money(Fraction):
    def __repr__(self):
        return 'Money(%s)' % self


m = Money(250, 100)
c = copy.copy(m)
print(repr(m), repr(c), type(c).__name__, c is m, c == m)
print(repr(copy.deepcopy(m)), m.__reduce__()[0].__name__)
# Arithmetic and unary plus return plain Fractions.
print(repr(m + 1), repr(+m), repr(-m), repr(m * m), type(abs(m)).__name__)
print(Money('1.25') < m, hash(m) == hash(Fraction(5, 2)))


# Another Rational type: Fraction computes exactly with it in both directions.
class Ratio(numbers.Rational):
    def __init__(self, n, d):
        self.n, self.d = n, d

    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)

    def _nope(self, *args):
        return NotImplemented

    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _nope
    __pow__ = __rpow__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _nope
    __lt__ = __le__ = __neg__ = __pos__ = __abs__ = __trunc__ = __floor__ = __ceil__ = _nope
    __round__ = __eq__ = _nope
    __hash__ = None


r = Ratio(1, 4)
print(repr(Fraction(r)), repr(Fraction(r, r)), repr(Fraction(3, r)))
print(repr(r + f), repr(r - f), repr(r * f), repr(r / f), repr(r // f), repr(r % f))
print(f == r, f > r, f <= r, repr(r ** Fraction(1, 2)))
# Fraction's forward methods only handle int, Fraction, float and complex themselves.
for op in (lambda: f + r, lambda: r ** Fraction(2)):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)


# A float subclass goes through the float path.
class MyFloat(float):
    pass


print(repr(Fraction(1, 2) + MyFloat(0.25)), repr(MyFloat(0.25) + Fraction(1, 2)), repr(Fraction(MyFloat(0.5))))


# An int subclass is a Rational and is taken exactly.
class MyInt(int):
    pass


print(repr(Fraction(MyInt(6), MyInt(4))), repr(Fraction(MyInt(7))), repr(Fraction(1, 3) + MyInt(1)))
