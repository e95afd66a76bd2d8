# What a class's namespace holds after the class statement: __qualname__ moves to the class
# itself, __doc__ is always the class's own (None without a docstring), and reading a missing
# key of the mappingproxy raises KeyError from the caller's line.
import traceback


class Base:
    """Base's docstring."""

    def method(self):
        return "m"


class Child(Base):
    pass


class Outer:
    class Inner:
        pass


for cls in (Base, Child, Outer.Inner):
    ns = cls.__dict__
    print(cls.__qualname__, "__qualname__" in ns, repr(ns.get("__doc__")), cls.__doc__, "__module__" in ns)
print(sorted(k for k in vars(Base) if not k.startswith("__")), Child.__doc__)

made = type("Made", (Base,), {"__qualname__": "Somewhere.Made", "x": 1})
print(made.__qualname__, made.__name__, "__qualname__" in made.__dict__, made.__doc__, made.x)
try:
    type("Bad", (), {"__qualname__": 42})
except TypeError as e:
    print("TypeError:", e)

try:
    Base.__dict__["missing"]
except KeyError:
    traceback.print_exc()
print(type(Base.__dict__).__name__, Base.__dict__ is Base.__dict__, Base.__dict__ == Base.__dict__)
