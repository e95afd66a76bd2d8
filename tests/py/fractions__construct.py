# Building Fractions: ints, pairs, other Rationals, floats (exactly) and strings.
from fractions import Fraction

print(Fraction(16, -10))
print(Fraction(123))
print(Fraction())
print(repr(Fraction('3/7')))
print(repr(Fraction(' -3/7 ')))
print(repr(Fraction('1.414213 \t\n')))
print(repr(Fraction('-.125')))
print(repr(Fraction('7e-6')))
print(repr(Fraction(2.25)))
print(repr(Fraction(1.1)))
print(repr(Fraction(Fraction(1, 7), 5)))
print(repr(Fraction(Fraction(1, 7), Fraction(2, 3))))
print(repr(Fraction(True)), repr(Fraction(False, True)))

# Normalisation and the sign live in the numerator.
for n, d in [(6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (0, -5), (10**30, 10**28), (7, 1)]:
    f = Fraction(n, d)
    print(n, d, '->', f.numerator, f.denominator, f.as_integer_ratio())

# Strings: sign, whitespace, decimal point, exponent, underscores between digits.
for s in ['3/4', ' -1.5e3 ', '1_000/3', '3.1415', '-47e-2', '.5', '5.', '+7', '1.e5', '1E+2',
          '1.5E+2_0', '1.0_0e-1_0', '00012/0003', '\u2003 1/2\n', '0.000', '-0', '12_345.678_9']:
    print(repr(s), repr(Fraction(s)))

for s in ['1 /2', '1/ 2', '', ' ', '.', '+', '1_', '_1', '1__0', '1.5_', 'e5', '1e', '1e+',
          '1/-2', '1.2/3', '1/2.5', 'inf', 'nan', '0x10', '1/', '/2', '- 1', '1.5.2', '1.5e2.0',
          '1.d', '1.D', '3/4j']:
    try:
        print(repr(s), Fraction(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

# Zero denominators name the numerator as given (after parsing).
for args in [(1, 0), (-5, 0), (0, 0), ('1/0',), ('-7/0',), (Fraction(3, 2), 0),
             (Fraction(1, 2), Fraction(0))]:
    try:
        Fraction(*args)
    except ZeroDivisionError as e:
        print(args, type(e).__name__, e)

# Types it refuses.
for args in [(1.5, 2), (1, 2.0), ('1', 2), (None,), ([1],), (1j,), (3, None, None)]:
    try:
        Fraction(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# Floats must be finite.
for x in [float('nan'), float('inf'), float('-inf')]:
    try:
        Fraction(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        Fraction.from_float(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(repr(Fraction.from_float(0.1)), repr(Fraction.from_float(-2.5)), repr(Fraction.from_float(3)))
print(repr(Fraction.from_float(1e-300)) == repr(Fraction(1e-300)))
for bad in ['0.1', Fraction(1, 2), None]:
    try:
        Fraction.from_float(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# A subclass keeps its class through construction and classmethods.
class MyFraction(Fraction):
    pass

m = MyFraction(3, 6)
print(type(m).__name__, repr(m), repr(MyFraction.from_float(0.75)), repr(MyFraction('2/8')))
