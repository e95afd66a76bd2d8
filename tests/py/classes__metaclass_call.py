# A metaclass's __call__ decides what calling its classes does; super().__call__ reaches
# type.__call__, which runs __new__ and __init__ as usual.

class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


a = Config("app", debug=True)
b = Config("other")
print(a is b, a.name, a.debug)


class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        return type.__call__(cls, *args)


class P(metaclass=Counting):
    def __init__(self, x):
        self.x = x


class Q(P):
    pass


print(P(1).x, Q(2).x, Counting.calls)
print(type(Q).__name__)
print(callable(P), type.__call__(int, "5"))
class Plain:
    pass
print(Plain.__call__().__class__.__name__)
try:
    type.__call__(3)
except TypeError as e:
    print("TypeError", e)
