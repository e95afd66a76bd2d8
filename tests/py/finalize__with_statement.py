# Calling a finalizer from __exit__ releases a resource early; it then does not run again.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, Resource._release, name)

    @staticmethod
    def _release(name):
        print("release", name)

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name)
        self._finalizer()
        return False


with Resource("r1") as r:
    print("using", r.name)
print("after with, finalizer alive:", r._finalizer.alive)
del r
print("---")
holder = Resource("r2")
try:
    with holder:
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("caught", e)
holder = None
print("end")
