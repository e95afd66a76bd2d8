# dir() of the objects a program meets besides instances of the builtin types (see
# builtins__dir_of_types.py): functions and methods, generators and coroutines, frames and
# tracebacks, descriptors, exceptions, views and iterators, and the builtins and sys modules.
import builtins
import sys
import types
import weakref


def function(a, b=1):
    return a


class Class:
    def method(self):
        pass

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass

    @property
    def prop(self):
        return 1


def generator():
    yield 1


async def coroutine():
    pass


async def async_generator():
    yield 1


def cell_of():
    x = 1

    def inner():
        return x

    return inner.__closure__[0]


try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__

co = coroutine()
objects = {
    "function": function,
    "lambda": lambda: None,
    "method": Class().method,
    "staticmethod": Class.__dict__["static"],
    "classmethod": Class.__dict__["klass"],
    "property": Class.__dict__["prop"],
    "builtin function": len,
    "builtin method": [].append,
    "method_descriptor": str.join,
    "wrapper_descriptor": int.__add__,
    "method-wrapper": (1).__add__,
    "classmethod_descriptor": dict.__dict__["fromkeys"],
    "generator": generator(),
    "coroutine": co,
    "async generator": async_generator(),
    "frame": sys._getframe(),
    "traceback": tb,
    "cell": cell_of(),
    "getset_descriptor": types.FunctionType.__dict__["__code__"],
    "member_descriptor": range.__dict__["start"],
    "super": super(Class, Class()),
    "module": types.ModuleType("made", "doc"),
    "exception": ValueError("x"),
    "BaseException": BaseException,
    "ExceptionGroup": ExceptionGroup("x", [ValueError()]),
    "StopIteration": StopIteration(1),
    "SyntaxError": SyntaxError("x"),
    "OSError": OSError(2, "x"),
    "KeyError": KeyError(1),
    "ImportError": ImportError("x"),
    "SystemExit": SystemExit(1),
    "NameError": NameError("x"),
    "AttributeError": AttributeError("x"),
    "UnicodeDecodeError": UnicodeDecodeError("utf-8", b"", 0, 1, "x"),
    "dict_keys": {}.keys(),
    "dict_values": {}.values(),
    "dict_items": {}.items(),
    "enumerate": enumerate([]),
    "map": map(function, []),
    "filter": filter(None, []),
    "set_iterator": iter(set()),
    "callable_iterator": iter(function, 1),
    "list_iterator": iter([]),
    "tuple_iterator": iter(()),
    "str_iterator": iter(""),
    "range_iterator": iter(range(3)),
    "bytes_iterator": iter(b""),
    "reversed": reversed((1,)),
    "list_reverseiterator": reversed([]),
    "zip": zip(),
    "GenericAlias": list[int],
    "UnionType": int | str,
    "SimpleNamespace": types.SimpleNamespace(),
    "mappingproxy": types.MappingProxyType({}),
    "NoneType": None,
    "NotImplementedType": NotImplemented,
    "ellipsis": ...,
    "weakref": weakref.ref(Class),
    "memoryview": memoryview(b""),
    "sys": sys,
}
for name, obj in objects.items():
    print(name, sorted(dir(obj)))

# Reap adds `finalize` to the builtins (README: Finalization) so the REPL has it at hand.
print("builtins", [n for n in dir(builtins) if n != "finalize"])
# (Reap's `types` is built in: it has no `__file__`.)
print("types", [n for n in dir(types) if not n.startswith("__")])
co.close()
