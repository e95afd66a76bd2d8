# Special values: infinities, nans and signed zeros (C99 Annex G rules).
import cmath, math

inf, nan = math.inf, math.nan
values = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def mk(x, y):
    # complex(x, y) keeping the sign of a zero imaginary part
    if y == 0.0 and math.copysign(1.0, y) < 0:
        return complex(x, 0.0).conjugate()
    return complex(x, y)

def show(v):
    if isinstance(v, complex):
        return "%r %r" % (v.real, v.imag)
    if isinstance(v, tuple):
        return " ".join(repr(t) for t in v)
    return repr(v)

def call(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as exc:
        return "%s(%s)" % (type(exc).__name__, exc)

names = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "phase", "polar"]
for name in names:
    f = getattr(cmath, name)
    print("==", name)
    for x in values:
        print(" | ".join(call(f, mk(x, y)) for y in values))

print("== rect")
for r in values:
    print(" | ".join(call(cmath.rect, r, phi) for phi in values))

print("== signed zeros")
for x in [0.0, -0.0]:
    for y in [0.0, -0.0]:
        z = mk(x, y)
        print(show(z), call(cmath.sqrt, z), call(cmath.exp, z), call(cmath.atan, z), call(cmath.tanh, z))

print("== overflow")
for z in [710 + 0j, 710 + 1j, -710 + 1j, 1e308 + 1e308j, 1000j, 800 + 0.5j, 709 + 0j]:
    print(show(z), call(cmath.exp, z), call(cmath.cosh, z), call(cmath.sinh, z), call(cmath.cos, z * 1j))
print(call(cmath.polar, 1e308 + 1e308j), call(cmath.polar, 1.7e308 + 1.7e308j))
print(call(cmath.rect, 1e308, 1e-300), call(cmath.rect, inf, 1.0), call(cmath.rect, -inf, 2.0))

print("== tiny and huge")
for z in [1e-320 + 1e-320j, 5e-324 + 0j, 1e-310 - 3e-320j, 1e300 + 1e300j, 1.7e308 - 1e308j,
          1e-170 + 1e-170j, 1e155 + 1e155j]:
    print(show(z), call(cmath.sqrt, z), call(cmath.log, z), call(cmath.acos, z), call(cmath.atanh, z),
          call(cmath.asinh, z))

print("== phase underflow")
print(call(cmath.phase, 1e308 + 1e-320j), call(cmath.phase, 1 + 1e-320j), call(cmath.phase, -1e308 + 1e-320j))
print(call(cmath.polar, 1e308 + 1e-320j))
