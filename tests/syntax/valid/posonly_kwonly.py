# positional-only and keyword-only parameters
def f(a, b, /, c, d, *, e, f):
    pass

def g(a, /):
    pass

def h(a=1, /, b=2, *, c=3):
    pass

def k(*, a, b=2):
    pass

def m(a, /, *args, b, **kw):
    pass

lam = lambda a, /, b, *, c: a + b + c
lam2 = lambda *, x=1: x
