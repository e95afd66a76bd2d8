# A class may define __class__ itself (a property, a plain attribute): reading it gives that,
# and isinstance() accepts the class it claims, as CPython's does for proxies.
class A:
    @property
    def __class__(self): return int
print(isinstance(A(), int), A().__class__, type(A()).__name__, isinstance(A(), A))
class B: pass
print(B().__class__.__name__, isinstance(B(), int))
class P:
    __class__ = str
print(P().__class__, isinstance(P(), str), isinstance(P(), (int, str)))
class Q:
    @property
    def __class__(self): return 42
print(isinstance(Q(), int), Q().__class__)
