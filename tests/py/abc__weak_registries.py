# An ABC holds what it knows weakly, as CPython's: a subclass, a registered class, or a class
# once checked against it dies when nothing else holds it; the answers it caches follow
# registrations made later.
import abc
import gc
import weakref
from collections.abc import Iterable, Sized


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


def make_subclass():
    class Square(Shape):
        def area(self):
            return 4
    return Square


Square = make_subclass()
print(issubclass(Square, Shape), isinstance(Square(), Shape))
alive = weakref.ref(Square)
del Square
gc.collect()
print("subclass freed:", alive() is None, len(Shape.__subclasses__()))


class Plain:
    pass


print(isinstance(Plain(), Shape))          # cached as a "no"
Shape.register(Plain)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape))   # the registration wins
registered = weakref.ref(Plain)
del Plain
gc.collect()
print("registered class freed:", registered() is None)


class Checked:
    def __len__(self):
        return 0


print(isinstance(Checked(), Sized), isinstance(Checked(), Iterable))
checked = weakref.ref(Checked)
del Checked
gc.collect()
print("checked class freed:", checked() is None)

# What an ABC's class carries, as dir() shows it.
print([name for name in dir(Shape) if name.startswith("_abc")])
print(sorted(n for n in vars(abc.ABCMeta) if not n.startswith("__")))

# A cycle is refused, a non-class too.
try:
    Iterable.register(list)
    class Base(abc.ABC):
        pass
    class Derived(Base):
        pass
    Derived.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, Shape)
except TypeError as e:
    print("TypeError:", e)
