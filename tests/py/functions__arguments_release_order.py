# A Python function's frame takes over its arguments, as CPython's frames do: they die with its
# locals, in slot order, not after the call returns. Builtins and classes get them lent.
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return self.name
def f(a, b):
    x = D("fx")
    return 0
print("plain"); f(D("a"), D("b"))
def g(*args): y = D("gy")
print("varargs"); g(D("a"), D("b"))
def h(a, **kw): z = D("hz")
print("kwargs"); h(D("a"), k=D("k"), j=D("j"))
def k(a, *, b): pass
print("kwonly"); k(D("a"), b=D("b"))
print("raise in callee")
def r(a, b):
    raise ValueError("boom")
try:
    r(D("r1"), D("r2"))
except ValueError:
    print("  caught")
print("after except")
class C:
    def m(self, a, b): q = D("mq")
    def __init__(self, a, b): self.a = a
print("method"); C(D("i1"), D("i2")).m(D("m1"), D("m2"))
print("stored bound method"); bm = C(D("j1"), D("j2")).m; bm(D("n1"), D("n2")); del bm
print("generator"); 
def gen(a, b):
    yield a
it = gen(D("g1"), D("g2")); print("  made"); next(it); print("  advanced"); del it
print("lambda"); (lambda a, b: None)(D("l1"), D("l2"))
print("class call"); C(D("c1"), D("c2"))
print("builtin"); isinstance(D("b1"), type(D("b2")))
print("nested"); f(f(D("n1"), D("n2")), D("n3"))
print("star call"); f(*[D("s1"), D("s2")])
print("a parameter that is a cell")
def locs(b, a):
    z = D("z"); y = D("y")
    c = D("c")
    def inner(): return c, z
    return 0
print(locs(D("b"), D("a")))
print("end")
