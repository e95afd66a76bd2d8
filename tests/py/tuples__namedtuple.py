# collections.namedtuple
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0])
print(p._asdict())
print(p._replace(x=10))
x, y = p
print(x + y)
print(Point._fields)
print(p == (1, 2), isinstance(p, tuple))
Q = namedtuple("Q", "a b c", defaults=[0])
print(Q(1, 2), Q(1, 2, 3))
