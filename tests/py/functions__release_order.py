# A dying function releases what it holds in CPython's order: module, defaults (a tuple, so last
# to first), keyword defaults, doc, __dict__, closure cells (sorted by name, last to first),
# annotations.
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
    def __repr__(self): return self.name
def mk():
    c1 = D("c1"); c2 = D("c2"); c3 = D("c3")
    def f(a=D("def1"), b=D("def2"), *, k=D("kw1"), j=D("kw2")) -> D("ann"):
        return c1, c2, c3
    f.attr = D("attr")
    f.__doc__ = D("doc")
    return f
print("function dealloc")
f = mk(); del f
print("lambda")
def mk2():
    x = D("x"); y = D("y")
    return lambda: (y, x)
g = mk2(); del g
print("bound method")
class C:
    def m(self): pass
c = C(); c.keep = D("inst attr")
bm = c.m; del c; print("  c dropped"); del bm
print("generator")
def gen(a, b):
    x = D("genlocal")
    yield 1
g = gen(D("ga"), D("gb")); del g
g = gen(D("ga2"), D("gb2")); next(g); del g

print("closures")
def mk():
    zeta = D("zeta"); alpha = D("alpha"); mid = D("mid")
    def f(): return zeta, mid, alpha
    return f
f = mk(); print(f.__code__.co_freevars); del f
def mk2():
    zeta = D("zeta2"); alpha = D("alpha2")
    def f(): return zeta, alpha
    return f, lambda: 1
f, g = mk2(); del g, f
print("end")
