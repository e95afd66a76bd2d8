# Calling built-in types as constructors with no or some arguments.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), repr(bytes()))
print(list("abc"), tuple([1, 2]), dict([(1, 2)]), set([1, 1]), frozenset([2]))
print(list(range(3)), list({"a": 1}), list({"a": 1}.items()))
print(bool([]), bool([0]), str(12.0), int(-7.9), float(" 3 "))
print(complex(1, 2), complex("3+4j"), bytes([1, 2]), bytearray(2))
print(type(5)("12"), type("")(5), type([])((1, 2)))
print(slice(3), slice(1, 5, 2).indices(10))
print(object().__class__.__name__)
