# The heart of the seed document (docs/seed/weakref-finalize.md): a finalizer runs when its object
# dies, at most once, and can be called early, checked and detached.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name
        self.finalizer = weakref.finalize(self, Resource.cleanup, name)

    @staticmethod
    def cleanup(name):
        print(f"Cleaning up {name}")


r = Resource("first")
print("alive:", r.finalizer.alive)
del r  # the last reference goes: the finalizer runs now

s = Resource("second")
f = s.finalizer
f()  # called early
print("alive after the call:", f.alive)
print("a second call returns", f())

t = Resource("third")
print("detached, with arguments", t.finalizer.detach()[2])
del t
print("done")
