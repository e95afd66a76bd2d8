# math converts an argument with its __float__ (or __index__): an error there is what math
# raises; an argument with neither is "must be real number".
import math
from fractions import Fraction


class Bad:
    def __float__(self):
        raise ValueError("no float for you")


class Index:
    def __index__(self):
        return 7


class Nothing:
    pass


for name, call in [("log10 of a huge Fraction", lambda: math.log10(Fraction(10**500, 1))),
                   ("sqrt(Bad())", lambda: math.sqrt(Bad())),
                   ("floor(Bad())", lambda: math.floor(Bad())),
                   ("sqrt(Index())", lambda: math.sqrt(Index())),
                   ("sqrt(Nothing())", lambda: math.sqrt(Nothing())),
                   ("sqrt('4')", lambda: math.sqrt("4")),
                   ("exp(Fraction(1, 2))", lambda: math.exp(Fraction(1, 2))),
                   ("atan2(Bad(), 1)", lambda: math.atan2(Bad(), 1))]:
    try:
        print(name, call())
    except Exception as e:
        print(name, type(e).__name__, e)
