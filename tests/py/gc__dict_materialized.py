# An instance's __dict__ is not an object of its own to the collector until a script looks at it
# (CPython 3.11 makes it then): gc.collect() counts it only in that case.
import gc


class Node:
    pass


gc.collect()
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("unseen dicts:", gc.collect())
a, b = Node(), Node()
a.other, b.other = b, a
print(sorted(a.__dict__))
del a, b
print("one dict seen:", gc.collect())
c = Node()
c.me = c
vars(c)
del c
print("seen through vars():", gc.collect())
