# math's one-argument functions take ints as CPython converts them (to the nearest float,
# ties to even), and name themselves in their arity errors; so do heapq's and unicodedata's.
import heapq
import math
import unicodedata

for n in [0, 1, -7, 2**53, 2**53 + 1, 2**53 + 3, -(2**63), 2**63 - 1, True]:
    print(n, math.sqrt(abs(n)), math.sin(n), math.cos(n), math.fabs(n), math.erf(n), math.gamma(abs(n) + 1) if abs(n) < 100 else "-")
print(math.floor(2**53 + 1), math.ceil(-(2**63)), math.trunc(7), math.exp(1), math.log1p(3))
for bad in [(), (1, 2)]:
    for f in [math.sin, math.sqrt, math.erf, math.lgamma, heapq.heappop, heapq.heapify, unicodedata.name]:
        try:
            f(*bad)
        except TypeError as e:
            print("TypeError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(10**3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sin("1")
except TypeError as e:
    print("TypeError:", e)
h = [5, 1, 4]
heapq.heapify(h)
print(heapq.heappop(h), h)
