# The builtin types CPython does not let a class extend refuse a class statement and type()
# alike, with CPython's message; the others extend as usual.
import types


def gen():
    yield


for base in (bool, range, slice, memoryview, type(None), type(NotImplemented), type(...),
             types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.GeneratorType,
             types.CodeType):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("extended", base.__name__)

try:
    type("Dyn", (int, bool), {})
except TypeError as e:
    print("TypeError:", e)


class Fine(int, metaclass=type):
    pass


class AlsoFine(dict):
    pass


print(Fine(3) + 1, AlsoFine(a=1), issubclass(Fine, int))
print([t.__name__ for t in (bool, range, int, list) if t.__flags__ & (1 << 10)])
