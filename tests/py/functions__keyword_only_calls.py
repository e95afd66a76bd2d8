# Calls of functions with keyword-only parameters, which the loop binds itself when it can:
# defaults, keywords in any order, methods, recursion, and CPython's errors where it cannot.


def f(a, b=2, *, c, d=4):
    x = a + b
    return (a, b, c, d, x)


def g(*, key=None, reverse=False):
    return key, reverse


class C:
    def m(self, v, *, scale=10, shift=0):
        return v * scale + shift

    def __call__(self, value, names=None, *, module=None, start=1):
        return value, names, module, start


def fact(n, *, acc=1):
    return acc if n <= 1 else fact(n - 1, acc=acc * n)


def pos_only(a, /, b, *, c=3):
    return a, b, c


for _ in range(2):
    print(f(1, c=3))
    print(f(1, 5, c=3, d=7))
    print(f(1, d=0, c=9))
    print(f(a=1, c=2))
    print(g(), g(reverse=True), g(key=len, reverse=1))
    o = C()
    print(o.m(2), o.m(2, scale=3), o.m(2, shift=1, scale=1))
    print(o(5), o(5, module="m"), C.m(o, 1, shift=5))
    print(fact(10), fact(5, acc=2))
    print(pos_only(1, 2), pos_only(1, b=2, c=0))


def show(label, call):
    try:
        print(label, call())
    except TypeError as e:
        print(label, "TypeError", e)


show("missing kw-only", lambda: f(1))
show("missing both", lambda: f())
show("unknown keyword", lambda: f(1, c=1, e=2))
show("too many positional", lambda: f(1, 2, 3))
show("kw-only given positionally", lambda: g(1))
show("duplicate", lambda: f(1, a=2, c=3))
show("pos-only by keyword", lambda: pos_only(a=1, b=2))


def late(*, x):
    return x


late.__kwdefaults__ = {"x": "from kwdefaults"}
print(late())
late.__kwdefaults__ = None
show("kwdefaults removed", lambda: late())
