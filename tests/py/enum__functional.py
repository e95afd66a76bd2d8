# The functional API: Enum('Name', names) with a string, a list of names, pairs or a mapping.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal))
print(Animal.ANT, repr(Animal.BEE), Animal(3), Animal['DOG'].value)
print(Animal.__name__, Animal.__qualname__, Animal.__module__, issubclass(Animal, Enum))

print(list(Enum('Commas', 'A, B,C')))
print(list(Enum('Listed', ['X', 'Y', 'Z'])))
print(list(Enum('Tupled', ('P', 'Q'))))
print(list(Enum('Pairs', [('ONE', 1), ('TEN', 10), ('HUNDRED', 100)])))
print(list(Enum('Mapping', {'CHERRY': 'red', 'LIME': 'green'})))
print(list(Enum('Started', 'A B C', start=10)))
print(list(Enum('Zero', 'A B', start=0)))
print(list(Enum('Empty', '')), len(Enum('Empty2', [])))

# aliases through the functional API
Dup = Enum('Dup', [('A', 1), ('B', 1), ('C', 2)])
print(list(Dup), Dup.B, list(Dup.__members__))

# keyword names and qualname/module
Named = Enum(value='Named', names='Q R')
print(list(Named), Named.__name__)
Q = Enum('Q', 'X Y', qualname='Somewhere.Q', module='mymod')
print(Q.__qualname__, Q.__module__)
try:
    Q(3)
except ValueError as e:
    print(e)

# a data type mixed in with type=
Numbers = Enum('Numbers', 'ONE TWO', type=int)
print(Numbers.ONE + 1, repr(Numbers.TWO), Numbers.TWO == 2, isinstance(Numbers.ONE, int))

# the derived classes have the functional API too
Shape = IntEnum('Shape', 'CIRCLE SQUARE')
print(repr(Shape.SQUARE), Shape.SQUARE == 2, str(Shape.CIRCLE), format(Shape.CIRCLE, '>3'))
Side = StrEnum('Side', 'LEFT RIGHT')
print(repr(Side.LEFT), str(Side.RIGHT), Side.LEFT == 'left')
Side2 = StrEnum('Side2', [('L', 'l'), ('R', 'r')])
print(list(Side2))
Perm = Flag('Perm', 'R W X')
print(list(Perm), repr(Perm.R | Perm.X), Perm(7))
Bits = IntFlag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C), Bits.B.value)
Loose = Flag('Loose', 'R W', boundary=Flag._boundary_)
print(Loose._boundary_)


# subclasses of a member-less enum with methods
class Base(Enum):
    def hello(self):
        return 'hello from %s' % self.name


Made = Base('Made', 'ONE TWO')
print(Made.TWO.hello(), list(Made))

# names that are not valid here
for names in (['mro'], [('_sunder_', 1)], 'A A'):
    try:
        print(list(Enum('Bad', names)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# members keep their order; values may be anything
Mixed = Enum('Mixed', [('N', None), ('T', (1, 2)), ('L', [1, 2]), ('S', 'text')])
print(list(Mixed))
print(Mixed([1, 2]), Mixed((1, 2)), Mixed(None))
print(Mixed._unhashable_values_)

# extending an enum that has members is refused, also through the functional API
try:
    Animal('More', 'ELK')
except TypeError as e:
    print(type(e).__name__, e)
