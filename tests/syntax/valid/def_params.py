# function definitions with assorted parameter kinds
def f0():
    pass

def f1(a, b, c):
    return a + b + c

def f2(a, b=2, c=3):
    return a

def f3(*args):
    return args

def f4(**kwargs):
    return kwargs

def f5(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs

def f6(a: int, b: str = "x", *args: int, **kw: float) -> None:
    pass

def f7(a, b,):
    pass

def f8(
    a,
    b=1,
    *,
    c,
):
    return a
