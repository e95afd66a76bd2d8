# Classes with __slots__ need a __weakref__ slot to be weakly referenceable.
import weakref


class NoWeak:
    __slots__ = ("x",)


class WithWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
r = weakref.ref(w)
print("with __weakref__ slot:", r() is w)
print("__weakref__ attribute is r:", w.__weakref__ is r)
del w
print("dead:", r())
