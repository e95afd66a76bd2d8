# A namedtuple's fields cannot be set or deleted, on the class or a subclass of it, in the
# words CPython's _tuplegetter uses; other attributes are missing as on any tuple.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
for change in (lambda: setattr(p, 'x', 3), lambda: delattr(p, 'y'), lambda: setattr(p, 'z', 1)):
    try:
        change()
    except AttributeError as e:
        print(type(e).__name__, e)

class Polar(Point):
    __slots__ = ()
    @property
    def r(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

q = Polar(3, 4)
print(q.r, q.x, q._replace(x=0))
try:
    q.x = 5
except AttributeError as e:
    print(e)
print(q)
