# Context objects: settings and their checks, flags and traps mappings, the templates,
# getcontext/setcontext/localcontext, copying and pickling, and the signal classes.
import copy
import pickle
import decimal
from decimal import *


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ->', repr(r))


print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-20, Emax=20, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero, Overflow])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop(), repr(c.radix()))
print(repr(Context()), Context(7, ROUND_UP, -9, 9, 1, 0, [], []))

print('bad settings:')
for kwargs in [dict(prec=0), dict(prec=-3), dict(prec='5'), dict(prec=2.5), dict(Emin=1), dict(Emax=-1),
               dict(rounding='ROUND_SIDEWAYS'), dict(rounding=3), dict(capitals=2), dict(clamp=-1),
               dict(traps=[ZeroDivisionError]), dict(traps={Inexact: True}), dict(traps=7),
               dict(flags=[ConversionSyntax]), dict(precision=3), dict(prec=MAX_PREC),
               dict(Emax=MAX_EMAX, Emin=MIN_EMIN)]:
    print(kwargs)
    attempt(lambda: Context(**kwargs))
for name, value in [('prec', 0), ('Emin', 5), ('Emax', -5), ('rounding', None), ('capitals', 5),
                    ('clamp', 3), ('prec', 9)]:
    print('set', name, value)
    attempt(lambda: setattr(c, name, value))
attempt(lambda: delattr(c, 'prec'))
print(c.prec)

print('flags and traps:')
c = Context(traps=[InvalidOperation], flags=[Rounded, DivisionByZero])
print(c.traps)
print(c.flags)
print(list(c.flags), len(c.flags), c.flags[Rounded], c.flags[Inexact], Rounded in c.flags)
print(c.flags.copy())
print(sorted(k.__name__ for k, v in c.traps.items() if v), c.flags.get(Clamped), c.flags.get(DivisionByZero))
c.flags[Clamped] = 1
c.flags[Rounded] = False
c.traps[Inexact] = True
print(c)
attempt(lambda: c.flags[ConversionSyntax])
attempt(lambda: c.traps.__setitem__(ArithmeticError, True))
attempt(lambda: c.traps.__delitem__(Inexact))
attempt(lambda: c.traps.pop(Inexact))
print(c.traps == c.traps.copy(), c.traps == dict.fromkeys(c.traps, False), c.flags != c.traps)
c.traps = dict.fromkeys(c.traps, False)
c.flags = ExtendedContext.flags
print(c)
attempt(lambda: setattr(c, 'traps', [Inexact]))
attempt(lambda: setattr(c, 'flags', 1))
c.clear_traps()
c.clear_flags()
print(c)
c.traps = BasicContext.traps
print(c)

print('current context:')
setcontext(Context(prec=4))
print(getcontext().prec, repr(Decimal(2) / 3))
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext() == BasicContext, getcontext().prec)
attempt(lambda: setcontext(None))
attempt(lambda: setcontext(ExtendedContext.flags))
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext())

print('localcontext:')
with localcontext() as ctx:
    ctx.prec = 3
    print(repr(Decimal(10) / 3), getcontext() is ctx)
print(repr(Decimal(10) / 3))
with localcontext(Context(prec=2, rounding=ROUND_UP)) as ctx:
    print(repr(Decimal(10) / 3), ctx.rounding)
with localcontext(prec=4, rounding=ROUND_FLOOR, traps=[Inexact]) as ctx:
    print(ctx)
    attempt(lambda: Decimal(1) / 3)
with localcontext(ExtendedContext, Emax=10) as ctx:
    print(repr(Decimal('9e10') * 10), ctx.flags[Overflow])
outer = getcontext()
try:
    with localcontext(prec=2):
        raise KeyError('inside')
except KeyError:
    pass
print(getcontext() is outer)
attempt(lambda: localcontext(prec=0))
attempt(lambda: localcontext(rounding='up'))
attempt(lambda: localcontext(precision=5))
attempt(lambda: localcontext('ctx'))
print(type(localcontext()).__name__, type(localcontext()).__module__)

print('copies:')
c = Context(prec=12, flags=[Inexact], traps=[Overflow], capitals=0)
c2 = c.copy()
c3 = copy.copy(c)
c2.prec = 3
c3.flags[Inexact] = False
print(c)
print(c2)
print(c3)
print(c.__reduce__())
c4 = pickle.loads(pickle.dumps(c))
print(c4, type(c4) is Context)
d = pickle.loads(pickle.dumps(Decimal('-1.250E+7')))
print(repr(d), copy.copy(d) is d, copy.deepcopy(d) is d)


class MyContext(Context):
    pass


mc = MyContext(prec=3)
mc.note = 'extra'
print(mc, mc.note, isinstance(mc, Context), repr(mc.create_decimal('1.23456')))
setcontext(mc)
print(repr(Decimal(1) / 7))
setcontext(DefaultContext)
attempt(lambda: setattr(Context(), 'note', 1))

print('signals:')
for s in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionImpossible,
          DivisionUndefined, InvalidContext, DivisionByZero, Inexact, Rounded, Subnormal,
          Overflow, Underflow, FloatOperation]:
    print(s.__name__, s.__module__, [b.__name__ for b in s.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), issubclass(Underflow, Subnormal), issubclass(ConversionSyntax, InvalidOperation))
e = InvalidOperation([ConversionSyntax])
print(repr(e), str(e), e.args)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS,
      decimal.HAVE_CONTEXTVAR, decimal.__version__)
print([m for m in (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                   ROUND_HALF_EVEN, ROUND_05UP)])
print(Decimal.__module__, Context.__module__, DecimalTuple.__module__, DecimalTuple._fields)
print(sorted(n for n in dir(decimal) if not n.startswith('_')))
