# Float floor division and modulo are computed together, from the exact remainder: dividing
# first and flooring the quotient is off by one for some operands.
import math

print(-1e16 // 3, -1e16 % 3, divmod(-1e16, 3))
print(7 // 0.1, 7 % 0.1, -7 // 0.1, -7 % 0.1)
print(1e16 // -3.0, 0.0 // -2.0, -0.0 // 2.0, 0.0 % -2.0, -0.0 % 2.0)
for a in [5e-324, 1e308, -(2.0**53) + 1, 2.0**53]:
    for b in [3.0, -0.1, 1e-300, math.inf, -math.inf]:
        print(repr(a // b), repr(a % b))
print(divmod(math.inf, 2.0), divmod(2.0, math.nan))
