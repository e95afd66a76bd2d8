# Importing sys and math.
import sys
import math

print(sys.version_info[:2] >= (3, 11), type(sys.argv).__name__, len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1, sys.getrecursionlimit())
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10))
print(math.fabs(-3), math.pow(2, 10), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.isqrt(99), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.floor(3.7), type(math.floor(3.7)).__name__, math.inf)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
