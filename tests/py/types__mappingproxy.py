# types.MappingProxyType: a read-only view of a dict that follows the dict's changes.
from types import MappingProxyType

settings = {"theme": "dark", "size": 12}
view = MappingProxyType(settings)
print(view, str(view), len(view), list(view), view["theme"])
print(view.get("size"), view.get("nope"), view.get("nope", 0), "theme" in view, "x" in view)
print(view.keys(), view.values(), view.items(), view.copy(), view.copy() is settings)
settings["lang"] = "en"
print(view, len(view), view["lang"])
print(view == {"theme": "dark", "size": 12, "lang": "en"}, view != settings, view == view)
print(view | {"size": 14}, {"extra": 1} | view, view | MappingProxyType({"z": 0}))
print(list(reversed(view)), [k for k in view], dict(view), sorted(view.items()))
print(repr(MappingProxyType({})), repr(MappingProxyType(MappingProxyType({1: 2}))))
print(type(view), type(view).__name__)


# A class exposing its registry read-only.
class Registry:
    def __init__(self):
        self._items = {}

    def register(self, name, value):
        self._items[name] = value

    @property
    def items(self):
        return MappingProxyType(self._items)


reg = Registry()
reg.register("a", 1)
items = reg.items
reg.register("b", 2)
print(items, len(items))
try:
    items["c"] = 3
except TypeError as e:
    print(type(e).__name__, e)


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


def assign():
    view["theme"] = "light"


def delete():
    del view["theme"]


def inplace():
    global view
    view |= {"a": 1}


show(assign)
show(delete)
show(inplace)
show(setattr, view, "x", 1)
show(lambda: view["missing"])
show(lambda: view.pop("theme"))
show(lambda: view.update({}))
show(lambda: view.setdefault("a"))
show(lambda: view.clear())
show(hash, view)
show(MappingProxyType, [1, 2])
show(MappingProxyType, (1,))
show(MappingProxyType, 5)
show(MappingProxyType, None)
show(MappingProxyType)
show(MappingProxyType, {}, {})
show(MappingProxyType, mapping={"k": "v"})
show(MappingProxyType, "abc")
show(lambda: view < {})
print(settings)

try:
    class Sub(MappingProxyType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
