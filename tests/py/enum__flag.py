# Flag and IntFlag: combinations, iteration, inversion, pseudo-members and boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, type(rw).__name__)
print(list(Perm), len(Perm), list(rw), len(rw), len(Perm.R), len(Perm(0)))
print(Perm.R in rw, Perm.X in rw, Perm.R | Perm.X in Perm(7), Perm(0) in rw)
print(bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~Perm(7)), ~~Perm.W is Perm.W)
print(repr(rw & Perm.R), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(rw ^ Perm(7)))
print(Perm(6) is rw, Perm(3), Perm(7), repr(Perm(5)))
print([repr(Perm(v)) for v in range(8)])
print(format(rw), f"{Perm.X}", f"[{rw:>8}]")
print(Perm.R | Perm.R is Perm.R, (Perm.R | Perm.W) == Perm(6), hash(rw) == hash(Perm(6)))
print(Perm['R'], Perm(4), Perm.R.value, Perm.R.name)
for bad in (8, -1, 'x'):
    try:
        Perm(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Perm.R
except TypeError as e:
    print(type(e).__name__, e)


# members made of several bits are aliases: named, but not iterated
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(list(Color), len(Color), list(Color.__members__))
print(repr(Color.WHITE), repr(Color.BLACK), repr(Color.RED | Color.GREEN | Color.BLUE))
print(repr(Color(7)), Color(7) is Color.WHITE, repr(Color(0)), list(Color.WHITE), len(Color.WHITE))
print(repr(~Color.RED), repr(~Color.WHITE), repr(~Color.BLACK), bool(Color.BLACK))
print(Color._flag_mask_, Color._singles_mask_, Color._all_bits_, Color._boundary_)


# iteration follows definition order when values are not ascending
class Odd(Flag):
    HIGH = 4
    LOW = 1
    MID = 2


print(list(Odd), list(Odd(7)), repr(Odd(7)), repr(Odd.HIGH | Odd.LOW))


# IntFlag: ints too, extra bits are kept
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R | Mode.W, repr(Mode.R | Mode.W), str(Mode.R), format(Mode.R | Mode.X))
print(repr(Mode.R | 8), repr(Mode(8)), repr(Mode(15)), repr(Mode(0)), Mode(0))
print(Mode.R == 4, Mode.R | 2, Mode.R + 1, isinstance(Mode.W, int), Mode.R & 4, repr(Mode.R & 4))
print(repr(~Mode.R), repr(~Mode(0)), ~Mode.R == -5, repr(~Mode(8)))
print(repr(Mode(-1)), repr(Mode(-5)), list(Mode(7)), len(Mode(7)), list(Mode(12)))
print(repr(Mode.R ^ Mode.W), repr(Mode.R ^ 6), Mode.R in Mode(6), repr(Mode(6) & Mode.R))
print(Mode._boundary_, Mode(4) is Mode.R, Mode['X'], f"{Mode.W:03b}")


# boundaries
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(5)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Conform(5)), repr(Conform(4)), repr(Eject(7)), type(Eject(7)).__name__, repr(Keep(5)), repr(Keep(4)))
print(repr(~Strict.A), repr(~Conform.A), repr(~Keep.A), repr(~Eject.A))
print(list(FlagBoundary), repr(STRICT), str(KEEP))


class Gappy(Flag):
    A = 1
    C = 4


try:
    Gappy(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Gappy(3)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Gappy(5)), repr(~Gappy.A))


# auto() in flags gives powers of two after the highest value
class Opt(Flag):
    A = auto()
    B = 8
    C = auto()
    D = auto()


print([m.value for m in Opt])


class Big(IntFlag):
    HUGE = 2 ** 70
    SMALL = 1


print(repr(Big.HUGE | Big.SMALL), len(Big(2 ** 70 + 1)), repr(Big(2)))


# a Flag with methods and a custom _numeric_repr_
class Hexy(IntFlag):
    _numeric_repr_ = hex
    A = 1
    B = 2

    def describe(self):
        return '+'.join(m.name for m in self)


print(repr(Hexy(7)), repr(Hexy(16)), (Hexy.A | Hexy.B).describe(), Hexy(0).describe())
