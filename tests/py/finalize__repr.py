# finalize repr names the referent's type while alive and says "dead" afterwards.
import weakref


class Widget:
    pass


w = Widget()
f = weakref.finalize(w, lambda: None)
print(repr(f))
del w
print(repr(f))


class MyFinalize(weakref.finalize):
    pass


w2 = Widget()
g = MyFinalize(w2, lambda: None)
print(repr(g))
g()
print(repr(g))
