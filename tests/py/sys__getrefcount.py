# sys.getrefcount counts the references a script can see, plus the one its own argument holds.
import sys

x = object()
print("global:", sys.getrefcount(x))
pair = [x, x]
print("in a list twice:", sys.getrefcount(x))
del pair
print("list dropped:", sys.getrefcount(x))


def inside(a):
    return sys.getrefcount(a)


print("as a parameter:", inside(x))
print("a fresh list:", sys.getrefcount([]))
print("a fresh dict:", sys.getrefcount({"a": []}))


class Node:
    def __init__(self):
        self.children = []

    def count_self(self):
        return sys.getrefcount(self)


n = Node()
print("instance:", sys.getrefcount(n))
print("from a method:", n.count_self())
kids = n.children
print("attribute and a name:", sys.getrefcount(kids))
d = {"k": kids}
print("also in a dict:", sys.getrefcount(kids))
t = (kids,)
print("also in a tuple:", sys.getrefcount(kids))
del d, t
print("back to:", sys.getrefcount(kids))


def gen(v):
    yield sys.getrefcount(v)


print("in a generator:", next(gen(kids)))
f = lambda: kids
print("closure over a global:", sys.getrefcount(kids))


def outer():
    local = []

    def inner():
        return local

    return sys.getrefcount(local), inner


print("a cell:", outer()[0])
