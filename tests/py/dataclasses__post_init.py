# __post_init__, InitVar pseudo-fields and init=False fields.
from dataclasses import dataclass, field, fields, InitVar, replace


@dataclass
class C:
    a: float
    b: float
    c: float = field(init=False)

    def __post_init__(self):
        self.c = self.a + self.b


print(C(1, 2))


@dataclass
class DatabaseRecord:
    name: str
    j: int = None
    database: InitVar[dict] = None

    def __post_init__(self, database):
        if self.j is None and database is not None:
            self.j = database.get(self.name)


db = {'alice': 7}
r = DatabaseRecord('alice', database=db)
print(r, r.j)
print(DatabaseRecord('bob', 3))
print([f.name for f in fields(DatabaseRecord)])
print('database' in DatabaseRecord.__dataclass_fields__)
print(DatabaseRecord.__dataclass_fields__['database']._field_type)
print(DatabaseRecord.database)
print(DatabaseRecord.__match_args__)


# InitVar without a default: a required __init__ argument, not an attribute.
@dataclass
class Scaled:
    value: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.value *= factor


s = Scaled(3, 4)
print(s, hasattr(s, 'factor'))
try:
    Scaled(3)
except TypeError as e:
    print(type(e).__name__, e)

# replace() needs the InitVar again.
print(replace(s, factor=2))
try:
    replace(s)
except ValueError as e:
    print(type(e).__name__, e)

# Several InitVars are passed in field order.
@dataclass
class Many:
    x: int
    p: InitVar[int] = 1
    q: InitVar[int] = 2

    def __post_init__(self, p, q):
        print('post_init got', p, q)


Many(0)
Many(0, 5, 6)
Many(0, q=9)


# __post_init__ is looked up on the class, so a base's runs for subclasses.
@dataclass
class Base:
    x: int

    def __post_init__(self):
        print('Base.__post_init__', type(self).__name__)


@dataclass
class Derived(Base):
    y: int = 0


Derived(1, 2)


@dataclass
class Derived2(Base):
    z: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('Derived2.__post_init__')


Derived2(1)


# An exception in __post_init__ propagates.
@dataclass
class Validated:
    n: int

    def __post_init__(self):
        if self.n < 0:
            raise ValueError(f'n must be >= 0, got {self.n}')


try:
    Validated(-1)
except ValueError as e:
    print(type(e).__name__, e)


# A field with init=False and no default is simply not set by __init__.
@dataclass
class Lazy:
    a: int
    b: int = field(init=False)


lz = Lazy(1)
print(hasattr(lz, 'b'))
try:
    repr(lz)
except AttributeError as e:
    print(type(e).__name__, e)
lz.b = 2
print(lz)
