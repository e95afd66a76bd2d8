# __setattr__ and __delattr__ intercept attribute assignment and deletion.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set " + name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)

f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.x
except AttributeError as e:
    print("AttributeError:", e)

class Recorder:
    def __setattr__(self, name, value):
        print("set", name, "=", repr(value))
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

r = Recorder()
r.a = "hello"
r.b = 3
print(r.a, r.b, sorted(r.__dict__))
setattr(r, "c", "via setattr")
print(r.c)
