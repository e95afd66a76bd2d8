# A metaclass's __del__ runs for its classes: when the collector frees one, and at exit for
# the classes still alive; once each (PEP 442), even if a class is resurrected.
import gc


class Meta(type):
    def __del__(cls):
        print("metaclass __del__", cls.__name__)


class Dyn(metaclass=Meta):
    pass


del Dyn
print("collected", gc.collect() > 0)

saved = []


class Phoenix(type):
    def __del__(cls):
        print("resurrecting", cls.__name__)
        saved.append(cls)


Made = Phoenix("Made", (), {})
del Made
gc.collect()
print([c.__name__ for c in saved])
saved.clear()
gc.collect()
print("second collection done")


class Kept(metaclass=Meta):
    pass


class Sub(Kept):
    pass


print("end")
