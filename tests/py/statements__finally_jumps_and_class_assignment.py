# continue/break in a finally body that a return runs; keyword names that are not strings;
# assigning __class__ between classes laid out alike, and CPython's refusals.
def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return 'done'
print(f())
def g():
    for i in range(2):
        try:
            pass
        finally:
            break
    return i
print(g())
def h(*a, **k): return k
try: h(**{1: 2})
except TypeError as e: print(e)
class A:
    def hi(self): return 'A'
class B:
    def hi(self): return 'B'
a = A(); a.__class__ = B; print(a.hi(), type(a).__name__)
a.x = 1
class C2:
    __slots__ = ('q',)
for bad in [5, int, C2]:
    try: a.__class__ = bad
    except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
class Base:
    def __init__(self): self.v = 1; self.w = 2
    def kind(self): return 'base'
class Sub(Base):
    def kind(self): return 'sub'
o = Base(); o.__class__ = Sub; print(o.kind(), o.v, o.w, vars(o), isinstance(o, Sub))
o.__class__ = Base; o.z = 3; print(o.kind(), vars(o))
