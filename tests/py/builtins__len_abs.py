# len() and abs().
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)))
print(len(""), len(b"xy"), len(range(0, 10, 3)))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True))
print(abs(-10 ** 30), abs(3 - 4j))
try:
    len(42)
except TypeError as e:
    print("TypeError:", e)
class L:
    def __len__(self):
        return 7
print(len(L()))
