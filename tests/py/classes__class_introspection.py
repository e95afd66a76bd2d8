# Inspecting classes and instances.
class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s with %d sides" % (self.name, self.sides)

class Square(Shape):
    sides = 4

s = Square("sq")
print(s.describe())
print(type(s) is Square, type(s) is Shape, type(s).__name__)
print(s.__class__.__name__, Square.__doc__, Shape.__doc__)
print(s.__dict__, vars(s))
print(sorted(k for k in vars(Shape) if not k.startswith("_")))
print(sorted(n for n in dir(s) if not n.startswith("_")))
print(Square.__qualname__, Square.__module__)
print(type(Square).__name__, type(type).__name__)
print(isinstance(Square, type), isinstance(s, object))
