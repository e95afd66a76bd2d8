# Signals and traps: which exception is raised, the list of signals it carries, flags that
# are set even when the operation raises, and the errors of bad arguments.
from decimal import *

ALL = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
       Rounded, Clamped]
D = Decimal


def trial(label, f, traps):
    ctx = Context(prec=5, Emax=10, Emin=-10, traps=traps)
    setcontext(ctx)
    try:
        r = f()
    except DecimalException as e:
        out = '%s%s' % (type(e).__name__, e)
    else:
        out = repr(r)
    flags = [s.__name__ for s in ALL if ctx.flags[s]]
    print('%-22s %s | %s' % (label, out, ' '.join(flags)))


cases = [
    ('bad string', lambda: D('1.2.3')),
    ('float construction', lambda: D(0.5)),
    ('float ordering', lambda: D(1) < 0.5),
    ('1/0', lambda: D(1) / 0),
    ('0/0', lambda: D(0) / 0),
    ('1//0', lambda: D(1) // 0),
    ('1%0', lambda: D(1) % 0),
    ('divmod 1,0', lambda: divmod(D(1), 0)),
    ('inexact', lambda: D(1) / 3),
    ('rounded only', lambda: D('1.00000000') + 0),
    ('overflow', lambda: D('9E+10') * 10),
    ('underflow', lambda: D('1E-10') / 1000),
    ('subnormal exact', lambda: D('1E-12') + 0),
    ('clamped', lambda: D('0E-20') + 0),
    ('sqrt(-1)', lambda: D(-1).sqrt()),
    ('sNaN', lambda: D('sNaN') + 1),
    ('impossible', lambda: D('1E+9') // D('0.001')),
    ('quantize', lambda: D('123456').quantize(D('0.1'))),
    ('ln(0)', lambda: D(0).ln()),
    ('logb(0)', lambda: D(0).logb()),
    ('exp overflow', lambda: D(100).exp()),
]
trap_sets = [
    ('default', [InvalidOperation, DivisionByZero, Overflow]),
    ('none', []),
    ('all', ALL),
    ('inexact+rounded', [Inexact, Rounded]),
    ('subnormal+clamped', [Subnormal, Clamped, Underflow]),
]
for tname, traps in trap_sets:
    print('== traps:', tname)
    for label, f in cases:
        trial(label, f, traps)

print('== catching by base class')
setcontext(Context())
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D('x'), lambda: D(-4).sqrt()]:
    try:
        f()
    except ZeroDivisionError as e:
        print('ZeroDivisionError', type(e).__name__, e.args)
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__, e.args, isinstance(e, InvalidOperation))
getcontext().traps[FloatOperation] = True
try:
    D(1) + D(1.5)
except TypeError as e:
    print('TypeError', type(e).__name__, e)

print('== argument errors')
setcontext(Context())


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print('%-24s %s: %s' % (label, type(e).__name__, e))
    else:
        print('%-24s %r' % (label, r))


x = D('1.5')
attempt('add float', lambda: x + 1.5)
attempt('radd float', lambda: 2.5 + x)
attempt('sub complex', lambda: x - 1j)
attempt('mul float', lambda: x * 0.1)
attempt('div float', lambda: 1.0 / x)
attempt('pow float', lambda: x ** 0.5)
attempt('rpow float', lambda: 2.0 ** x)
attempt('divmod float', lambda: divmod(x, 2.0))
attempt('floordiv float', lambda: x // 2.0)
attempt('mod float', lambda: 7.5 % x)
attempt('quantize float', lambda: x.quantize(0.1))
attempt('compare str', lambda: x.compare('1'))
attempt('max None', lambda: x.max(None))
attempt('fma float', lambda: x.fma(2, 0.5))
attempt('context arg', lambda: x.sqrt(context=5))
attempt('rounding arg', lambda: x.quantize(D(1), rounding='ROUND_SOMETIMES'))
attempt('to_integral rounding', lambda: x.to_integral_value(rounding=ROUND_UP))
attempt('ctx.add float', lambda: getcontext().add(x, 0.5))
attempt('ctx.power str', lambda: getcontext().power('2', 3))
attempt('ctx.is_canonical int', lambda: getcontext().is_canonical(5))
attempt('ctx.canonical', lambda: getcontext().canonical(x))
attempt('ctx.copy_decimal', lambda: getcontext().copy_decimal(7))
attempt('ctx._apply', lambda: Context(prec=2)._apply(D('1.2345')))
attempt('unknown attribute', lambda: x.foo)
attempt('unknown ctx attribute', lambda: getcontext().foo)
attempt('hash snan', lambda: hash(D('-sNaN')))
attempt('scaleb non-int', lambda: x.scaleb(D('1.5')))
attempt('shift too far', lambda: x.shift(100))
attempt('int(NaN)', lambda: int(D('NaN')))
attempt('nan compare', lambda: D('NaN') >= 1)
attempt('eq snan', lambda: D('sNaN') == D('sNaN'))
attempt('ne nan', lambda: D('NaN') != D('NaN'))
