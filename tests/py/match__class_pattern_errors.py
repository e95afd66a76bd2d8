class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Q:
    pass
class R:
    __match_args__ = ["x"]
class S:
    __match_args__ = (1,)
def t(subject, fn):
    try:
        print(fn(subject))
    except Exception as e:
        print(type(e).__name__, e)
def f1(s):
    match s:
        case P(1, 2, 3): return "three"
def f2(s):
    match s:
        case Q(1): return "q"
def f3(s):
    match s:
        case R(1): return "r"
def f4(s):
    match s:
        case S(1): return "s"
def f5(s):
    match s:
        case P(1, x=2): return "dup"
def f6(s):
    k = "a"
    class K: a = "a"
    match s:
        case {K.a: 1, "a": 2}: return "dupkey"
def f7(s):
    match s:
        case int(1, 2): return "int2"
def f8(s):
    match s:
        case len(): return "notclass"
def f9(s):
    match s:
        case P(x=1, z=2): return "missing attr"
        case _: return "nomatch"
t(P(1, 2), f1); t(Q(), f2); t(R(), f3); t(S(), f4); t(P(1, 2), f5); t({"a": 2}, f6); t(1, f7); t(1, f8); t(P(1, 2), f9)
