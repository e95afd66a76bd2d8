# auto() and _generate_next_value_.
from enum import Enum, IntEnum, StrEnum, Flag, auto


class Color(Enum):
    RED = auto()
    BLUE = auto()
    GREEN = auto()


print(list(Color), [m.value for m in Color])


class Mixed(Enum):
    A = 10
    B = auto()
    C = 20
    D = auto()
    E = 'text'


print([m.value for m in Mixed])


class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name


class Ordinal(AutoName):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()


print(list(Ordinal))


class Recorder(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (name, start, count, tuple(last_values))

    FIRST = auto()
    SECOND = 'x'
    THIRD = auto()


for m in Recorder:
    print(' ', m.name, m.value)


# auto() inside a tuple value, next to other items
class Token(Enum):
    PLUS = (auto(), '+')
    MINUS = (auto(), '-')

    def __init__(self, number, symbol):
        self.number = number
        self.symbol = symbol


print([(t.number, t.symbol) for t in Token], Token.MINUS.value)


# auto() with an explicit value, and next to duplicate values (aliases)
class Explicit(Enum):
    A = auto(7)
    B = auto()
    C = 8


print(list(Explicit), Explicit.C is Explicit.B)


class Lower(StrEnum):
    ALPHA = auto()
    Beta_Two = auto()


print(list(Lower))


class Powers(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    ALL = ONE | TWO | FOUR
    NEXT = auto()


print([m.value for m in Powers.__members__.values()], repr(Powers.ALL))


class Ints(IntEnum):
    ZERO = 0
    ONE = auto()
    HUNDRED = 100
    NEXT = auto()


print(list(Ints))


# combinations of auto() values in the body
class Sizes(Enum):
    S = auto()
    M = auto()
    L = S + M + 10


print(list(Sizes))


# _generate_next_value_ is inherited through a member-less enum
class CountFromZero(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return count


class Zeroed(CountFromZero):
    A = auto()
    B = auto()


print(list(Zeroed))

# defining _generate_next_value_ after auto() was used is an error
try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 42
except TypeError as e:
    print(type(e).__name__, e)

print(repr(auto()), repr(auto(3)), auto(5).value)
print(Enum._generate_next_value_('X', 1, 0, []), Enum._generate_next_value_('X', 1, 2, [1, 5]))
print(Flag._generate_next_value_('X', 1, 0, []), Flag._generate_next_value_('X', 1, 2, [1, 5]))
print(StrEnum._generate_next_value_('MiXed', 1, 0, []))
try:
    Flag._generate_next_value_('X', 1, 1, ['a'])
except TypeError as e:
    print(type(e).__name__, e)
