# What each math function says when called with no arguments or too many: CPython's words,
# which differ by how the C function takes its arguments (`math.ceil()` vs `gcd` vs `math.log`).
import math

names = sorted(n for n in dir(math) if callable(getattr(math, n)) and not n.startswith('__'))
for n in names:
    f = getattr(math, n)
    for args in [(), (1, 2, 3, 4)]:
        try:
            f(*args)
        except TypeError as e:
            print(n, len(args), e)
        except Exception as e:
            print(n, len(args), type(e).__name__, e)
