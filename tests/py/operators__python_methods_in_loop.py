# a <op> b with the operator defined in Python runs it as a frame of the evaluation loop:
# reflected methods, NotImplemented, in-place fallbacks, errors and finalization order stay
# CPython's.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        return V(self.x - other.x)

    def __mul__(self, k):
        print("  mul from", sys._getframe(1).f_code.co_name)
        return V(self.x * k)

    def __repr__(self):
        return f"V({self.x})"


def calc():
    a, b = V(1), V(2)
    c = a + b - V(1) * 3
    c += 10
    c *= 2
    return c


print(calc())


class R:
    def __radd__(self, other):
        return "R.__radd__ got " + repr(other)


print(V(1) + R())
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)


class SubV(V):
    def __radd__(self, other):
        return "SubV.__radd__ first"


print(V(1) + SubV(5))


class WithIadd(V):
    def __iadd__(self, other):
        print("  iadd")
        self.x += other
        return self


w = WithIadd(1)
w += 5
print(w)


class Loud:
    def __init__(self, name):
        self.name = name

    def __and__(self, other):
        print("  and", self.name, other.name)
        return NotImplemented

    def __rand__(self, other):
        print("  rand", self.name, other.name)
        return Loud(self.name + other.name)

    def __del__(self):
        print("  del", self.name)


class Loud2(Loud):
    pass


r = Loud("a") & Loud2("b")
print(r.name)
del r


class Boom:
    def __truediv__(self, other):
        return 1 / 0


def divide():
    return Boom() / 2


try:
    divide()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


class Deep:
    def __add__(self, other):
        return self + other


try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __matmul__(self, other, extra=1):
        return self.a * other.a + self.b * other.b + extra

    def __pow__(self, other):
        return "pow"

    def __lshift__(self, other):
        yield other


print(Pair(1, 2) @ Pair(3, 4), Pair(1, 2) ** 2, type(Pair(0, 0) << 1).__name__)


class NoRadd:
    def __add__(self, other):
        return NotImplemented


try:
    NoRadd() + NoRadd()
except TypeError as e:
    print("TypeError:", e)
