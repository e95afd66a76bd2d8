# A finalizer on a temporary object runs at once, inside the finalize() call's statement.
import weakref


class Foo:
    pass


print("before")
f = weakref.finalize(Foo(), print, "x")
print("after, alive:", f.alive)
result = weakref.finalize(Foo(), lambda: "value")
print("returned value is lost; alive:", result.alive, "call:", result())
