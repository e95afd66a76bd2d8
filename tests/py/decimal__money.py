# Money handling: quantize with each rounding mode, totals, tax and currency formatting,
# splitting amounts, and a few series computed with Decimal arithmetic.
from decimal import (Decimal, localcontext, getcontext, Context, Inexact, ROUND_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP)

CENTS = Decimal('0.01')
MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]

for amount in ['2.675', '-2.675', '2.665', '0.125', '-0.125', '1.005', '7.3250', '0.004', '-0.006', '9.995']:
    d = Decimal(amount)
    print('%-7s' % amount, ' '.join(str(d.quantize(CENTS, rounding=m)) for m in MODES))

# Totals on an invoice.
items = [('widget', '19.99', 3), ('gadget', '4.25', 7), ('gizmo', '0.333', 9), ('doohickey', '1250.00', 1)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (Decimal(price) * qty).quantize(CENTS, ROUND_HALF_UP)
    subtotal += line
    print('%-10s %3d x %8s = %10s' % (name, qty, price, line))
tax = (subtotal * Decimal('0.0825')).quantize(CENTS, ROUND_HALF_UP)
total = subtotal + tax
print('subtotal', subtotal, 'tax', tax, 'total', total)
print('{:>15,.2f}'.format(total), '{:*^20,.2f}'.format(-total), '{:,}'.format(Decimal('1234567.891')))


def money(value, places=2, curr='$', sep=',', dp='.', neg='-', trailneg=''):
    """A Decimal as a currency string, built digit by digit."""
    q = Decimal(10) ** -places
    sign, digits, exp = value.quantize(q).as_tuple()
    digits = list(map(str, digits))
    out = []
    if sign:
        out.append(trailneg)
    for _ in range(places):
        out.append(digits.pop() if digits else '0')
    if places:
        out.append(dp)
    if not digits:
        out.append('0')
    i = 0
    while digits:
        out.append(digits.pop())
        i += 1
        if i == 3 and digits:
            i = 0
            out.append(sep)
    out.append(curr)
    out.append(neg if sign else '')
    return ''.join(reversed(out))


d = Decimal('-1234567.8901')
print(money(d), money(d, places=0, sep='.', dp='', neg='', trailneg='-'), money(d, curr='EUR ', trailneg=')'))
print(money(Decimal(123456789), sep=' '), money(Decimal('-0.02'), neg='<', trailneg='>'), money(Decimal('0.5'), places=0))

# Splitting an amount in equal parts without losing a cent.
def split(amount, n):
    amount = Decimal(amount)
    share = (amount / n).quantize(CENTS, ROUND_DOWN)
    parts = [share] * n
    rest = amount - share * n
    i = 0
    while rest > 0:
        parts[i] += CENTS
        rest -= CENTS
        i += 1
    return parts

for amount, n in [('100.00', 3), ('0.10', 4), ('999.99', 7)]:
    parts = split(amount, n)
    print(amount, n, parts, sum(parts))

# Interest compounded monthly, rounded each month.
balance = Decimal('10000.00')
rate = Decimal('0.05') / 12
for month in range(1, 13):
    balance = (balance * (1 + rate)).quantize(CENTS, ROUND_HALF_EVEN)
    if month % 3 == 0:
        print('month', month, balance)

# Checking exactness: the Inexact flag tells whether a division rounded.
with localcontext() as ctx:
    ctx.clear_flags()
    print(Decimal('1.00') / 8, ctx.flags[Inexact])
    print(Decimal('1.00') / 3, ctx.flags[Inexact])
    ctx.traps[Inexact] = True
    try:
        Decimal(2) / 3
    except Inexact as e:
        print('Inexact', e)


def pi(prec):
    """pi by the series of the documentation's recipe (rewritten)."""
    with localcontext() as ctx:
        ctx.prec = prec + 2
        three = Decimal(3)
        last, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
        while s != last:
            last = s
            n, na = n + na, na + 8
            d, da = d + da, da + 32
            t = (t * n) / d
            s += t
    with localcontext(prec=prec):
        return +s


def exp_series(x):
    with localcontext() as ctx:
        ctx.prec += 2
        i, last, s, fact, num = 0, 0, 1, 1, 1
        while s != last:
            last = s
            i += 1
            fact *= i
            num *= x
            s += num / fact
    return +s


print(pi(10), pi(30), pi(50))
print(exp_series(Decimal(1)), exp_series(Decimal('-2.5')), Decimal('-2.5').exp())
getcontext().prec = 10
print(exp_series(Decimal('0.1')), Decimal('0.1').exp())
