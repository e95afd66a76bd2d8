# Making instances of plain classes: __init__'s return value, its exceptions (the instance dies
# after the frame), recursion in __init__, subclasses, metaclasses, finalizers and tracebacks.
import gc, weakref
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __del__(self):
        print("del P", self.x)
p = P(1, 2); print(p.x + p.y)
print([P(i, i).x for i in range(3)])
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError("no " + str(v))
    def __del__(self):
        print("del Raises", self.v)
try:
    Raises(7)
except ValueError as e:
    print("caught", e)
print("after")
class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None
r = Rec(50); print(r.child.child is not None)
def deep(n): return Rec(n)
try:
    Rec(100000)
except RecursionError as e:
    print("recursion", type(e).__name__)
class Sub(P):
    pass
s = Sub(5, 6); print(type(s).__name__, s.y)
del s, p
import traceback
class T:
    def __init__(self, a):
        self.a = 1 / a
try:
    T(0)
except ZeroDivisionError:
    traceback.print_exc()
T2 = type("T2", (), {"__init__": lambda self, q: setattr(self, "q", q)})
print(T2(3).q)
class W:
    def __init__(self):
        self.r = weakref.ref(self)
w = W(); print(w.r() is w)
def gen():
    for i in range(3):
        yield P(i, 0)
print([q.x for q in gen()])
class M(type): pass
class WithMeta(metaclass=M):
    def __init__(self, z): self.z = z
print(WithMeta(4).z)
Bad2 = Bad
for _ in range(2):
    try:
        Bad2()
    except TypeError as e:
        print(e)
print("end")
