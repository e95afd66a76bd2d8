# __mul__/__rmul__, unary operators, and += falling back to __add__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __invert__(self):
        return Vec(self.y, self.x)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

a = Vec(3, 4)
print(a * 2, 3 * a, -a, +a, ~a, abs(a))
b = a
b += Vec(1, 1)
print(b, a, b is a)
try:
    a @ a
except TypeError as e:
    print("TypeError:", e)
