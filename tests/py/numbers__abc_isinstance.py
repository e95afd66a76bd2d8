# numbers: the builtin numeric types sit in the tower as CPython registers them.
import numbers


def kinds(x):
    return [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                     numbers.Rational, numbers.Integral) if isinstance(x, cls)]


for value in [3, -7, 2**100, True, False, 1.5, float("inf"), float("nan"), 2j, 1 + 0j,
              "3", None, [1], b"1"]:
    print(repr(value), kinds(value))

for t in (int, bool, float, complex, str, object):
    print(t.__name__, [issubclass(t, cls) for cls in (numbers.Number, numbers.Complex,
                                                       numbers.Real, numbers.Rational,
                                                       numbers.Integral)])

print(issubclass(numbers.Integral, numbers.Rational), issubclass(numbers.Real, numbers.Complex),
      issubclass(numbers.Complex, numbers.Real), issubclass(numbers.Integral, numbers.Number))
print([c.__name__ for c in numbers.Integral.__mro__])
print(sorted(numbers.__all__))


# A typical use: accept any real number, reject the rest.
def mean(values):
    for v in values:
        if not isinstance(v, numbers.Real):
            raise TypeError(f"not a real number: {v!r}")
    return sum(values) / len(values)


print(mean([1, 2, 3.5, True]))
try:
    mean([1, 2j])
except TypeError as e:
    print(type(e).__name__, e)


def describe(x):
    if isinstance(x, numbers.Integral):
        return f"integer {int(x)}"
    if isinstance(x, numbers.Rational):
        return f"ratio {x.numerator}/{x.denominator}"
    if isinstance(x, numbers.Real):
        return f"real {float(x)}"
    if isinstance(x, numbers.Complex):
        return f"complex {x.real}+{x.imag}j"
    return "not a number"


print([describe(x) for x in [4, 0.25, 1 + 2j, "x"]])

# Registering a class of one's own.
class Meters:
    pass


numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Real), isinstance(Meters(), numbers.Number),
      isinstance(Meters(), numbers.Rational), issubclass(Meters, numbers.Complex))
