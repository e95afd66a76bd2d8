# gc.collect() returns the number of unreachable objects found: two plain instances in a cycle -> 2.
import gc


class Plain:
    pass


gc.collect()
a = Plain()
b = Plain()
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("nothing left:", gc.collect())
