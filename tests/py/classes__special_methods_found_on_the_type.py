# Special methods come from the type, bound as attribute access binds them: a builtin
# function stored in a class stays a plain function, static and class methods and other
# descriptors work as __call__/__repr__, an instance's own __enter__ is not asked.
import functools
import math
from abc import ABC


class A:
    meth = len
    shout = print


print(A().meth([1, 2]), A.meth("abc"))
A().shout("no instance passed")


class Caller:
    __call__ = print


Caller()("called with", "two")


class S:
    __call__ = staticmethod(lambda: "static call")


class C:
    @classmethod
    def __call__(cls):
        return "class call of " + cls.__name__


class P:
    __call__ = functools.partial(lambda self, x: ("partial", x), "no-self")


for k in (S, C):
    print(k()())
print(P()(5))


class R:
    __repr__ = staticmethod(lambda: "static repr")


print(repr(R()), str(R()), f"{R()!r}")


class Ctx:
    def __init__(self):
        self.__enter__ = lambda: 1
        self.__exit__ = lambda *a: None


try:
    with Ctx():
        print("entered")
except TypeError as e:
    print("TypeError:", e)


class Both:
    def __call__(self):
        return "class __call__"


b = Both()
b.__call__ = lambda: "instance __call__"
print(b(), b.__call__())


class Base(ABC):
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        print("registered", name)


class Echo(Base, name="echo"):
    pass


class Alt:
    def __new__(cls):
        return object.__new__(Neg) if cls is Alt else object.__new__(cls)

    def __init__(self):
        print("Alt.__init__")


class Neg(Alt):
    def __init__(self):
        print("Neg.__init__")


print(type(Alt()).__name__)


class MyInt(int):
    pass


for v in (True, False, MyInt(3), 7):
    print(repr(math.floor(v)), repr(math.ceil(v)), type(math.floor(v)).__name__)
for text in ("++1", "--5", "+-3", "-+2", " +4 ", "-0"):
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(e)
