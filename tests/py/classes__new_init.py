# __new__ runs before __init__; singletons and immutables.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Traced(7)
print(t.value)

class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

print(Single() is Single())

class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

u = UpperStr("abc")
print(u, len(u), isinstance(u, str), u + "!")

class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))

print(PositiveInt(-5), PositiveInt(-5) + 1)
