# Every arithmetic method of Context, applied to Decimals and ints, and the matching Decimal
# methods taking a context argument.
from decimal import Decimal, Context, ROUND_UP, ROUND_HALF_DOWN, Inexact, Rounded, InvalidOperation

c = Context(prec=6, rounding=ROUND_HALF_DOWN, Emin=-20, Emax=20, traps=[])
D = Decimal
xs = [D('12.345678'), D('-0.5'), D('0'), D(7), D('1E+3'), D('-Inf'), D('NaN')]

unary = ['abs', 'plus', 'minus', 'exp', 'ln', 'log10', 'sqrt', 'logb', 'normalize', 'next_plus',
         'next_minus', 'to_integral', 'to_integral_value', 'to_integral_exact', 'number_class',
         'to_sci_string', 'to_eng_string', 'copy_abs', 'copy_negate', 'copy_decimal', 'is_finite',
         'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero', 'is_normal',
         'is_subnormal', 'canonical', 'is_canonical', '_apply']
for name in unary:
    row = []
    for x in xs:
        c.clear_flags()
        try:
            r = getattr(c, name)(x)
        except Exception as e:
            r = type(e).__name__
        row.append(str(r) + ('*' if c.flags[Inexact] else ''))
    print('%-18s %s' % (name, '  '.join(row)))

binary = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
          'divmod', 'power', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag',
          'max', 'min', 'max_mag', 'min_mag', 'next_toward', 'quantize', 'same_quantum',
          'copy_sign', 'scaleb']
pairs = [(D('12.345678'), D('0.01')), (D(10), 3), (7, D('-2')), (D('-0.5'), D('0.5')),
         (D('1E+3'), D('-Inf')), (D(2), D('NaN'))]
for name in binary:
    row = []
    for a, b in pairs:
        c.clear_flags()
        try:
            r = getattr(c, name)(a, b)
        except Exception as e:
            r = type(e).__name__
        if isinstance(r, tuple):
            r = '(%s,%s)' % r
        row.append(str(r) + ('!' if c.flags[InvalidOperation] else ''))
    print('%-18s %s' % (name, '  '.join(row)))

for a, b in [(1010, 110), (D(1111), 1), (12, 1)]:
    print('logical', a, b, c.logical_and(a, b), c.logical_or(a, b), c.logical_xor(a, b), c.logical_invert(a))
print('shift/rotate', c.shift(123456, 2), c.shift(123456, -2), c.rotate(123456, 2), c.rotate(123456, -1))
print('fma', c.fma(2, 3, 4), c.fma(D('1.23456'), D('9.87654'), D('-12')), c.power(2, 10, 1000), c.power(a=3, b=4))
print('misc', c.radix(), c.Etiny(), c.Etop(), c.create_decimal('1.2345678'), c.create_decimal_from_float(0.25))

# The same through Decimal methods with an explicit context.
x = D('2.7182818')
print(x.exp(c), x.ln(c), x.log10(c), x.sqrt(c), x.logb(c), x.next_plus(c), x.next_minus(c))
print(x.quantize(D('0.01'), ROUND_UP, c), x.to_integral_value(ROUND_UP, c), x.to_integral_exact(context=c))
print(x.compare(3, c), x.max(3, c), x.min(3, c), x.fma(2, 1, c), x.scaleb(-2, c), x.remainder_near(1, c))
print(x.number_class(c), x.is_normal(c), x.is_subnormal(c), D('1E-22').is_subnormal(c), x.to_eng_string(c))
print(c)
