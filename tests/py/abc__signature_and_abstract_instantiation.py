# An ABC's subclass has the signature of its __init__, and instantiating an abstract class
# fails with no frame of abc's own (CPython checks in object.__new__).
import abc, inspect
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Square(Shape):
    def __init__(self, side): self.side = side
    def area(self): return self.side ** 2
print(inspect.signature(Square), Square(3).area())
Shape()
