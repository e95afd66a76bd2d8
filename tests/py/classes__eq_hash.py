# __eq__ and __hash__ make instances usable as dict keys.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%d, %d)" % (self.a, self.b)

k1 = Key(1, 2)
k2 = Key(1, 2)
k3 = Key(2, 1)
print(k1 == k2, k1 == k3, k1 != k3, k1 is k2)
d = {k1: "first"}
d[k2] = "second"
print(d, len(d))
print(len({k1, k2, k3}))
print(k1 == (1, 2), k1 != "x")

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
