# float's methods and data attributes: as_integer_ratio, hex, fromhex, __round__, conjugate,
# __trunc__/__floor__/__ceil__, __getformat__, real/imag, is_integer.
import math


def h(x):
    # The recordings hide anything that looks like an address (0x...): show hex another way.
    return x.hex().replace("0x", "hex:")


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class F(float):
    pass


values = [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 123456789.125, -1e-5, 2.0**52 + 0.5, math.pi]
for x in values:
    print(repr(x), x.as_integer_ratio(), h(x), float.fromhex(x.hex()) == x, x.is_integer())
for x in [math.inf, -math.inf, math.nan]:
    print(h(x), x.is_integer())
    attempt(f"{x}.as_integer_ratio()", lambda: x.as_integer_ratio())
print(F(2.75).as_integer_ratio(), h(F(2.75)), (2.5).conjugate(), type(F(1.5).conjugate()).__name__)
attempt("(1.5).hex(1)", lambda: (1.5).hex(1))
attempt("(1.5).as_integer_ratio(1)", lambda: (1.5).as_integer_ratio(1))
attempt("float.hex(1)", lambda: float.hex(1))
attempt("float.hex()", lambda: float.hex())

# fromhex: the grammar, rounding at the ends of the range, errors.
for s in ["0x1p0", "0X1P0", "1", "-0x1.8p1", " \t0x1.8p1\n", "1.", ".8", "0x.8", "a", "A.Bp-3",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", "0x1p-1074",
          "0x1p-1075", "0x3p-1075", "0x1.8p-1074", "0x0.0000000000001p-1022", "0x1p-1023",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0",
          "-0x0p99999999999999999999999", "0x1p-99999999999999999999999",
          "0x1p99999999999999999999999", "inf", "-Infinity", "+nan", "NaN", "0", "-0", "0x0.0",
          "0x", "0x.", ".", "", " ", "0x1p", "1p+", "0x1_0", "\u00a01", "1 1", "0xg", "1.2.3",
          "infinit", "0x1p+-1", "0000000000000000000000000001.8"]:
    attempt(f"float.fromhex({s.replace('0x', 'hex:')!r})", lambda: float.fromhex(s))
attempt("float.fromhex(1)", lambda: float.fromhex(1))
attempt("float.fromhex()", lambda: float.fromhex())
r = F.fromhex("0x1.4p1")
print(type(r).__name__, r, type((1.0).fromhex("1")).__name__)

# __round__ with and without ndigits, halves to even on the exact value.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 0.125, 0.375, -0.4, 1e16 + 1,
          12345.678, -12345.678, 5e-324, 1e300, 1.7976931348623157e308]:
    out = []
    for nd in [None, 0, 1, 2, 3, -1, -2, 400, -400, -308, 323]:
        try:
            out.append(repr(round(x, nd)))
        except OverflowError as e:
            out.append("OverflowError")
    print(repr(x), " ".join(out))
print(repr((2.5).__round__()), repr((2.5).__round__(0)), repr(F(3.5).__round__()), repr(round(F(0.25), 1)))
print(repr(round(2.5, 10**30)), repr(round(2.5, -10**30)), repr(round(-2.5, -10**30)))
for x in [math.inf, -math.inf, math.nan]:
    attempt(f"round({x})", lambda: round(x))
    print(repr(round(x, 2)))
attempt("round(1.5, 'a')", lambda: round(1.5, "a"))
attempt("round(1.5, 1.0)", lambda: round(1.5, 1.0))
attempt("(1.5).__round__(1, 2)", lambda: (1.5).__round__(1, 2))
attempt("round(1.7976931348623157e308, -308)", lambda: round(1.7976931348623157e308, -308))

# trunc, floor, ceil.
for x in [2.5, -2.5, 1e20, -0.0, 0.9999999999999999]:
    print(x, x.__trunc__(), x.__floor__(), x.__ceil__(), math.trunc(x), math.floor(x), math.ceil(x))
for x in [math.inf, -math.inf, math.nan]:
    for name in ["__trunc__", "__floor__", "__ceil__"]:
        attempt(f"({x}).{name}()", lambda: getattr(x, name)())
attempt("(1.5).__floor__(1)", lambda: (1.5).__floor__(1))

# __getformat__, real and imag.
print(float.__getformat__("double"), float.__getformat__("float"))
attempt("float.__getformat__('long')", lambda: float.__getformat__("long"))
attempt("float.__getformat__(1)", lambda: float.__getformat__(1))
attempt("float.__getformat__()", lambda: float.__getformat__())
for x in [1.5, -0.0, F(2.5)]:
    print(repr(x.real), repr(x.imag), type(x.real).__name__)
print(all(n in dir(float) for n in ["real", "imag", "hex", "fromhex", "as_integer_ratio", "conjugate"]))
attempt("(1.5).imag = 1", lambda: setattr(1.5, "imag", 1))
c = 3 + 4j
print(c.conjugate(), c.real, c.imag, (1j).conjugate(), "real" in dir(complex), "conjugate" in dir(complex))
attempt("complex.conjugate(1)", lambda: complex.conjugate(1))
