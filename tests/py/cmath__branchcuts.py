# Branch cuts: the sign of a zero imaginary part picks the side of the cut.
import cmath, math

def mk(x, y):
    if y == 0.0 and math.copysign(1.0, y) < 0:
        return complex(x, 0.0).conjugate()
    return complex(x, y)

def show(v):
    return "%r %r" % (v.real, v.imag)

print(show(cmath.sqrt(mk(-1, 0.0))), show(cmath.sqrt(mk(-1, -0.0))))
print(show(cmath.sqrt(-(1 + 0j))), show(cmath.sqrt(-(4 - 0j))))
print(show(cmath.log(mk(-2, 0.0))), show(cmath.log(mk(-2, -0.0))))
print(show(cmath.acos(mk(2, 0.0))), show(cmath.acos(mk(2, -0.0))))
print(show(cmath.asin(mk(-2, 0.0))), show(cmath.asin(mk(-2, -0.0))))
print(show(cmath.atan(mk(0.0, 2))), show(cmath.atan(mk(-0.0, 2))))
print(show(cmath.atanh(mk(2, 0.0))), show(cmath.atanh(mk(2, -0.0))))
print(show(cmath.acosh(mk(0.5, 0.0))), show(cmath.acosh(mk(0.5, -0.0))))
print(show(cmath.asinh(mk(0.0, 2))), show(cmath.asinh(mk(-0.0, 2))))
print(cmath.phase(mk(-1, 0.0)), cmath.phase(mk(-1, -0.0)), cmath.phase(mk(-0.0, 0.0)), cmath.phase(mk(-0.0, -0.0)))

# points along and near every cut, a grid of ordinary points too
pts = []
for x in [-3.0, -1.5, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 1.5, 3.0]:
    for y in [-2.0, -1.0, -1e-300, -0.0, 0.0, 1e-300, 1.0, 2.0]:
        pts.append(mk(x, y))
for name in ["sqrt", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh",
             "exp", "cos", "sin", "tan", "cosh", "sinh", "tanh"]:
    f = getattr(cmath, name)
    out = []
    for z in pts:
        try:
            out.append(show(f(z)))
        except ValueError as exc:
            out.append("ValueError")
    print(name, "; ".join(out))

# near 1 for log and atanh (accuracy-critical paths)
for z in [1 + 1e-10j, 0.9999999999 + 0j, 1.0000000001 + 1e-20j, 0.8 + 0.6j, 0.6 - 0.8j, 1 + 1e-160j]:
    print(show(z), show(cmath.log(z)), show(cmath.atanh(z)), show(cmath.acosh(z)))
