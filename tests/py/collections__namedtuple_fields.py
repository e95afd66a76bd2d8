# A namedtuple's fields read the tuple's items (natively, as CPython's _tuplegetter), for
# subclasses too, keep their docs, and refuse objects that are not tuples.
from collections import namedtuple

Point = namedtuple("Point", "x y")


class Point3(Point):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Loose(Point):
    pass


p = Point(1, -2)
q = Point3(3, 4)
r = Loose(5, 6)
r.extra = "kept"
print(p.x, p.y, q.x, q.norm1, r.y, r.extra, r.__dict__)
print(Point.x.__doc__, Point.y.__doc__, Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
try:
    Point.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Point.y.__get__((1,))
except IndexError as e:
    print("IndexError:", e)
total = 0
for i in range(1000):
    pt = Point(i, i + 1)
    total += pt.x * pt.y
print(total, sum(pt.x for pt in [Point(1, 2), Point(3, 4)]))
print(p._replace(y=7), p._asdict(), Point._make([8, 9]), Point._fields)
