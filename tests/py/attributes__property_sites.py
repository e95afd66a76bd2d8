# Reading a property at one site, over and over, while the class, the instance and the
# property change under it: each read sees what a fresh lookup would.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


def read_all(objs):
    return [o.fahrenheit for o in objs]


t = Temperature(100)
print(read_all([t, t, Temperature(0)]))
t.__dict__["fahrenheit"] = "instance value"  # a property is a data descriptor: it still wins
print(read_all([t]))
Temperature.fahrenheit = property(lambda self: "replaced getter")
print(read_all([t, Temperature(5)]))
Temperature.fahrenheit = "plain class value"
print(read_all([Temperature(5)]), read_all([t]))


class Fallback:
    @property
    def value(self):
        raise AttributeError("getter failed")

    def __getattr__(self, name):
        return "fallback for " + name


print([Fallback().value for _ in range(3)])


class Lazy:
    calls = 0

    @property
    def once(self):
        Lazy.calls += 1
        del Lazy.once
        Lazy.once = "now a value"
        return "computed"


lz = Lazy()
print([lz.once for _ in range(3)], Lazy.calls)


class Base:
    @property
    def kind(self):
        return "base"


class Derived(Base):
    kind = "derived attribute"


print([o.kind for o in (Base(), Derived(), Base(), Derived())])


class Broken:
    @property
    def fails(self):
        return 1 / 0


for _ in range(2):
    try:
        Broken().fails
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
