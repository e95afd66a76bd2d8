# types: the names for built-in types match the types of real objects.
import sys
import types


def func():
    pass


def gen():
    yield 1


class C:
    def method(self):
        pass


def make_cell():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__

checks = [
    ("FunctionType", func), ("LambdaType", lambda: 0), ("MethodType", C().method),
    ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append), ("GeneratorType", gen()),
    ("CodeType", func.__code__), ("ModuleType", sys), ("TracebackType", tb),
    ("FrameType", tb.tb_frame), ("NoneType", None), ("NotImplementedType", NotImplemented),
    ("EllipsisType", ...), ("CellType", make_cell()),
]
for name, obj in checks:
    t = getattr(types, name)
    print(name, t.__name__, isinstance(obj, t), type(obj) is t)

print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(C.method, types.FunctionType), isinstance(C().method, types.FunctionType),
      isinstance(len, types.FunctionType), isinstance(print, types.BuiltinFunctionType),
      isinstance(gen, types.GeneratorType), isinstance(types, types.ModuleType))


# A typical dispatcher over kinds of callables.
def kind(obj):
    if isinstance(obj, types.MethodType):
        return "bound method"
    if isinstance(obj, types.FunctionType):
        return "function"
    if isinstance(obj, types.BuiltinFunctionType):
        return "builtin"
    if isinstance(obj, type):
        return "class"
    return "other"


print([kind(o) for o in (func, C().method, len, C, 3, lambda: 1, "".join)])

# MethodType binds a function to an object by hand.
class Dog:
    def __init__(self, name):
        self.name = name


def speak(self, sound="woof"):
    return f"{self.name} says {sound}"


rex = Dog("Rex")
rex.speak = types.MethodType(speak, rex)
print(rex.speak(), rex.speak("grr"), rex.speak.__self__ is rex, rex.speak.__func__ is speak)

print(type(None) is types.NoneType, type(...) is types.EllipsisType)
print(isinstance(sys.modules[__name__], types.ModuleType))
