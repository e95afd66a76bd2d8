# Error messages.
import cmath

def attempt(f):
    try:
        print(repr(f()))
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

class Bad:
    def __complex__(self):
        return 3
class BadF:
    def __float__(self):
        return "x"

attempt(lambda: cmath.log(0))
attempt(lambda: cmath.log(0j, 2))
attempt(lambda: cmath.log(2, 1))
attempt(lambda: cmath.log(0, 0))
attempt(lambda: cmath.log10(0))
attempt(lambda: cmath.atanh(1))
attempt(lambda: cmath.atanh(-1))
attempt(lambda: cmath.atan(1j))
attempt(lambda: cmath.atan(-1j))
attempt(lambda: cmath.exp(1000))
attempt(lambda: cmath.exp(complex(1, cmath.inf)))
attempt(lambda: cmath.cosh(1000 + 1j))
attempt(lambda: cmath.sin(complex(cmath.inf, 1)))
attempt(lambda: cmath.tan(complex(cmath.inf, 1)))
attempt(lambda: cmath.rect(1, cmath.inf))
attempt(lambda: cmath.rect(0, cmath.inf))
attempt(lambda: cmath.polar(1e308 + 1e308j))
attempt(lambda: cmath.sqrt())
attempt(lambda: cmath.sqrt(1, 2))
attempt(lambda: cmath.sqrt(z=1))
attempt(lambda: cmath.sqrt("4"))
attempt(lambda: cmath.sqrt(None))
attempt(lambda: cmath.sqrt(Bad()))
attempt(lambda: cmath.sqrt(BadF()))
attempt(lambda: cmath.sqrt(10 ** 400))
attempt(lambda: cmath.phase())
attempt(lambda: cmath.isnan(1, 2))
attempt(lambda: cmath.log())
attempt(lambda: cmath.log(1, 2, 3))
attempt(lambda: cmath.log(1, base=2))
attempt(lambda: cmath.log(1, None))
attempt(lambda: cmath.log(1, "e"))
attempt(lambda: cmath.rect(1))
attempt(lambda: cmath.rect(1, 2, 3))
attempt(lambda: cmath.rect(1j, 2))
attempt(lambda: cmath.rect(1, phi=2))
attempt(lambda: cmath.isclose(1, 1, rel_tol=-1))
attempt(lambda: cmath.isclose(1, 1, abs_tol=-1e-9))
attempt(lambda: cmath.isclose(1, 1, rel_tol="x"))
attempt(lambda: cmath.isclose(1, 1, rel_tol=1j))
attempt(lambda: cmath.isclose(1))
attempt(lambda: cmath.isclose())
attempt(lambda: cmath.isclose(1, 2, 3))
attempt(lambda: cmath.isclose(1, 2, tol=3))
attempt(lambda: cmath.isclose(a=1, b=1.0))
attempt(lambda: cmath.isclose(b=1))
attempt(lambda: cmath.isclose(1, "x"))
attempt(lambda: cmath.isclose(cmath.inf, cmath.inf))
attempt(lambda: cmath.isclose(cmath.inf, -cmath.inf))
attempt(lambda: cmath.isclose(cmath.nan, cmath.nan))
attempt(lambda: cmath.isclose(1e308, -1e308, rel_tol=1))
attempt(lambda: cmath.isclose(1, 1 + 1e-10j, rel_tol=0, abs_tol=0))
