# Typical cmath use, as the documentation shows it.
import cmath

print(cmath.pi, cmath.e, cmath.tau)
print(cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)

print(cmath.sqrt(-1))
print(cmath.sqrt(4))
print(cmath.sqrt(3 + 4j))
print(cmath.exp(1j * cmath.pi))
print(cmath.log(1j))
print(cmath.log(8, 2))
print(cmath.log(100, 10))
print(cmath.log(1 + 1j, 1 - 1j))
print(cmath.log10(1000))
print(cmath.log10(-100))

z = 1 + 2j
for name in ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin",
             "tan", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]:
    print(name, getattr(cmath, name)(z))

print(cmath.phase(-1.0), cmath.phase(-(1 + 0j)))
print(cmath.phase(1j), cmath.phase(-1j), cmath.phase(1 + 1j))
print(cmath.polar(1j), cmath.polar(3 + 4j), cmath.polar(-2))
r, phi = cmath.polar(3 - 4j)
print(cmath.rect(r, phi))
print(cmath.rect(1, cmath.pi / 2))
print(cmath.rect(2, 0), cmath.rect(0, 5))

# round trips
for w in [0.5 + 0.25j, -3 + 1j, 2 - 7j, 1e-5 + 1e5j]:
    print(w, cmath.exp(cmath.log(w)), cmath.sin(cmath.asin(w)), cmath.tanh(cmath.atanh(w)))

print(cmath.isfinite(1 + 1j), cmath.isfinite(cmath.infj), cmath.isfinite(complex(1, cmath.nan)))
print(cmath.isinf(1 + 1j), cmath.isinf(cmath.infj), cmath.isinf(complex(cmath.inf, cmath.nan)))
print(cmath.isnan(1 + 1j), cmath.isnan(cmath.nanj), cmath.isnan(complex(cmath.inf, 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.001j))
print(cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))

# accepted argument types
class Cx:
    def __complex__(self):
        return 2 + 1j
class Fl:
    def __float__(self):
        return 2.25
class Ix:
    def __index__(self):
        return 9
class MyF(float):
    pass
print(cmath.sqrt(Cx()), cmath.sqrt(Fl()), cmath.sqrt(Ix()), cmath.sqrt(True))
print(cmath.sqrt(MyF(6.25)), cmath.sqrt(10 ** 20))
print(cmath.rect(Fl(), Ix()), cmath.phase(Cx()), cmath.log(Ix(), Fl()))
print(type(cmath.sqrt(4)).__name__, type(cmath.phase(1)).__name__, type(cmath.polar(1)).__name__)
print(cmath.sqrt.__name__, cmath.log.__name__, cmath.isclose.__name__)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
