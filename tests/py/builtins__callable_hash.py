# callable() and hash() of numbers and tuples.
class C:
    def method(self):
        pass
    def __call__(self):
        pass
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(C().method))
print(callable(lambda: 0), callable("str"), callable(None))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(1.0) == hash(1), hash(0.5), hash(True), hash(False), hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
