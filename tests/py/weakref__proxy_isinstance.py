# A proxy passes for its referent in isinstance, as its __class__ says, but its type is
# the proxy type.
import weakref


class Node:
    def __call__(self):
        return "called"


class Leaf(Node):
    pass


leaf = Leaf()
p = weakref.proxy(leaf)
print(isinstance(p, Leaf), isinstance(p, Node), isinstance(p, object))
print(isinstance(p, (int, Node)), isinstance(p, int))
print(p.__class__ is Leaf, type(p) is weakref.ProxyType, type(p) is Leaf)
print(isinstance(p, weakref.ProxyType), issubclass(type(p), Leaf))
cp = weakref.proxy(Node())  # callable referent, which dies at once
print(type(cp) is weakref.CallableProxyType)
try:
    isinstance(cp, Node)
except ReferenceError as e:
    print("ReferenceError:", e)
r = weakref.ref(leaf)
print(isinstance(r, Leaf), isinstance(r, weakref.ref))
