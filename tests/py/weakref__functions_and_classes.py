# Functions, classes, sets and lambdas support weakrefs; they die with their last reference.
import weakref


def func():
    return "called"


class Klass:
    pass


fr = weakref.ref(func)
print("function:", fr()())
kr = weakref.ref(Klass)
print("class:", kr().__name__)
s = {1, 2}
sr = weakref.ref(s)
print("set:", sorted(sr()))
lam = lambda: 1
lr = weakref.ref(lam, lambda r: print("lambda collected"))
del lam
print("lambda ref:", lr())
del func
print("function ref after del:", fr())
