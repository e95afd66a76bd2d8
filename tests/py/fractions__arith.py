# Arithmetic: exact with ints and Fractions, float with floats, complex with complex numbers.
from fractions import Fraction as F
import operator

a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(b + 1, 1 + b, b - 2, 2 - b, b * 4, 4 * b, b / 3, 3 / b, b // 1, 7 // b, b % 1, 7 % b)
print(divmod(F(-7, 2), 2), divmod(7, F(-3, 2)), F(-7, 2) % F(2, 3), F(-7, 2) // F(2, 3))
print(-a, +a, abs(F(-5, 9)), type(+a).__name__)
print(True + F(1, 2), F(1, 2) * False)

# Results are always in lowest terms.
print(F(1, 6) + F(1, 3), F(5, 12) - F(1, 12), F(2, 9) * F(3, 4), F(2, 3) / F(4, 9), F(1, 2) + F(-1, 2))
print(sum([F(1, n) for n in range(1, 11)]))
total = F(0)
for n in range(1, 30):
    total += F((-1) ** n, n * n)
print(total.numerator % 10**12, total.denominator % 10**12)

# Mixed with float and complex: the Fraction is converted.
for other in [0.5, 2.0, -1.25, 1e300, 1j, 2 + 3j]:
    for op in [operator.add, operator.sub, operator.mul, operator.truediv]:
        if op is operator.truediv and other == 2 + 3j:
            continue
        print(op.__name__, repr(other), repr(op(b, other)), repr(op(other, b)))
print(repr(b // 0.5), repr(0.5 // b), repr(b % 0.5), repr(2.5 % b), repr(divmod(b, 0.5)), repr(divmod(2.5, b)))
try:
    b // 1j
except TypeError as e:
    print(type(e).__name__, e)

# Powers: integral exponents stay exact, others go through float.
print(repr(F(2, 3) ** 3), repr(F(2, 3) ** -3), repr(F(-2, 3) ** -3), repr(F(-2, 3) ** 0), repr(F(2, 3) ** F(2)))
print(repr(F(9, 4) ** F(1, 2)), repr(F(9, 4) ** 0.5), repr(F(4) ** F(-1, 2)), repr(F(2) ** 1j))
print(repr(F(-8) ** F(1, 3)))
print(repr(2 ** F(3)), repr(2 ** F(-3)), repr(4 ** F(1, 2)), repr(2.0 ** F(3)), repr(2.0 ** F(-1, 2)),
      repr(F(1, 2) ** F(-2)), repr(1j ** F(2)), repr(F(3, 2) ** True))
print(pow(F(3, 5), 2), pow(F(3, 5), -2))

# Division by zero.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except ZeroDivisionError as e:
        print(label, type(e).__name__, e)

attempt('F/0', lambda: F(3, 2) / 0)
attempt('-F/0', lambda: F(-3, 2) / 0)
attempt('0/0', lambda: F(0) / F(0))
attempt('1/F0', lambda: 1 / F(0))
attempt('5/F0', lambda: 5 / F(0))
attempt('F//0', lambda: F(3, 2) // 0)
attempt('F%0', lambda: F(3, 2) % F(0))
attempt('divmod', lambda: divmod(F(3, 2), 0))
attempt('F0**-1', lambda: F(0) ** -1)
attempt('F0**-2', lambda: F(0, 5) ** -2)
attempt('F/0.0', lambda: F(1, 2) / 0.0)
attempt('F0**-0.5', lambda: F(0) ** -0.5)

# Operands it does not know give TypeError through the usual protocol.
for op, sym in [(operator.add, '+'), (operator.mul, '*'), (operator.lt, '<'), (operator.pow, '**')]:
    for x, y in [(F(1), 'a'), (None, F(1)), (F(1), None), (F(1, 2), [1])]:
        try:
            op(x, y)
        except TypeError as e:
            print(sym, type(e).__name__, e)

# Augmented assignment produces new objects.
x = F(1, 2)
y = x
x += 1
print(x, y, x is y)
x *= F(2, 3)
x -= 1
x /= F(1, 4)
x //= 1
print(repr(x))
