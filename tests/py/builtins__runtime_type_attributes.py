# The data attributes of functions, builtins, generators, frames, cells, modules and
# exceptions, read through the objects and seen on their classes, as introspection and
# pickling code uses them.
import builtins
import sys
import types


def f(a, b=1, *, c=2):
    return a


print(type(types.FunctionType.__dict__["__name__"]).__name__, repr(types.FunctionType.__dict__["__code__"]))
print(types.FunctionType.__dict__["__name__"].__get__(f), f.__builtins__ is vars(builtins))
print(f.__call__(5), types.FunctionType.__call__(f, 6), len.__call__([1, 2]), len.__self__, [].append.__self__)
try:
    types.FunctionType.__dict__["__name__"].__get__(5)
except TypeError as e:
    print("TypeError:", e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)

e = ValueError(1)
e.args = [2, 3]
print(e.args, str(e), BaseException.__dict__["args"].__get__(e))
try:
    del e.args
except TypeError as err:
    print("TypeError:", err)
e.__setstate__({"note": "kept"})
print(e.note)
err = SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 7))
print(err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset, err.print_file_and_line)
print(SyntaxError("only msg").lineno, SyntaxError().msg)
for info in [("f", 1, 2), ("f", 1, 2, "t", 3), ("f", 1, 2, "t", 3, 4, 5)]:
    try:
        SyntaxError("m", info)
    except TypeError as te:
        print("TypeError:", te)


def make_cell():
    x = 41

    def inner():
        return x

    return inner.__closure__[0]


cell = make_cell()
print(cell.cell_contents + 1)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as ve:
    print("ValueError:", ve)


def gen():
    yield 1
    yield 2


g = gen()
print(g.gi_suspended, g.gi_running)
next(g)
print(g.gi_suspended)
g.__del__()
print(g.gi_suspended, g.gi_frame, list(g))

frame = sys._getframe()
print(frame.f_builtins is vars(builtins), frame.f_lasti > 0, type(frame.f_lasti).__name__)
mod = types.ModuleType("scratch")
print(mod.__annotations__, "__annotations__" in vars(mod))
print(getattr(builtins, "None"), getattr(builtins, "True"), builtins.__package__ == "", builtins.__name__)

Point = __build_class__(lambda: None, "Point")
print(Point, Point.__name__)


try:
    __build_class__(1, "X")
except TypeError as te:
    print("TypeError:", te)
