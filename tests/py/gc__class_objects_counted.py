# A class is always in a cycle (with its __mro__ and descriptors): it goes only when the
# collector finds it, and gc.collect() counts its parts as CPython does.
import gc
import weakref

gc.disable()
gc.collect()


def make():
    class Local:
        def method(self):
            return 1

    weakref.finalize(Local, print, "Local finalized")
    return weakref.ref(Local)


r = make()
print("after return, alive:", r() is not None)
print("collected:", gc.collect())
print("after collect, alive:", r() is not None)


def kinds():
    class Plain:
        pass

    class Child(Plain):
        pass

    class Slotted:
        __slots__ = ("a", "b")

    class WithWeak:
        __slots__ = ("a", "__weakref__")

    class Error(Exception):
        pass

    class ListLike(list):
        pass

    return [Plain, Child, Slotted, WithWeak, Error, ListLike]


for i in range(6):
    cls = kinds()[i]
    gc.collect()  # the other five
    name = cls.__name__
    del cls
    print(name, gc.collect())

made = kinds()
gc.collect()  # the classes survive one collection first
del made
print("after surviving a collection:", gc.collect())

# Instances keep their class alive; the class goes with the last of them.
def instance():
    class Kept:
        pass

    return Kept()


k = instance()
print("class alive with its instance:", gc.collect())
del k
print("class and instance:", gc.collect())
gc.enable()
