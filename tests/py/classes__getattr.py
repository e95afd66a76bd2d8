# __getattr__ is called only for missing attributes; __getattribute__ for all.
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.target)
print(p.target is not None)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return "default for " + name[4:]
        raise AttributeError(name)

d = Defaults()
print(d.x, d.opt_color, hasattr(d, "opt_size"), hasattr(d, "other"))
print(getattr(d, "missing", "fallback"))

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

print(Logged().a)
