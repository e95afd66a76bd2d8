# Calling a class whose metaclass defines __call__ in Python runs that __call__ with the class
# first (defaults, keyword-only parameters, super().__call__, errors and tracebacks).


class Registry(type):
    made = []

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        Registry.made.append(type(obj).__name__)
        return obj


class Plain(type):
    def __call__(cls, value, names=None, *, module=None, start=1):
        return (cls.__name__, value, names, module, start)


class Strict(type):
    def __call__(cls, value):
        if value < 0:
            raise ValueError(f"{cls.__name__} needs a non-negative value")
        return value * 2


class A(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x


class B(metaclass=Plain):
    pass


class C(metaclass=Strict):
    pass


class D(B):
    pass


for _ in range(2):
    print(A(1).x, A().x, A(x=5).x, Registry.made[-3:])
    print(B(1), B(1, "n"), B(2, module="m"), B(3, start=0), D(4))
    print(C(3), [C(i) for i in range(3)])


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, e)


show("missing", lambda: B())
show("too many", lambda: B(1, 2, 3))
show("unknown kw", lambda: B(1, other=2))
show("kw-only positionally", lambda: C(1, 2))
show("raises", lambda: C(-1))
Plain.__call__ = lambda cls, *a: ("replaced", cls.__name__, a)
print(B(1, 2), D())
del Plain.__call__
print(type(B(), ).__name__)
C(-5)
