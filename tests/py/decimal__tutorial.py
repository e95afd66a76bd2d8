# The quick-start tour of the decimal documentation: contexts, construction, arithmetic,
# precision, the mathematical functions, quantize and the signals.
from decimal import *

print(getcontext())
getcontext().prec = 7

# Construction: ints, strings, floats (exact), tuples, special values.
print(repr(Decimal(10)), repr(Decimal('3.14')), repr(Decimal(3.14)))
print(repr(Decimal((0, (3, 1, 4), -2))), repr(Decimal(str(2.0 ** 0.5))), repr(Decimal(2) ** Decimal('0.5')))
print(repr(Decimal('NaN')), repr(Decimal('-Infinity')))
print(repr(Decimal('1.1') + Decimal('2.2')), repr(Decimal(' 1_000.000_1 ')))

# Significance is kept by construction; precision applies to arithmetic only.
getcontext().prec = 6
print(repr(Decimal('3.0')), repr(Decimal('3.1415926535')), repr(Decimal('3.1415926535') + Decimal('2.7182818285')))
getcontext().rounding = ROUND_UP
print(repr(Decimal('3.1415926535') + Decimal('2.7182818285')))
getcontext().rounding = ROUND_HALF_EVEN

# The FloatOperation signal.
c = getcontext()
c.traps[FloatOperation] = True
try:
    Decimal(3.14)
except FloatOperation as e:
    print('FloatOperation:', e)
try:
    Decimal('3.5') < 3.7
except FloatOperation as e:
    print('FloatOperation:', e)
print(Decimal('3.5') == 3.5)
c.traps[FloatOperation] = False

# Decimals work with most of Python.
getcontext().prec = 28
data = list(map(Decimal, '1.34 1.87 3.45 2.35 1.00 0.03 9.25'.split()))
print(repr(max(data)), repr(min(data)))
print(sorted(data))
print(repr(sum(data)))
a, b, c = data[:3]
print(str(a), float(a), repr(round(a, 1)), int(a), repr(a * 5), repr(a * b), repr(c % a))
print(repr(Decimal(2).sqrt()), repr(Decimal(1).exp()), repr(Decimal('10').ln()), repr(Decimal('10').log10()))

# Money: quantize to a fixed number of places.
print(repr(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN)))
print(repr(Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP)))

# Contexts: the templates and custom ones.
myothercontext = Context(prec=60, rounding=ROUND_HALF_DOWN)
setcontext(myothercontext)
print(repr(Decimal(1) / Decimal(7)))
print(ExtendedContext)
setcontext(ExtendedContext)
print(repr(Decimal(1) / Decimal(7)), repr(Decimal(42) / Decimal(0)))
setcontext(BasicContext)
try:
    Decimal(42) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, e)

# localcontext() for a temporary change.
setcontext(DefaultContext)
with localcontext() as ctx:
    ctx.prec = 42
    s = Decimal(1).exp()
    print(s)
print(+s)
with localcontext(prec=3, rounding=ROUND_CEILING):
    print(Decimal(2) / 3)
print(Decimal(2) / 3)

# Flags show what happened; traps make it an exception.
getcontext().clear_flags()
print(Decimal(355) / Decimal(113))
print(getcontext())
getcontext().traps[DivisionByZero] = False
print(repr(Decimal(1) / Decimal(0)))
getcontext().traps[DivisionByZero] = True
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))

# Mixed with ints; not with floats.
print(repr(Decimal('1.5') + 2), repr(3 * Decimal('0.1')), repr(10 / Decimal(4)), repr(2 ** Decimal(10)))
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print(type(e).__name__, e)
