# Weakrefs compare by referent while alive; after death by identity; hash must be taken while alive.
import weakref


class Val:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Val) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b = Val(1), Val(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print("alive equal:", ra == rb, "hash equal to referent hash:", hash(ra) == hash(1))
h = hash(ra)
del a, b
print("dead equal:", ra == rb, "self equal:", ra == ra)
print("hash kept after death:", hash(ra) == h)
try:
    hash(rb)
except TypeError as e:
    print("TypeError:", e)
c = Val(2)
rc = weakref.ref(c)
del c
print("dead ref != other dead ref:", ra != rc)
