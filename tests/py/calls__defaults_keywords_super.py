# Calls that leave out defaulted parameters, name parameters by keyword, or go through
# super(): the same results, errors, tracebacks and release order however the call is made.
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f(a, b=2, c=Noisy("default c")):
    return (a, b, c.name if isinstance(c, Noisy) else c)


print(f(1), f(1, 5), f(1, c=3), f(a=0), f(1, c=4, b=9), f(c=1, a=2))


def positional_only(a, b=1, /, c=2):
    return a, b, c


print(positional_only(1), positional_only(1, 2, c=3))
for call in (
    lambda: f(),
    lambda: f(1, a=2),
    lambda: f(1, d=2),
    lambda: f(1, 2, 3, 4),
    lambda: positional_only(1, b=2),
    lambda: positional_only(a=1),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def countdown(n, step=1, *, _unused=None):
    return n if n <= 0 else countdown(n - step)


def depth(n, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + 1)


print(countdown(10), depth(500))


def fails(x, y=0):
    return x / y


try:
    fails(1)
except ZeroDivisionError:
    traceback.print_exc()


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1)
print(p.moved(dy=2), p.moved(3), p.moved(dx=1, dy=1), Point(y=5, x=4))
m = p.moved
print(m(dy=7))


class Base:
    def greet(self, who="world"):
        return f"Base greets {who}"

    @classmethod
    def make(cls):
        return f"made {cls.__name__}"

    @property
    def kind(self):
        return "base kind"

    def holder(self, tag):
        return Noisy(tag)


class Child(Base):
    def greet(self, who="child"):
        return "Child -> " + super().greet(who)

    @classmethod
    def make(cls):
        return "Child -> " + super().make()

    @property
    def kind(self):
        return "child of " + super().kind

    def holder(self, tag):
        return super().holder(tag + "!")

    def missing(self):
        return super().nothing_here()


c = Child()
print(c.greet(), c.greet("you"), Child.make(), c.make(), c.kind)
print(c.holder("h").name)
try:
    c.missing()
except AttributeError:
    traceback.print_exc()


class Mixin:
    def greet(self, who="mixin"):
        return "Mixin -> " + super().greet(who)


class Diamond(Mixin, Child):
    pass


print(Diamond().greet())


def shadowed():
    class Fake:
        def __init__(self, *args):
            print("Fake super", [type(a).__name__ for a in args])

        def greet(self, who):
            return "fake greets " + who

    global super
    real, super = super, Fake
    try:
        print(Child().greet())
    finally:
        super = real


shadowed()
print("end")
