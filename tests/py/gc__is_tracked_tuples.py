# Tuples of atoms: a tuple literal is untracked; a runtime-built one is tracked until a collection.
import gc

print("literal tuple of ints:", gc.is_tracked((1, 2, 3)))
print("empty tuple:", gc.is_tracked(()))
t = tuple([1, 2, 3])
print("built tuple of ints:", gc.is_tracked(t))
u = tuple([[], 1])
print("built tuple with list:", gc.is_tracked(u))
gc.collect()
print("after collect, tuple of ints:", gc.is_tracked(t))
print("after collect, tuple with list:", gc.is_tracked(u))
