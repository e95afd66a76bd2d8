# NamedTuple: class syntax with defaults and methods, and the functional form.
from typing import NamedTuple, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def __str__(self) -> str:
        return f'<{self.x}, {self.y}>'


p = Point(3, -4)
print(p, repr(p), p.norm1(), p.x, p[1], len(p))
print(Point(1), Point(y=2, x=1), Point._fields, Point._field_defaults)
print(Point.__annotations__)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__mro__)
x, y = p
print(x, y, p == (3, -4), sorted([Point(2, 1), Point(1, 5)]))


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    tags: Optional[List[str]] = None

    @property
    def label(self) -> str:
        return f'{self.name}#{self.id}'

    @classmethod
    def anonymous(cls) -> 'Employee':
        return cls('anon')


e = Employee('Guido')
print(e, e.label, Employee.anonymous(), Employee.__doc__)
print(Employee._field_defaults, Employee.__annotations__)


class Sub(Point):
    def double(self):
        return Point(self.x * 2, self.y * 2)


print(Sub(1, 2).double(), Sub(1, 2))

# The functional form.
Color = NamedTuple('Color', [('r', int), ('g', int), ('b', int)])
c = Color(1, 2, 3)
print(c, Color._fields, Color.__annotations__, c.g)
Empty = NamedTuple('Empty', [])
print(Empty(), Empty._fields)
KW = NamedTuple('KW', a=int, b=str)
print(KW(1, 'x'), KW.__annotations__)

# Errors.
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(NamedTuple):
        x: int = 0
        y: int = 1
        z: str
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(NamedTuple):
        x: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print(type(e).__name__, e)

try:
    NamedTuple('P', [('x', int)], y=str)
except TypeError as e:
    print(type(e).__name__, e)

try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
