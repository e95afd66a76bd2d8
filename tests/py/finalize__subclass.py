# weakref.finalize can be subclassed; subclasses share the registry and run normally.
import weakref


class Obj:
    pass


class LoggingFinalize(weakref.finalize):
    def __call__(self, _=None):
        print("LoggingFinalize.__call__, alive:", self.alive)
        return super().__call__(_)


o = Obj()
f = LoggingFinalize(o, print, "subclass callback")
print("isinstance:", isinstance(f, weakref.finalize), "alive:", f.alive)
del o
print("after death, alive:", f.alive)
