# types.DynamicClassAttribute and types.coroutine.
import types


class Color:
    def __init__(self, value):
        self._value = value

    @types.DynamicClassAttribute
    def value(self):
        "The member's value."
        return self._value

    @value.setter
    def value(self, v):
        self._value = v * 10


c = Color(3)
print(c.value, hasattr(Color, "value"))
c.value = 2
print(c.value)
d = Color.__dict__["value"]
print(type(d).__name__, d.__doc__, d.fget.__name__, d.fset.__name__, d.fdel, d.overwrite_doc)


class Plain:
    name = types.DynamicClassAttribute(lambda self: "instance name", doc="docs")
    ro = types.DynamicClassAttribute(lambda self: 1)
    wo = types.DynamicClassAttribute(None, lambda self, v: None)


try:
    Plain.name
except AttributeError as e:
    print("class access:", type(e).__name__, repr(e.args))
print(Plain().name, Plain.__dict__["name"].__doc__, Plain.__dict__["name"].overwrite_doc)
p = Plain()
for f in (lambda: setattr(p, "ro", 5), lambda: p.wo):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)

g = Plain.__dict__["ro"].getter(lambda self: 2)
print(g.fget(None), type(g).__name__)


@types.coroutine
def ticker(n):
    for i in range(n):
        yield i


print(list(ticker(3)), ticker.__name__)
wrapped = types.coroutine(len)
print(wrapped is len, wrapped("abc"), wrapped.__name__, wrapped.__wrapped__ is len)


def plain(x):
    return x * 2


cp = types.coroutine(plain)
print(cp is plain, cp(4), cp.__name__)
try:
    types.coroutine(1)
except TypeError as e:
    print(type(e).__name__, e)
