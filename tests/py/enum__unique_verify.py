# @unique and @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS).
import enum
from enum import Enum, IntEnum, Flag, IntFlag, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(list(Fine))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)


@verify(UNIQUE)
class Checked(Enum):
    A = 1
    B = 2


print(list(Checked))

try:
    @verify(UNIQUE)
    class Dups(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)


@verify(CONTINUOUS)
class Run(IntEnum):
    A = 3
    B = 4
    C = 5


print(list(Run))

try:
    @verify(CONTINUOUS)
    class Holes(IntEnum):
        A = 1
        B = 3
        C = 7
except ValueError as e:
    print(type(e).__name__, e)

try:
    @verify(CONTINUOUS)
    class FlagHoles(Flag):
        A = 1
        C = 4
        E = 16
except ValueError as e:
    print(type(e).__name__, e)


@verify(CONTINUOUS)
class FlagRun(Flag):
    A = 1
    B = 2
    C = 4


print(list(FlagRun))


@verify(NAMED_FLAGS)
class Named(Flag):
    R = 1
    W = 2
    RW = 3


print(list(Named), Named.RW)

try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        B = 2
        ABC = 7
except ValueError as e:
    print(type(e).__name__, e)

try:
    @verify(NAMED_FLAGS)
    class Unnamed2(IntFlag):
        A = 1
        X = 6
        Y = 10
except ValueError as e:
    print(type(e).__name__, e)

try:
    @verify(UNIQUE, CONTINUOUS)
    class Both(Enum):
        A = 1
        B = 1
        C = 3
except ValueError as e:
    print(type(e).__name__, e)

try:
    verify(UNIQUE)(int)
except TypeError as e:
    print(type(e).__name__, e)

print(list(EnumCheck))
print(repr(UNIQUE), str(CONTINUOUS), NAMED_FLAGS.name, UNIQUE == 'one name per value')
print(enum.show_flag_values(13), enum.show_flag_values(0))
print(enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(-1), enum.bin(5, 8), enum.bin(-3, 6))
