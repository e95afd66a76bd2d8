# Classes made by calling type(): their module is the caller's, __init_subclass__ runs with the
# class keywords; isinstance/issubclass ask a non-class second argument's hooks.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, kind="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)


Made = type("Made", (Plugin,), {"x": 1})
print(Made, Made.__module__, Made.kind, Made.x, Plugin.registry)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns, **kwargs)


class Tagged(Plugin, metaclass=Meta, kind="tagged"):
    pass


print(Tagged.kind, Plugin.registry, type(Tagged).__name__)
Bare = type("Bare", (), {})
print(Bare, repr(Bare()).split(" object")[0])


class AnyInt:
    def __instancecheck__(self, obj):
        return isinstance(obj, int)

    def __subclasscheck__(self, cls):
        return cls in (int, bool)


print(isinstance(3, AnyInt()), isinstance("3", AnyInt()), isinstance(3, (str, AnyInt())))
print(issubclass(bool, AnyInt()), issubclass(3, AnyInt()), issubclass(float, AnyInt()))
for args in [(3, int), (int, 3), (3, (int, str)), (int, (str, 3))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(3, 3), (3, (int, "x"))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
