# object's own __eq__/__ne__/__lt__.../__hash__/__sizeof__: reached through super(), the class
# object, instances and __hash__ = object.__hash__; functools.total_ordering over them.
import functools
from dataclasses import dataclass
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if isinstance(other, A):
            return self.v == other.v
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__() if self.v is None else hash(self.v)
print(A(1) == A(1), A(1) == 3, A(None).__hash__() == object.__hash__(A(None)) or True)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
o = object()
print(o.__eq__(o), o.__ne__(o), o.__lt__(o), type(o.__hash__()))
print(object.__hash__ is not None, hasattr(object, "__eq__"), "__eq__" in dir(object))
class B:
    pass
print(B.__eq__ is object.__eq__, B().__sizeof__() > 0, B.__hash__ is object.__hash__)
class C:
    def __eq__(self, o): return True
print(C.__hash__)

class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    __hash__ = object.__hash__
a = K(1)
print(hash(a) == hash(a), len({a, K(1)}), a == K(1))

@functools.total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) >= Version(0, 5), Version(1) != Version(1))
try:
    Version(1) < 3
except TypeError as e:
    print(e)

class Base:
    def __ne__(self, other):
        r = super().__ne__(other)
        print("ne via object:", r)
        return r
print(Base() != Base(), object() == object())

class P:
    def __lt__(self, other):
        return super().__lt__(other)
try:
    P() < P()
except TypeError as e:
    print(e)
print(object.__eq__(a, a), object.__lt__(a, a), object.__hash__(a) == hash(a))
print([n for n in dir(object) if n.startswith("__") and n in ("__eq__", "__hash__", "__lt__", "__sizeof__")])
@dataclass(frozen=True)
class D:
    x: int
print(hash(D(1)) == hash(D(1)), D(1) == D(1), D.__eq__ is object.__eq__)
