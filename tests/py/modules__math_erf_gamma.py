# math.erf, erfc, gamma and lgamma: CPython's values bit for bit (printed with repr and as
# hex), and its domain and range errors.
import math


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r), r.hex() if isinstance(r, float) else "")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


inf, nan = float("inf"), float("nan")
points = [0.0, -0.0, 1e-300, 5e-324, 1e-20, 1e-10, 0.1, 0.25, 0.5, 0.75, 0.84375, 1.0, 1.25, 1.5, 2.0, 2.5,
          2.857, 3.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 10.0, 20.0, 23.0, 24.0, 27.2, 28.0, 30.0, 100.0, 140.5,
          171.0, 171.7, 172.0, 200.0, 201.0, 1e10, 1e300, inf, nan]
for x in points:
    for v in (x, -x) if x == x and x != 0.0 else (x,):
        for name in ("erf", "erfc", "gamma", "lgamma"):
            attempt(f"{name}({v!r})", lambda: getattr(math, name)(v))
# A sweep: every value's bits must match.
acc = []
for i in range(-2000, 2001):
    x = i / 97.0
    for f in (math.erf, math.erfc):
        acc.append(f(x).hex())
    for f in (math.gamma, math.lgamma):
        try:
            acc.append(f(x).hex())
        except (ValueError, OverflowError) as e:
            acc.append(type(e).__name__)
print(len(acc), acc[::400])
print(" ".join(acc[1::97]))
for n in range(1, 30):
    print(n, math.gamma(n), math.lgamma(n), math.gamma(n + 0.5).hex(), math.lgamma(-n - 0.5).hex())
attempt("gamma(-1)", lambda: math.gamma(-1))
attempt("gamma(-inf)", lambda: math.gamma(-inf))
attempt("gamma(0)", lambda: math.gamma(0))
attempt("gamma(-0.0)", lambda: math.gamma(-0.0))
attempt("gamma(172)", lambda: math.gamma(172))
attempt("gamma(5e-324)", lambda: math.gamma(5e-324))
attempt("gamma(-5e-324)", lambda: math.gamma(-5e-324))
attempt("gamma(-200.5)", lambda: math.gamma(-200.5))
attempt("gamma(-1000.5)", lambda: math.gamma(-1000.5))
attempt("lgamma(0)", lambda: math.lgamma(0))
attempt("lgamma(-2)", lambda: math.lgamma(-2))
attempt("lgamma(1e308)", lambda: math.lgamma(1e308))
attempt("lgamma(-inf)", lambda: math.lgamma(-inf))
attempt("erf('x')", lambda: math.erf("x"))
attempt("gamma()", lambda: math.gamma())
attempt("lgamma(True)", lambda: math.lgamma(True))
attempt("erfc(10**400)", lambda: math.erfc(10**400))
