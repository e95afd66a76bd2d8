# Comparisons are exact against ints, Fractions and floats; hashes agree with equal ints and floats.
from fractions import Fraction as F
import sys

a = F(1, 3)
print(a == F(2, 6), a == 1, F(4, 2) == 2, 2 == F(4, 2), F(1, 2) == 0.5, 0.5 == F(1, 2))
print(a == 1 / 3, F(1, 10) == 0.1, F.from_float(0.1) == 0.1, a != F(1, 3), a != 0.3)
print(F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, F(3) == complex(3, 0), F(1, 2) == 'x', F(1, 2) == None)
print(a < 1, a > 0, a <= F(1, 3), a >= F(2, 5), 1 < F(3, 2), 1.0 > F(2, 3), F(2, 3) < 0.67, 0.66 < F(2, 3))
print(F(1, 10) < 0.1, F(1, 10) > 0.1, F(1, 10) == 0.1)   # 0.1 is slightly above 1/10
print(F(10**20 + 1, 10**20) > 1.0, F(10**20 + 1, 10**20) == 1.0)

# Infinities and NaN compare like float 0.0 would.
inf, nan = float('inf'), float('nan')
print(F(10**400) < inf, F(-10**400) > -inf, F(5) == inf, F(5) < nan, F(5) > nan, F(5) == nan, F(5) != nan)
print(inf > F(1), nan == F(0), -inf <= F(-3))

# Sorting and min/max mix types freely.
values = [F(1, 2), 0.25, 1, F(-3, 4), 0.75, F(5, 4), -1, F(1, 3)]
print(sorted(values))
print(min(values), max(values))

# Comparisons with complex numbers or other types are refused.
for other in [1j, 'a', None, [1]]:
    try:
        F(1) < other
    except TypeError as e:
        print(type(e).__name__, e)

# Hashes: equal numbers hash equal, whatever their type.
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(2, 7)), hash(F(10**30, 7)))
print(hash(F(5)) == hash(5), hash(F(-1)) == hash(-1) == -2, hash(F(1, 2)) == hash(0.5))
print(hash(F(-3, 8)) == hash(-0.375), hash(F(0)) == hash(0) == hash(0.0))
print(hash(F(10**40)) == hash(10**40), hash(F(1, 2**40)) == hash(2.0 ** -40))
print(hash(F.from_float(0.1)) == hash(0.1), hash(F(1, 10)) == hash(0.1))
for f in [F(1, 3), F(-7, 12), F(3, 2**70), F(10**50 + 3, 10**20 + 7)]:
    print(f, hash(f))
M = (1 << 61) - 1                      # sys.hash_info.modulus on 64-bit builds
print(hash(F(1, M)), hash(F(-1, M)), hash(F(1, 2 * M)), hash(F(2, M)))

# Usable as dict keys and set members together with equal ints and floats.
d = {F(1, 2): 'half', 2: 'two'}
print(d[0.5], d[F(4, 2)], F(1, 2) in {0.5}, len({F(3), 3, 3.0, F(6, 2)}))

# Truth value.
print(bool(F(0)), bool(F(0, 7)), bool(F(1, 10**9)), bool(F(-1, 2)))
