# Conversions (str, repr, int, float, math functions), rounding and limit_denominator.
from fractions import Fraction as F
import math

for f in [F(7, 2), F(-7, 2), F(5), F(-5), F(0), F(1, 3), F(-1, 3)]:
    print(repr(f), str(f), f'{f}', int(f), float(f), math.trunc(f), math.floor(f), math.ceil(f),
          round(f), f.as_integer_ratio())
big = F(10**25, 3)
print(repr(big), int(big), math.trunc(big), round(big), round(-big), big.__floor__(), big.__ceil__())

# float() rounds correctly, even for huge numerators and denominators.
print(float(F(1, 3)), float(F(2, 3)), float(F(10**400 + 1, 10**399)), float(F(1, 10**400)))
print(float(F(3**200, 2**300)), float(F(2**53 + 1, 1)), float(F(-(2**54) - 3, 2)))
try:
    float(F(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
print(math.sqrt(F(9, 4)), math.isclose(F(1, 3), 1 / 3), math.fsum([F(1, 10)] * 10), math.exp(F(0)))

# round() with no digits: to the nearest int, halves to even.
print([round(F(n, 2)) for n in range(-7, 8)])
print([round(F(n, 4)) for n in range(-6, 7)])
print(type(round(F(5, 2))).__name__)

# round() with ndigits gives a Fraction, also rounding halves to even.
for f, nd in [(F(25, 1000), 2), (F(35, 1000), 2), (F(-25, 1000), 2), (F(1, 3), 3), (F(2, 3), 0),
              (F(1234567, 10), -2), (F(1250), -2), (F(1350), -2), (F(-150), -2), (F(7, 2), 0), (F(5, 2), 0)]:
    r = round(f, nd)
    print(f, nd, repr(r), type(r).__name__)

# int() uses __index__ on the result; it truncates toward zero.
print(int(F(-1, 2)), int(F(1, 2)), int(F(-10**30 - 1, 10**10)))

# limit_denominator: the closest fraction with a bounded denominator.
pi = F('3.141592653589793')
for m in [1, 2, 7, 10, 100, 1000, 10**6]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(F(4321, 8765).limit_denominator(10000)), repr(F(-4321, 8765).limit_denominator(100)))
print(repr(F(1.1).limit_denominator()), repr(F(0.3).limit_denominator(10)), repr(F(-0.3).limit_denominator(10)))
print(repr(F(3, 2).limit_denominator(1)), repr(F(5, 2).limit_denominator(1)), repr(F(-5, 2).limit_denominator(1)))
print(repr(F(1, 3).limit_denominator(2)), repr(F(10**20 + 1, 10**20).limit_denominator(10**19)))
print(repr(F(math.e).limit_denominator(1000)), repr(F(math.sqrt(2)).limit_denominator(10**4)))
for bad in [0, -5]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print(type(e).__name__, e)

# The numbers-tower attributes.
f = F(-3, 4)
print(f.real, f.imag, f.conjugate(), repr(f.real), f.numerator, f.denominator)
try:
    f.numerator = 5
except AttributeError as e:
    print(type(e).__name__)
