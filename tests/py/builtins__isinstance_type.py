# isinstance, issubclass and type(x).__name__.
values = [1, 1.0, "s", [], (), {}, set(), None, True, b"", range(1), len, print, 1j]
print([type(v).__name__ for v in values])
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, object)))
print(issubclass(list, list), issubclass(float, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), type(B()) is A, type(B()) == B)
print(type(1) is int, type(type(1)).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
