# types.SimpleNamespace: attribute bags with a readable repr and equality.
from types import SimpleNamespace

config = SimpleNamespace(host="localhost", port=8080, debug=False)
print(config)
print(config.host, config.port, config.debug)
config.port += 1
config.user = "admin"
del config.debug
print(config, vars(config))
print(SimpleNamespace(), repr(SimpleNamespace(a=[1, 2], b={"k": (1,)}, c="s")))

# Building one from a dict, and nested namespaces from JSON-like data.
data = {"name": "widget", "size": {"w": 3, "h": 4}, "tags": ["a", "b"]}


def to_ns(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_ns(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_ns(v) for v in obj]
    return obj


ns = to_ns(data)
print(ns)
print(ns.size.w * ns.size.h, ns.tags[1])

print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2),
      SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1))
print(SimpleNamespace(a=1) == {"a": 1}, SimpleNamespace() == SimpleNamespace())
print(getattr(config, "missing", "default"), hasattr(config, "host"), hasattr(config, "nope"))
print(sorted(vars(SimpleNamespace(z=1, y=2))))


class Point(SimpleNamespace):
    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(x=3, y=4)
print(p, p.norm2(), p == SimpleNamespace(x=3, y=4), SimpleNamespace(x=3, y=4) == p)


class Tracked(SimpleNamespace):
    @property
    def label(self):
        return "L"

    @label.deleter
    def label(self):
        print("deleting label")


t = Tracked(a=1)
del t.label
del t.a
print(t, t.label)

# A namespace that contains itself.
loop = SimpleNamespace(name="loop")
loop.me = loop
print(loop)
outer = SimpleNamespace(inner=SimpleNamespace(v=1))
print(outer)

# Non-string keys put directly into __dict__ are left out of the repr.
odd = SimpleNamespace(a=1)
odd.__dict__[1] = 2
odd.__dict__[""] = 3
print(repr(odd))
print(SimpleNamespace(a=1).__reduce__())
print(SimpleNamespace, SimpleNamespace.__name__, SimpleNamespace.__module__, type(config).__qualname__)


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


show(SimpleNamespace, {"a": 1})
show(SimpleNamespace, 1, 2)
show(getattr, config, "zz")
show(getattr, p, "q")
show(lambda: SimpleNamespace(x=1) < SimpleNamespace(x=2))
show(lambda: SimpleNamespace(**{"a b": 1}))
