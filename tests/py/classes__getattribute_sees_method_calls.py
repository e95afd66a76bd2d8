# A class's own __getattribute__ sees method calls (obj.name(...)) too, also on a subclass of a
# builtin type.
class T(tuple):
    def __getattribute__(self, name):
        if name in ("index", "count"):
            raise AttributeError(name)
        return tuple.__getattribute__(self, name)
    def __getattr__(self, name):
        return lambda *a: ("via __getattr__", name, a)
t = T((1, 2))
print(t.index(1), t.count(2), t.index.__name__)
class L:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def m(self): return "m"
print(L().m())
