# What gc.collect() counts for cycles of instances: CPython 3.11 keeps their attributes
# without a dict until a script asks for __dict__, and counts a dict only once one exists.
import gc


class Node:
    pass


def pair():
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    return a, b


gc.collect()
gc.disable()
a, b = pair()
del a, b
print("plain pair:", gc.collect())

a, b = pair()
vars(a)
del a, b
print("one __dict__ read:", gc.collect())

a, b = pair()
a.__dict__
b.__dict__
del a, b
print("both read:", gc.collect())

a, b = pair()
a.x = 1
del a.x
del a, b
print("after a deletion:", gc.collect())

a, b = pair()
dir(a)
del a, b
print("after dir():", gc.collect())

a, b = pair()
a.payload = [1, 2, 3]
a.more = {"k": (4, 5)}
del a, b
print("with containers:", gc.collect())


class Many:
    pass


m = Many()
for i in range(35):
    setattr(m, "n%d" % i, i)
m.me = m
del m
print("many names:", gc.collect())
gc.enable()
