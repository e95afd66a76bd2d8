# Arithmetic edge cases: rounding modes, exponents and precision, special values, signed
# zeros, integer division and remainders, powers, the mathematical functions, and the other
# operations of the specification, with the flags each one raises.
from decimal import *

SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
           Inexact, Rounded, Clamped]


def run(label, f, ctx=None):
    ctx = ctx or getcontext()
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    else:
        r = repr(r)
    flags = [s.__name__ for s in SIGNALS if ctx.flags[s]]
    print('%-28s %s %s' % (label, r, ' '.join(flags)))


D = Decimal
quiet = Context(traps=[])
setcontext(quiet)

print('-- addition and precision')
for prec in (1, 3, 9, 28):
    quiet.prec = prec
    run('prec %d' % prec, lambda: D('123456789.987654321') + D('0.000000001'))
quiet.prec = 28
run('exponents kept', lambda: (D('1.30') + D('1.20'), D('1.30') * D('1.20'), D('100') - D('1E2')))
run('tiny addend', lambda: D('1E+30') + D('1E-30'))
run('cancel', lambda: (D('1.5') - D('1.5'), D('-1.5') + D('1.5'), D('-0') + D('0'), D('-0') - D('0')))
quiet.rounding = ROUND_FLOOR
run('cancel floor', lambda: (D('1.5') - D('1.5'), D('-0') + D('0'), -D('0'), +D('-0')))
quiet.rounding = ROUND_HALF_EVEN
run('unary', lambda: (-D('0'), +D('-0'), abs(D('-0.00')), -D('1.000'), +D('12345678901234567890123456789')))

print('-- rounding modes')
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]:
    c = Context(prec=2, rounding=mode, traps=[])
    vals = ['1.25', '1.35', '-1.25', '1.051', '-9.96', '0.0499', '1.00', '2.01', '5.01', '-0.551']
    print('%-16s' % mode, ' '.join(str(c.plus(D(v))) for v in vals))

print('-- overflow, underflow, subnormals, clamping')
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for v in ['999999', '9.996E+5', '1E+6', '-1E+6', '1.23E-6', '1.25E-8', '9E-9', '1E-10', '0E-20', '0E+20', '9.995E-6']:
    run(v, lambda: c.plus(D(v)), c)
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
    c.rounding = mode
    run('overflow ' + mode, lambda: (c.multiply(D('5E+5'), 10), c.multiply(D('-5E+5'), 10)), c)
c = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
run('clamp', lambda: (c.plus(D('1E+5')), c.plus(D('1.2E+4')), c.plus(D('0E+9'))), c)
run('normalize clamp', lambda: c.normalize(D('1.00E+5')), c)
run('subnormal class', lambda: [c.number_class(D(v)) for v in ['1E-6', '-1E-5', '0', '-Inf', 'NaN', 'sNaN']], c)
run('is_normal', lambda: (D('1E-6').is_normal(c), D('1E-6').is_subnormal(c), D('1').is_normal(c)), c)

