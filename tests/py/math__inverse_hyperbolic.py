# asinh, acosh and atanh agree with CPython's (the C library's) to the last bit.
import math, random
print(math.asinh(898790.9461864871).__repr__(), math.acosh(446024.1624749317).__repr__(),
      math.atanh(-0.054451624505137186).__repr__())
for v in (0.0, -0.0, 1.0, 2.0, 0.5, -0.5, 1e-300, 1e300, float('inf'), -float('inf'), float('nan')):
    row = []
    for f in (math.asinh, math.acosh, math.atanh):
        try:
            row.append(f(v).__repr__())
        except ValueError as e:
            row.append("ValueError: %s" % e)
    print(v, row)
random.seed(5)
out = []
for _ in range(3000):
    v = random.choice([-1, 1]) * random.random() * 10 ** random.uniform(-10, 10)
    for f in (math.asinh, math.acosh, math.atanh):
        try:
            out.append(f(v).__repr__())
        except ValueError:
            out.append("ValueError")
import hashlib
print(len(out), hashlib.md5("\n".join(out).encode()).hexdigest())
