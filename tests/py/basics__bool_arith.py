# bool is a subclass of int.
print(True + True, True * 10, False - 1)
print(isinstance(True, int), type(True).__name__)
print(True == 1, hash(True) == hash(1))
print(sum([True, False, True, True]))
print(int(True), float(False), str(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"))
print(bool([]), bool([0]), bool({}), bool(None), bool(()))
print(True / 2, True // 2)
d = {1: "one", True: "true"}
print(d)
print(repr(True), repr(False))
