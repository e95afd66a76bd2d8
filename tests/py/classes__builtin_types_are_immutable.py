# Builtin classes refuse new attributes, changed ones and deletions; classes written in Python
# (weakref.finalize is one in CPython) and a script's own subclasses of builtins do not.
import weakref
for t in [int, str, bool, float, list, dict, tuple, set, frozenset, bytes, bytearray, object, type,
          range, slice, complex, ValueError, BaseException, KeyError, StopIteration, weakref.ref,
          type(print), type(None), type(...), type(NotImplemented), property, staticmethod,
          classmethod, super, type(iter([])), type(x for x in []), type(lambda: 0), zip, map,
          filter, enumerate, reversed]:
    try:
        t.foo = 1
        print(t.__name__, "took a new attribute")
    except TypeError as e:
        print(e)

for action in ("setattr(int, 'real', 1)", "delattr(int, 'real')", "setattr(str, 'join', None)",
               "delattr(ValueError, 'args')", "setattr(list, '__len__', len)", "setattr(int, '__name__', 'x')",
               "setattr(dict, '__del__', print)"):
    try:
        eval(action)
        print(action, "worked")
    except (TypeError, AttributeError) as e:
        print(action, "->", type(e).__name__, e)

weakref.finalize.note = "mine"
print(weakref.finalize.note)
del weakref.finalize.note

class MyList(list):
    pass
MyList.extra = 42
print(MyList.extra, MyList().extra)
del MyList.extra
print(hasattr(MyList, "extra"))

class Counted(int):
    def __del__(self):
        print("Counted released")
c = Counted(3)
Counted.__del__ = lambda self: print("replaced __del__ ran")
del c
