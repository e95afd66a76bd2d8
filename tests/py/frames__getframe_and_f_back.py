# sys._getframe(depth), f_back of running and finished frames, f_code/f_lineno/f_globals of
# callers, generator frames, a traceback frame's caller.
import sys
def show(f):
    return (f.f_code.co_name, f.f_lineno, f.f_globals["__name__"])
def inner():
    f = sys._getframe()
    print("inner", show(f))
    print("back", show(f.f_back))
    print("back2", show(f.f_back.f_back))
    print(f.f_back.f_back.f_back)
    print(show(sys._getframe(1)), show(sys._getframe(2)))
    try:
        sys._getframe(10)
    except ValueError as e:
        print("ValueError", e)
    return f
def outer():
    x = 5
    return inner()
f = outer()
print("after", f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
print(sorted(f.f_back.f_locals.items()))
class K:
    print("class body", sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name)
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_lineno
print(list(gen()))
g = gen(); next(g)
print(g.gi_frame.f_lineno if hasattr(g, "gi_frame") else "nogi")
print(list(map(lambda x: sys._getframe(1).f_code.co_name, [1])))
def caller_name():
    return sys._getframe(2).f_code.co_name
def a():
    return caller_name()
def b():
    return a()
print(b())
import warnings
def deprecated():
    warnings.warn("old", DeprecationWarning, stacklevel=2)
def user():
    deprecated()
warnings.simplefilter("always")
user()
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back)
def deep():
    try:
        1/0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_back.f_code.co_name
def mid(): return deep()
print(mid())
