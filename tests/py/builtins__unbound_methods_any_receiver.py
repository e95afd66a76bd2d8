# Every method of the builtin types called through its class with receivers of every kind and
# any number of arguments: each call returns or raises, none crashes the interpreter.
import sys
types_ = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, object, type, memoryview, property, staticmethod, classmethod, super,
          BaseException, ValueError, OSError, KeyError, StopIteration, SyntaxError, UnicodeDecodeError,
          type(iter([])), type(iter(())), type(iter("")), type(iter(range(3))), type({}.keys()),
          type({}.values()), type({}.items()), type(iter({})), type(x for x in []), type(len),
          type(lambda: 0), type(print.__call__), enumerate, zip, map, filter, reversed,
          type(None), type(NotImplemented), type(Ellipsis)]
pool = [None, 0, -1, 2**70, 1.5, 'a', b'b', bytearray(b'c'), [1], (1,), {1: 2}, {3}, object(),
        int, range(2), slice(1), lambda *a: 0, iter([1])]
count = 0
skip = {"__del__", "__init_subclass__", "__setattr__", "__delattr__", "__set_name__", "__class__",
        "__init__", "__setitem__", "__delitem__", "__setstate__", "__set__", "__delete__"}
for T in types_:
    for name in dir(T):
        if name in skip:
            continue
        try:
            attr = getattr(T, name)
        except Exception:
            continue
        if not callable(attr) or isinstance(attr, type):
            continue
        for recv in pool:
            for extra in ([], [0], ['x'], [1, 2], [None, None, None]):
                try:
                    attr(recv, *extra)
                except Exception:
                    pass
                count += 1
        try:
            attr()
        except Exception:
            pass
print("done", count > 1000)
