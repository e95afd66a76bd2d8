# Attribute reads that the evaluation loop answers in place, from the site's first entry
# (an instance's value, a class's own attribute, a module's global), give what a full
# lookup would, each time, as the objects under them change.
import math
import types


class Strength:
    REQUIRED = 0
    STRONG = 1


def strengths():
    return [Strength.REQUIRED, Strength.STRONG]


print(strengths(), strengths())
Strength.REQUIRED = "changed"
print(strengths())
del Strength.STRONG
try:
    strengths()
except AttributeError as e:
    print("AttributeError:", e)
Strength.STRONG = 7
print(strengths())


class Sub(Strength):
    pass


def sub_required(c):
    return c.REQUIRED


print(sub_required(Sub), sub_required(Sub), sub_required(Strength))
Sub.REQUIRED = "own"
print(sub_required(Sub), sub_required(Strength))


class Meta(type):
    @property
    def REQUIRED(cls):
        return "from the metaclass"


class WithMeta(metaclass=Meta):
    REQUIRED = "class value"


print(sub_required(WithMeta), sub_required(WithMeta))

mod = types.ModuleType("m")
mod.x = 1
mod.y = 2


def read_x(m):
    return m.x


print(read_x(mod), read_x(mod))
mod.x = 10
print(read_x(mod))
del mod.x
mod.z = 3
try:
    read_x(mod)
except AttributeError as e:
    print("AttributeError:", e)
mod.x = "back"
print(read_x(mod))
other = types.ModuleType("other")
other.x = "other module"
print(read_x(other), read_x(mod))


def pi():
    return math.pi


print(pi(), pi())


class P:
    def __init__(self, x):
        self.x = x


def px(p):
    q = p
    return q.x


a, b = P(1), P(2)
print(px(a), px(b), px(a))
b.__dict__.clear()
try:
    px(b)
except AttributeError as e:
    print("AttributeError:", e)
P.x = "class"
print(px(b), px(a))
print(read_x(a), sub_required(a) if hasattr(a, "REQUIRED") else "no REQUIRED")
