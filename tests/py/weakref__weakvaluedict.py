# WeakValueDictionary entries disappear when their values die.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache["c"] = c
print("len:", len(cache), sorted(cache.keys()))
del b
print("after del b:", len(cache), sorted(cache.keys()))
print("'b' in cache:", "b" in cache, "get:", cache.get("b", "missing"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError:", e)
print("value a:", cache["a"].name)
a = None
c = Obj("replacement")
print("after dropping a and c:", sorted(cache.keys()))
