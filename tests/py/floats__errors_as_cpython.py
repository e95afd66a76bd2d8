# Float operations and the math module raise what CPython raises, where CPython raises it.
import math
inf, nan = float('inf'), float('nan')
cases = [
 "1e308 * 10", "1e308 + 1e308", "-1e308 * 10", "2.0 ** 1024", "2 ** 1024.0", "(-2.0) ** 1025", "10.0 ** -400",
 "1.5 ** 1e10", "0.5 ** -1e10", "(-1.5) ** 1e10", "math.exp(1000)", "math.exp(-1000)", "math.pow(2.0, 10000)", "math.pow(-8, 1/3)",
 "math.pow(0.0, -1)", "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log10(0)", "math.fmod(1, 0)", "math.fmod(inf, 1)",
 "math.sin(inf)", "math.cos(inf)", "math.tan(inf)", "math.asin(2)", "math.acos(2)", "math.atan(inf)", "math.sinh(1000)", "math.cosh(1000)",
 "math.ldexp(1.0, 2000)", "math.floor(inf)", "math.floor(nan)", "math.ceil(inf)", "math.trunc(inf)", "int(inf)", "int(nan)",
 "round(inf)", "round(nan)", "round(1e300, -400)", "round(1.5)", "round(2.5)", "round(2.675, 2)", "divmod(1.0, 0.0)", "divmod(7.5, 2)",
 "divmod(-7.5, 2)", "1.0 % 0.0", "inf % 1", "1 % inf", "-1 % inf", "math.factorial(-1)", "math.gcd(2.0, 4)", "float('1e400')",
 "float(10**400)", "10**400 / 3", "10**400 * 1.0", "1 / 10**400", "(10**400) // 1.5", "math.isqrt(-1)", "math.hypot(1e308, 1e308)",
 "math.degrees(1e308)", "math.radians(inf)", "math.exp(nan)", "math.log(inf)", "math.log(10**400)", "math.log2(2**2000)",
 "pow(2.0, 3, 5)", "pow(2, -1, 5)", "pow(3, -1, 6)", "pow(0.0, -1)", "0.0 ** -1", "0 ** -1", "math.atan2(0, -0.0)", "math.prod([1e200, 1e200])",
 "sum([1e308, 1e308])", "math.fsum([1e308, 1e308])", "float('nan') == float('nan')", "math.isclose(1, 1.0000001)", "1e16 + 1.0",
 "round(0.5), round(-0.5)", "'%.2f' % inf", "f'{nan:.3f}'", "format(1e300, ',')", "format(-0.0, '')", "str(1e16)", "repr(1e-5)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
