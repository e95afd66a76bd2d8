# abc: abstract methods block instantiation; register and __subclasshook__ widen isinstance.

from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

class Half(Shape):
    def area(self): return 1

try:
    Shape()
except TypeError as e:
    print(e)
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.area(), sq.name(), isinstance(sq, Shape), issubclass(Square, Shape), isinstance(3, Shape))

class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Mallard:
    def quack(self): return "quack"

print(isinstance(Mallard(), Duck), issubclass(int, Duck))
Duck.register(int)
print(issubclass(int, Duck), isinstance(True, Duck), isinstance("x", (str, Duck)))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
