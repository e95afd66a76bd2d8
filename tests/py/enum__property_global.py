# enum.property, members named like attributes, __init_subclass__, global_enum, metaclass hooks.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, EnumType, property as enum_property, global_enum


# members may be called name and value: the class gives the member, the member its attribute
class Field(Enum):
    name = 1
    value = 2
    other = 3


print(Field.name, Field.value, repr(Field.name))
print(Field.name.name, Field.name.value, Field.value.name, Field.value.value)
print(list(Field), Field['value'], Field(1))


# enum.property on an enum of one's own
class Temperature(Enum):
    COLD = 5
    HOT = 30

    @enum_property
    def celsius(self):
        return self._value_

    @enum_property
    def fahrenheit(self):
        return self._value_ * 9 / 5 + 32


print(Temperature.HOT.celsius, Temperature.COLD.fahrenheit)
try:
    Temperature.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Temperature.HOT.celsius = 4
except AttributeError as e:
    print(type(e).__name__, e)


class WithSetter(Enum):
    A = 1

    @enum_property
    def label(self):
        return self.__dict__.get('_label', 'none')

    @label.setter
    def label(self, value):
        self.__dict__['_label'] = value


WithSetter.A.label = 'set!'
print(WithSetter.A.label)


# a member shadowing a property of a base enum
class Base(Enum):
    @property
    def kind(self):
        return 'kind of ' + self._name_


class Derived(Base):
    kind = 1
    other = 2


print(Derived.kind, Derived.kind.kind, Derived.other.kind, list(Derived))


# __init_subclass__ runs with the members already made
class Registered(Enum):
    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        print('init_subclass', cls.__name__, [m.name for m in cls])


class Sub(Registered):
    X = 1
    Y = 2


# __bool__ defined on the enum is used
class Answer(Enum):
    NO = 0
    YES = 1

    def __bool__(self):
        return bool(self.value)


print(bool(Answer.NO), bool(Answer.YES), [a for a in Answer if a])


# global_enum puts members in the module and changes their repr
@global_enum
class Planet(Enum):
    MERCURY = 1
    VENUS = 2


print(repr(MERCURY), str(VENUS), MERCURY is Planet.MERCURY, format(VENUS))


@global_enum
class Opt(IntFlag):
    A = 1
    B = 2
    C = 4


print(repr(A), repr(A | B), repr(Opt(0)), repr(Opt(9)), str(A | C), str(Opt(0)))


@global_enum
class Num(IntEnum):
    ONE = 1


print(repr(ONE), str(ONE))

# the metaclass: its hooks called directly
print(EnumType.__repr__(Planet), EnumType.__repr__(Opt), EnumType.__repr__(Enum))
print(EnumType.__dir__(Field))
print(EnumType.__len__(Field), list(EnumType.__iter__(Field)), list(EnumType.__reversed__(Field)))
print(EnumType.__getitem__(Field, 'other'), EnumType.__contains__(Field, Field.other))
print(bool(Field), bool(Enum), len(Enum), list(Enum))
print(Field.__members__.keys(), list(Field.__members__.values()))
print(sorted(n for n in enum.__all__))
print(enum.Enum.__module__, Field.__module__)