print('-- special values')
inf, nan = D('Inf'), D('NaN')
run('inf arithmetic', lambda: (inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf, -inf * -2))
run('nan propagation', lambda: (nan + 1, D('NaN7') * D('-NaN8'), D(1) - D('-sNaN9'), D('NaN1') + D('sNaN2')))
run('nan comparisons', lambda: (nan == nan, nan != nan, D('NaN').compare(1), D(1).max(nan), D('sNaN').max(1)))
run('nan ordering', lambda: nan < 1)
run('snan equality', lambda: D('sNaN') == 1)
run('zero division', lambda: (D(1) / 0, D(-1) / D('-0'), D(0) / 0))
run('int division', lambda: (D(7) // 0, D(0) // 0, D(7) % 0, D(0) % 0, divmod(D(7), 0), divmod(D(0), 0)))
run('inf division', lambda: (inf // 3, 3 // inf, inf % 3, 3 % inf, divmod(inf, 3), divmod(3, -inf)))

print('-- integer division and remainder')
for a, b in [('7', '3'), ('-7', '3'), ('7', '-3'), ('-7', '-3'), ('7.5', '2'), ('10', '0.3'), ('-0', '5'), ('1E+30', '7'), ('1', '1E+30')]:
    x, y = D(a), D(b)
    run('%s %s' % (a, b), lambda: (x // y, x % y, divmod(x, y), x.remainder_near(y)))
run('division impossible', lambda: (D('1E+40') // 3, D('1E+40') % 3))
run('remainder_near', lambda: [D(v).remainder_near(D(10)) for v in ['15', '25', '-15', '14', '16', '-25']])

print('-- powers')
for base, exp in [('2', '10'), ('2', '-2'), ('-2', '3'), ('-2', '-3'), ('10', '0'), ('0', '0'), ('0', '-1'), ('-0', '3'),
                  ('1.000', '7'), ('1.0', '-3'), ('4', '0.5'), ('2', '0.5'), ('-4', '0.5'), ('1.1', '1E+3'),
                  ('10', '1E+10'), ('0.1', '1E+10'), ('Inf', '-2'), ('-Inf', '3'), ('2', 'Inf'), ('0.5', '-Inf'),
                  ('1', 'Inf'), ('1', '1.5'), ('3', '1.5'), ('9', '0.5'), ('100', '-1.5'), ('2.5', '2.0'), ('7', '-1')]:
    x, y = D(base), D(exp)
    run('%s ** %s' % (base, exp), lambda: x ** y)
run('pow mod', lambda: (quiet.power(D(3), 100, 7), quiet.power(D(-3), 3, 5), quiet.power(D(3), D('1.5'), 7), quiet.power(D(2), 10, 0), quiet.power(D(10), 2, D('1E+30'))))
run('pow mod 2', lambda: (quiet.power(D('1E+2'), D(3), 7), quiet.power(0, 0, 5), quiet.power(5, 0, 1), quiet.power(-7, 3, D(-5)), quiet.power(2, -1, 5)))
run('pow int operands', lambda: (2 ** D(3), D(2) ** 3, quiet.power(modulo=5, a=2, b=D(3))))

print('-- exp, ln, log10, sqrt')
for v in ['0', '1', '-1', '0.5', '2', '100', '1E-30', '-1E-30', '1E+3', '-1E+6', '1E+7', 'Inf', '-Inf', 'NaN']:
    x = D(v)
    run('exp %s' % v, lambda: x.exp())
for v in ['1', '2', '10', '0.1', '1E+100', '1.000000000001', '0.999999999999', '0', '-1', 'Inf', '1E-1000']:
    x = D(v)
    run('ln/log10 %s' % v, lambda: (x.ln(), x.log10()))
for v in ['0', '-0', '4', '0.04', '2', '1E+7', '1E-7', '0.0016', '-4', 'Inf', '100E-3', '25E+1']:
    x = D(v)
    run('sqrt %s' % v, lambda: x.sqrt())
with localcontext(prec=50):
    run('prec 50', lambda: (D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(2) ** D('0.25')))

print('-- quantize, integral values, normalize')
run('quantize', lambda: [D('1.41421356').quantize(D(q)) for q in ['1', '0.01', '1E+1', '1E-10']])
run('quantize big', lambda: D('123456789').quantize(D('0.00000000000000000001')))
run('quantize specials', lambda: (D('Inf').quantize(D('Inf')), D('1').quantize(D('Inf')), D('NaN').quantize(1)))
run('quantize rounding', lambda: [D('-2.5').quantize(D(1), rounding=m) for m in [ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN]])
run('same_quantum', lambda: (D('2.17').same_quantum(D('0.01')), D('1').same_quantum(D('1.0')), D('Inf').same_quantum(D('-Inf'))))
run('to_integral', lambda: [D(v).to_integral_value() for v in ['2.5', '3.5', '-2.5', '1E+3', '0.000', '-0.1']])
run('to_integral_exact', lambda: (D('2.5').to_integral_exact(ROUND_UP), D('7').to_integral_exact()))
run('normalize', lambda: [D(v).normalize() for v in ['1.200', '120E+2', '0.00', '-0E+5', '1E+30', 'NaN', '123.4567']])

print('-- other operations')
run('compare', lambda: (D(1).compare(2), D(2).compare(D('2.0')), D(3).compare(-3), D('NaN').compare_signal(1)))
run('compare_total', lambda: [D(a).compare_total(D(b)) for a, b in [('12.0', '12'), ('-NaN', 'NaN'), ('sNaN', 'NaN'), ('-Inf', '-0'), ('NaN2', 'NaN10')]])
run('compare_total_mag', lambda: (D('-3').compare_total_mag(D('2')), D('-0').compare_total_mag(D('0'))))
run('max/min', lambda: (D(1).max(D('1.0')), D(-0).min(D('0')), D(3).max_mag(D(-5)), D(-2).min_mag(D(2)), max(D(1), D('0.5'))))
run('next', lambda: (D(1).next_plus(), D(1).next_minus(), D(0).next_toward(1), D('-Inf').next_plus(), D(5).next_toward(D('5.0'))))
with localcontext(prec=3, Emin=-5, Emax=5) as ctx:
    run('next subnormal', lambda: (D('1E-7').next_minus(), D(0).next_toward(D(-1)), D('999E+3').next_toward(D('Inf'))), ctx)
run('fma', lambda: (D(2).fma(3, 5), D('1E+30').fma(D('1E+30'), D(-1)), D('Inf').fma(0, 1), D(1).fma(D('NaN'), D('sNaN'))))
run('logb/scaleb', lambda: (D('250').logb(), D('0.03').logb(), D(0).logb(), D('7.50').scaleb(3), D(1).scaleb(D('1.5'))))
run('shift/rotate', lambda: (D(123456).shift(3), D(123456).shift(-2), D(123456).rotate(2), D(123456).rotate(-2), D(1).shift(30)))
run('logical', lambda: (D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)), D(101).logical_invert()))
run('logical invalid', lambda: D(12).logical_and(D(10)))
run('copies', lambda: (D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-0')), D('NaN').copy_sign(-1)))
run('adjusted etc', lambda: (D('123.45').adjusted(), D('0.001').adjusted(), D('Inf').adjusted(), D(5).radix(), D(1).canonical()))
run('predicates', lambda: [(D(v).is_finite(), D(v).is_nan(), D(v).is_qnan(), D(v).is_snan(), D(v).is_signed(), D(v).is_zero(), D(v).is_infinite()) for v in ['-0', 'NaN', '-sNaN', 'Inf', '2']])
run('context ops', lambda: (quiet.add(1, 2), quiet.divide(1, 8), quiet.power(2, 100), quiet.power(3, 4, 5), quiet.divmod(7, 2), quiet.sqrt(2)))
run('context conversion', lambda: quiet.add(1, 1.5))
