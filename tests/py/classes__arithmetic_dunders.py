# __add__, __radd__ and __iadd__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        print("__add__")
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__")
        return self.__add__(other)

    def __iadd__(self, other):
        print("__iadd__")
        self.x += other.x
        self.y += other.y
        return self

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b)
print(a + 10)
print(10 + a)
print(sum([a, b]))
c = a
c += b
print(c, a, c is a)
