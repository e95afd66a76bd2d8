# finalize(self, self.cleanup) keeps the object alive (bound method holds self) until exit.
import weakref


class Leaky:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, self.cleanup)

    def cleanup(self):
        print("Leaky.cleanup", self.name)


class Correct:
    def __init__(self, name):
        self._finalizer = weakref.finalize(self, Correct.cleanup, name)

    @staticmethod
    def cleanup(name):
        print("Correct.cleanup", name)


leaky = Leaky("leaky")
r = weakref.ref(leaky)
del leaky
print("leaky still alive after del:", r() is not None)
ok = Correct("ok")
del ok
print("end of script")
