# When a dead object releases what it held, each reference goes in turn, with all it frees,
# before the next: a finalizer that runs for one still sees the others alive.
import weakref


class X:
    def __init__(self, name):
        self.name = name


class Noisy:
    def __init__(self, name, buddy_ref=None):
        self.name = name
        self.buddy_ref = buddy_ref

    def __del__(self):
        buddy = self.buddy_ref() if self.buddy_ref else None
        print("del", self.name, "buddy:", buddy.name if buddy else None)


class Holder:
    def __init__(self):
        self.obj = X("held")
        self.ref = weakref.ref(self.obj, lambda r: print("held object gone"))
        self.fin = weakref.finalize(self.obj, print, "finalized")


h = Holder()
del h
print("-- list")
x = X("in list")
items = [x, weakref.ref(x, lambda r: print("list item gone"))]
del x
del items
print("-- tuple and dict")
y = X("in tuple")
t = (y, weakref.ref(y, lambda r: print("tuple item gone")), {"k": weakref.ref(y, lambda r: print("dict ref gone"))})
del y
del t
print("-- __del__ sees a later sibling")
b = X("buddy")
pair = [Noisy("first", weakref.ref(b)), b]
del b
del pair
print("-- nested")
z = X("deep")
outer = {"a": [[z]], "b": weakref.ref(z, lambda r: print("deep gone")), "c": Noisy("last")}
del z
del outer
print("end")
