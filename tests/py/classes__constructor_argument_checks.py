# Checks CPython makes when classes are built or values made from classes.
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class I(metaclass=5):
        pass
except TypeError as e:
    print("TypeError:", e)
fz = frozenset({1, 2})
print(fz.copy() is fz, type(fz.copy()).__name__)


class FZ(frozenset):
    pass


print(type(FZ({1}).copy()).__name__, FZ({1}).copy() == {1})


class B(bytes):
    pass


class BA(bytearray):
    pass


for cls in (bytes, bytearray, B, BA):
    v = cls.fromhex("41 42")
    print(cls.__name__, type(v).__name__, v)
print(b"".fromhex("43"), bytearray(b"x").fromhex("44"))
try:
    bytes.fromhex("4")
except ValueError as e:
    print("ValueError:", e)
