# finalize.peek() and detach() return (obj, func, args, kwargs) while alive, then None.
import weakref


class Obj:
    def __repr__(self):
        return "<Obj>"


def func(*args, **kwargs):
    print("func called (not expected)")


o = Obj()
f = weakref.finalize(o, func, 1, 2, key="v")
print("peek:", f.peek())
print("peek again, still alive:", f.alive)
print("detach:", f.detach())
print("alive after detach:", f.alive)
print("peek after detach:", f.peek())
print("detach again:", f.detach())
g = weakref.finalize(o, func)
print("no-args peek:", g.peek())
g.detach()
del o
print("end")
