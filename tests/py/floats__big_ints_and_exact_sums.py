# Logarithms of huge ints, int / int correctly rounded or overflowing, math.fsum exact, round at the edges.
import math
for v in [10**400, 2**2000, 3**1000, 10**309 + 1, 1, 0.5, 100, 2**1023, 2**1024]:
    print(math.log(v), math.log10(v), math.log2(v), math.log(v, 10))
for bad in [0, -1, -10**400, 0.0]:
    for f in (math.log, math.log10, math.log2):
        try: f(bad)
        except ValueError as e: print('ValueError', e)
try: math.log(10, 1)
except ZeroDivisionError as e: print('ZeroDivisionError', e)
print(math.log(float('inf')), math.log(float('nan')))
for a, b in [(10**400, 3), (2**100, 7), (-(10**30), 7), (10**20+1, 10**20), (1, 3), (2**1100, 2**60), (10**500, 10**499), (7, 10**400), (-1, 10**400)]:
    try: print(a / b)
    except OverflowError as e: print('OverflowError', e)
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
try: math.fsum([float('inf'), -float('inf')])
except ValueError as e: print(e)
print(math.fsum([float('inf'), 1.0]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(round(1e300), round(-2.5e20), round(123.456, -1), round(5e-324, 400), round(-1.5, -500))
