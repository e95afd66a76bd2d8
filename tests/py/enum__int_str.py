# IntEnum, StrEnum, ReprEnum and enums mixed with a data type.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), format(Priority.HIGH))
print(f"{Priority.MEDIUM}", f"{Priority.MEDIUM:03d}", f"{Priority.MEDIUM:>4}|", "%s %d" % (Priority.LOW, Priority.LOW))
print(Priority.LOW == 1, Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.MEDIUM <= 2)
print(Priority.LOW + 1, Priority.HIGH * 2, int(Priority.HIGH), isinstance(Priority.LOW, int))
print(sorted([Priority.HIGH, 0, Priority.LOW, 2.5]))
print(max(Priority), min(Priority))
print(['a', 'b', 'c', 'd'][Priority.HIGH], list(range(Priority.MEDIUM)))
print(Priority(2), Priority(2) is Priority.MEDIUM, Priority['HIGH'])
print(Priority.LOW.value, type(Priority.LOW.value).__name__, Priority.LOW.name)
print(Priority.HIGH in Priority, Priority.LOW.real, Priority.HIGH.bit_length())
try:
    Priority(7)
except ValueError as e:
    print(type(e).__name__, e)


class Number(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(list(Number))


# StrEnum: members are strs, str() and format() are the value
class Direction(StrEnum):
    NORTH = auto()
    SOUTH = auto()
    EAST = 'E'
    WEST = 'w'


print(list(Direction))
print(Direction.NORTH, repr(Direction.NORTH), str(Direction.EAST), format(Direction.WEST, '>3'))
print(f"go {Direction.SOUTH}!", "%s" % Direction.NORTH, Direction.NORTH == 'north')
print(Direction.NORTH.upper(), Direction.EAST + 'ast', len(Direction.NORTH), Direction.WEST * 3)
print(isinstance(Direction.EAST, str), Direction('E'), Direction['WEST'], Direction.EAST.value)
print('-'.join(Direction), sorted(Direction))
print(Direction.NORTH.startswith('no'), Direction.SOUTH[0], 'ou' in Direction.SOUTH)

for bad in ((1,), ('a', 1), ('a', 'utf-8', 2), ('a', 'b', 'c', 'd')):
    try:
        class Broken(StrEnum):
            X = bad
    except TypeError as e:
        print(type(e).__name__, e)


class Encoded(StrEnum):
    B = b'bytes', 'ascii'
    C = b'\xc3\xa9', 'utf-8', 'strict'


print(list(Encoded))


# int and str mixed into a plain Enum keep Enum's str() and format()
class Port(int, Enum):
    HTTP = 80
    HTTPS = 443


print(Port.HTTP, repr(Port.HTTP), format(Port.HTTPS), f"{Port.HTTPS}", Port.HTTP == 80, Port.HTTP + 1)


class Code(str, Enum):
    OK = 'ok'
    ERR = 'err'


print(Code.OK, repr(Code.OK), f"{Code.ERR}", Code.OK == 'ok', Code.OK.upper())


class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3


print(repr(Ratio.HALF), Ratio.HALF * 4, Ratio(0.5), str(Ratio.THIRD))


# a ReprEnum of one's own: only repr() is the enum's
class Mass(float, ReprEnum):
    KG = 1.0
    GRAM = 0.001


print(Mass.KG, repr(Mass.GRAM), format(Mass.GRAM, '.4f'), str(Mass.GRAM))


# overriding __str__ or __format__ in the enum wins
class Level(IntEnum):
    DEBUG = 10
    INFO = 20

    def __str__(self):
        return self.name.lower()


print(Level.INFO, str(Level.DEBUG), repr(Level.INFO), format(Level.INFO, "d"))


class Tag(str, Enum):
    A = 'a'

    def __format__(self, spec):
        return 'formatted:' + self.value


print(f"{Tag.A}", str(Tag.A))


# a tuple data type takes the whole value
class Point(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Point.UNIT), Point.UNIT[0], Point((0, 0)), len(Point.ORIGIN))


# members made by a mixin's own __new__ with extra attributes
class Currency(str, Enum):
    def __new__(cls, code, symbol):
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.symbol = symbol
        return obj

    EUR = ('EUR', '€')
    USD = ('USD', '$')


print(Currency.EUR, Currency('USD').symbol, Currency.USD == 'USD', repr(Currency.EUR))
