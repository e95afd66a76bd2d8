# weakref.finalize calls func(*args, **kwargs) once when the object dies.
import weakref


class Resource:
    pass


def cleanup(name, *, mode):
    print("cleanup", name, "mode", mode)
    return "done"


r = Resource()
f = weakref.finalize(r, cleanup, "res1", mode="fast")
print("alive:", f.alive)
del r
print("alive after death:", f.alive)
print("calling dead finalizer:", f())
