# enum member access: attribute lookup, by value, by name, iteration, comparisons.
from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Level(IntEnum):
    LOW = 10
    HIGH = 20

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

n = 0
for i in range(400_000):
    c = Color.GREEN
    if c is Color(2) and Color["BLUE"].value == 3:
        n += 1
    if Level.HIGH > Level.LOW:
        n += c.value
    n += len(c.name)
for i in range(50_000):
    for m in Color:
        n += m.value
    p = Perm.R | Perm.W
    if Perm.W in p:
        n += 1
print(n)
