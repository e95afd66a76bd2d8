# Calling a detached finalizer returns None and does nothing; the object dies quietly.
import weakref


class Obj:
    pass


o = Obj()
f = weakref.finalize(o, print, "should not print")
obj, func, args, kwargs = f.detach()
print("detached:", obj is o, func is print, args, kwargs)
del obj
print("call detached:", f())
del o
print("alive:", f.alive)
print("end")
