# enum basics: definition, iteration, lookup, aliases, methods, reprs, comparisons, hashing.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(str(Color.GREEN), format(Color.GREEN), f"{Color.BLUE}", f"[{Color.BLUE:>12}]", f"{Color.RED!r}")
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(list(Color))
print(len(Color))
for c in Color:
    print(" ", c.name, c.value)

# lookup by value and by name, singletons
print(Color(1), Color['RED'], getattr(Color, 'RED'))
print(Color(1) is Color.RED, Color['GREEN'] is Color.GREEN, Color(Color.BLUE) is Color.BLUE)
print(Color.RED.__class__ is Color)

# membership
print(Color.RED in Color, Color.RED is not Color.GREEN)

# comparisons: identity and equality only
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
print(Color.RED == 1, 1 == Color.RED)
for op in ('<', '<=', '>', '>='):
    try:
        eval("Color.RED %s Color.GREEN" % op)
    except TypeError as e:
        print(op, type(e).__name__, e)

# hashing: members as dict keys and in sets
d = {Color.RED: 'stop', Color.GREEN: 'go'}
print(d[Color.RED], d.get(Color.BLUE), Color.GREEN in d)
print(sorted({Color.RED, Color.GREEN, Color.RED}, key=lambda m: m.value))
print(hash(Color.RED) == hash(Color.RED), hash(Color.RED) == hash(Color.GREEN))
print(bool(Color.RED))


# aliases
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2))
print(Shape['ALIAS_FOR_SQUARE'], Shape.ALIAS_FOR_SQUARE.name)
print(list(Shape.__members__))
print([(name, m) for name, m in Shape.__members__.items() if name != m.name])
print(repr(Shape.__members__))
print(Shape.__members__)
print(len(Shape.__members__), 'CIRCLE' in Shape.__members__, Shape.__members__['CIRCLE'])
try:
    Shape.__members__['NEW'] = 5
except TypeError as e:
    print(type(e).__name__)
print(Shape._member_names_)
print(sorted(Shape._value2member_map_.items()))


# methods, classmethods, staticmethods, properties on members
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return "%s weighs %g kg" % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'kg'


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 2))
print(Planet.VENUS.describe(), Planet.heaviest(), Planet.unit(), Planet.EARTH.unit())
print(Planet((3.303e+23, 2.4397e6)))
print(repr(Planet.MERCURY))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))
print(format(Mood.FUNKY), f"{Mood.HAPPY}")


# custom __new__ choosing _value_
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord.PY.value, Coord(1), Coord.PX == b'\x00')


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, doc):
        self.doc = doc


class Swatch(AutoNumber):
    WHITE = 'the color white'
    BLACK = 'the color black'


print(list(Swatch), Swatch.BLACK.doc, Swatch(2))


# _missing_
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print(type(e).__name__, e)


# member() and nonmember(), _ignore_, private names, descriptors
from enum import member, nonmember


class Things(Enum):
    A = 1
    B = nonmember(2)
    _Things__secret = 3

    @member
    def C(self):
        return 'called'

    def plain(self):
        return 'plain'


print(list(Things.__members__), Things.B, Things._Things__secret)
print(Things.C.value(None) if callable(Things.C.value) else Things.C.value)


class Weekday(Enum):
    _ignore_ = 'i'
    for i in range(3):
        vars()['DAY_%d' % i] = i


print(list(Weekday), hasattr(Weekday, 'i'), '_ignore_' in Weekday.__dict__)


class Big(Enum):
    _ignore_ = ['helper']
    helper = 10
    ONE = 1


print(list(Big), hasattr(Big, 'helper'))


# a base enum with no members but behaviour, extended by another
class Describable(Enum):
    def describe(self):
        return '%s=%r' % (self.name, self.value)


class Fruit(Describable):
    APPLE = 'apple'
    PEAR = 'pear'


print(Fruit.APPLE.describe(), [f.describe() for f in Fruit], len(Describable))


# enum inside a class keeps its qualname in messages
class Outer:
    class Inner(Enum):
        X = 1


print(Outer.Inner.X, Outer.Inner.__qualname__)
try:
    Outer.Inner(2)
except ValueError as e:
    print(e)

# members carry their class, and attributes set on them stay
print(Color.RED.__objclass__ is Color, Color.RED._name_, Color.RED._value_, Color.GREEN._sort_order_)
Color.RED.note = 'hot'
print(Color.RED.note, Color(1).note)
# (dir() calls these)
print(Color.RED.__dir__())
print(Planet.EARTH.__dir__())
print(Color.RED.__copy__() is Color.RED, Color.RED.__deepcopy__({}) is Color.RED)
print(Color.RED.__reduce_ex__(2)[0] is Color, Color.RED.__reduce_ex__(2)[1])
