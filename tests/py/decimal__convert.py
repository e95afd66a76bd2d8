# Conversions: construction from strings, ints, floats, tuples and Decimals, create_decimal,
# from_float; back to int, float, round(), math functions, tuples and ratios; hashing and
# comparisons with ints, floats, Fractions and complex numbers; subclasses and numbers ABCs.
import math
import numbers
from fractions import Fraction
from decimal import *

D = Decimal


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', '%s: %s' % (type(e).__name__, e))
    else:
        print(label, '->', repr(r))


print('-- from strings')
for s in ['1.50', '-0', '+.5', '5.', '1e3', '1E-3', '1_000_000', ' 42 ', '\t-7.25\n', 'nan', 'NaN000123', '-sNaN',
          'inf', '-INFINITY', 'Infinity ', '١٢٣.٤', '\u20031.5\u2003', '1e+0003', '000.000', '0E+999999999999999999',
          '', ' ', 'abc', '1.2.3', '1e', 'e5', '.', '1 000', 'infinit', 'NaN1.5', '+-1', '1e1.5', '10x', '1\x00']:
    attempt(repr(s), lambda: D(s))
attempt('exponent range', lambda: D('1E+1000000000000000000'))
attempt('long coefficient', lambda: D('12345678901234567890123456789012345678901234567890'))
attempt('many digits', lambda: len(str(D('9' * 5000 + 'E-2500'))))

print('-- other sources')
for v in [0, -12345, 10 ** 30, True, 0.1, -0.0, 1e300, 5e-324, float('nan'), float('-inf'), D('1.20'),
          (0, (1, 2, 3), -2), (1, (), 0), [1, [4, 5], 3], (0, (), 'F'), (1, (1, 2), 'n'), (0, (7,), 'N')]:
    attempt('D(%r)' % (v,), lambda: D(v))
for v in [(0, (1, 2)), (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0, 'ab', 0),
          b'1', 1j, Fraction(1, 2), None, object]:
    attempt('D(%r)' % (v,), lambda: D(v))
attempt('D() default', lambda: D())
attempt('keyword', lambda: D(value='2.5', context=Context(prec=1)))
attempt('bad context', lambda: D('1', 'ctx'))
print(D(D('3.0')) is not None, D('7') is D('7'), repr(D.from_float(0.1)), repr(D.from_float(5)), repr(D.from_float(-0.0)))
attempt('from_float str', lambda: D.from_float('1.5'))
c = Context(prec=5, traps=[])
for v in ['3.14159265', '  1.5', '1_0', 12345678, -0.1, (1, (9, 9, 9, 9, 9, 9), 0), D('NaN123456'), D('7.123456'),
          'NaN1234', 'NaN123456']:
    attempt('create_decimal(%r)' % (v,), lambda: c.create_decimal(v))
print(c.flags[InvalidOperation], c.flags[FloatOperation], c.flags[Inexact])
attempt('create_decimal_from_float', lambda: (c.create_decimal_from_float(0.1), c.create_decimal_from_float(10)))
attempt('create_decimal_from_float str', lambda: c.create_decimal_from_float('0.1'))

print('-- to numbers')
for v in ['7.9', '-7.9', '2.5', '-2.5', '3.5', '0.0001', '-0', '1E+3', '12345678901234567890123456.5']:
    d = D(v)
    print(v, int(d), math.trunc(d), math.floor(d), math.ceil(d), round(d), repr(round(d, 1)), repr(round(d, -1)),
          repr(float(d)), complex(d))
for v in ['NaN', '-sNaN', 'Inf', '-Inf']:
    d = D(v)
    for f in [int, float, round, math.floor, math.ceil, lambda x: round(x, 2), lambda x: x.as_integer_ratio()]:
        attempt('%s %s' % (v, getattr(f, '__name__', 'lambda')), lambda: f(d))
attempt('round 2.5 arg', lambda: round(D('2.5'), 1.0))
attempt('round too fine', lambda: round(D('1.5'), 30))
attempt('round long', lambda: (int(D('123456789012345678901234567890.5')), round(D('123456789012345678901234567890.5'))))
attempt('round long 1', lambda: round(D('123456789012345678901234567890.5'), 1))
print(D('-1.25').as_integer_ratio(), D('0.000').as_integer_ratio(), D('12E+3').as_integer_ratio(), D('2.50').as_integer_ratio())
for v in ['1.50', '-0', '-Inf', 'NaN', 'sNaN12', '12E+3', '0E-5']:
    t = D(v).as_tuple()
    print(v, t, t.sign, t.digits, t.exponent, repr(D(t)))
print(math.sqrt(D(2)), math.isclose(D('0.1'), 0.1), sum([D('0.1')] * 10), abs(D('-2')), divmod(D(7), 2))

print('-- hashing')
for v in ['1', '1.0', '-1', '0', '-0', '0.5', '1.5', '-2.25', '1E+20', '123.456', '1E-20', '0.1', 'Inf', '-Inf']:
    d = D(v)
    x = float(d)
    print(v, hash(d), hash(d) == hash(x) if x == d else '-', hash(d) == hash(int(d)) if d == d.to_integral() and d.is_finite() else '-')
print(hash(D('1.5')) == hash(Fraction(3, 2)), len({D('1'), D('1.0'), D('1.00'), 1, 1.0}), {D('0.5'): 'half'}[D('0.50')])
attempt('hash sNaN', lambda: hash(D('sNaN')))
n = D('NaN')
print(hash(n) == hash(n))

print('-- comparisons')
pairs = [(D('1.0'), 1), (D('1.5'), 1.5), (D('0.1'), 0.1), (D('0.5'), Fraction(1, 2)), (D('0.3'), Fraction(1, 3)),
         (D('-1'), -1.0), (D('Inf'), float('inf')), (D('1E+1000'), 10 ** 1000), (D('-0'), 0)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, b == a, a != b, a < b, a <= b, a > b, a >= b, b < a)
print(D(2) == 2 + 0j, D(2) != 2 + 0j, D(1) == 1 + 1j, D(1) != 1 + 1j, D(1) == 'a', D(1) != None, D(2) in [1, 2.0, 3], sorted([D(3), 1, 2.5, Fraction(7, 4)]))
attempt('order with nan', lambda: D('NaN') > 0)
print(min(D('1.0'), D('1')), max(D('1'), D('1.0')), D('1.0') == D('1.00'), D('-0') == D('0'))
ctx = getcontext()
ctx.clear_flags()
print(D(1) == 1.0, ctx.flags[FloatOperation])
ctx.traps[FloatOperation] = True
print(D(1) == 1.0, D(1) != 0.5)
attempt('ordering float trapped', lambda: D(1) < 1.5)
attempt('construct float trapped', lambda: D(1.5))
print(repr(D.from_float(1.5)))
ctx.traps[FloatOperation] = False

print('-- types')
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), isinstance(D(1), numbers.Rational))
print(D('2.5').real, D('2.5').imag, D('2.5').conjugate(), type(D(1).real).__name__)


class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % self

    def double(self):
        return Money(self * 2)


m = Money('1.25')
print(repr(m), type(m).__name__, m.double(), type(m + 1).__name__, type(-m).__name__, isinstance(m, Decimal))
print(repr(Money.from_float(0.5)), type(Money(D('1.5'))).__name__, Money('3') == D(3), hash(Money('3')) == hash(3))
print(type(copy := m.__copy__()).__name__, m.__reduce__())
print(Fraction(D('1.25')), Fraction.from_decimal(D('-0.5')), Fraction(D('1E+3')))
