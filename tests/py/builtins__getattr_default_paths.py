# getattr(obj, name, default) and hasattr answer without raising, whatever the lookup goes
# through; an uncaught AttributeError still prints CPython's "Did you mean".
import types
import weakref


class Props:
    real = 1

    @property
    def broken(self):
        raise AttributeError("inside the getter")

    @property
    def failing(self):
        raise ValueError("not an AttributeError")


class Fallback:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


class Guarded:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)


class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name


class WithMeta(metaclass=Meta):
    pass


mod = types.ModuleType("mod")
mod.__getattr__ = lambda name: "module:" + name

p = Props()
for obj, name in [(p, "real"), (p, "missing"), (p, "broken"), (Props, "broken"), (Fallback(), "dyn_x"),
                  (Fallback(), "other"), (Guarded(), "secret"), (Guarded(), "__class__"), (WithMeta, "anything"),
                  (mod, "thing"), (types, "nothing_here"), (int, "from_bytes"), (int, "nope"), (3, "real"),
                  (3, "nope"), (None, "x"), ("s", "upper")]:
    print(type(obj).__name__, name, getattr(obj, name, "<default>") if name != "upper" else "has upper",
          hasattr(obj, name))
try:
    getattr(p, "failing", None)
except ValueError as e:
    print("ValueError passes through:", e)
try:
    hasattr(p, "failing")
except ValueError as e:
    print("hasattr too:", e)
r = Props()
proxy = weakref.proxy(r)
print(getattr(proxy, "real", None), getattr(proxy, "nope", "none"), hasattr(proxy, "real"))
try:
    getattr(p, "rael")
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is p)
try:
    del p.missing
except AttributeError as e:
    print("del:", e)


class Point:
    def __init__(self):
        self.x_coord = 1


Point().x_cord
