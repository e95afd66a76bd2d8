# Builtin types' methods called by name answer as CPython's slots do: a comparison slot
# leaves types it does not handle to the other operand (NotImplemented), and
# BaseException.__str__ is not KeyError's.
print(ValueError.__str__(KeyError('k')), KeyError.__str__(KeyError('k')), str(KeyError('k')))
class MyKey(KeyError):
    pass
print(str(MyKey('m')), BaseException.__str__(MyKey('m')), repr(MyKey('m')))
print(int.__eq__(1, 1.0), int.__eq__(1, 1), float.__eq__(1.0, 1), int.__lt__(1, 2.0))
print(object.__eq__(1, 1), object.__ne__(1, 2), str.__eq__('a', 1), str.__eq__('a', 'a'))
print(int.__add__(1, 2.0), float.__add__(1.0, 2), complex.__eq__(1j, 1j), complex.__lt__(1j, 1j))
print(list.__eq__([1], (1,)), tuple.__eq__((1,), (1,)), set.__eq__({1}, frozenset({1})), dict.__eq__({}, []))
print(bytes.__eq__(b'a', bytearray(b'a')), bytearray.__eq__(bytearray(b'a'), b'a'), bool.__eq__(True, 1))
class MyInt(int):
    pass
print(MyInt(1) == 1.0, 1.0 == MyInt(1), MyInt(2) < 2.5, [MyInt(1)] == [1.0], int.__eq__(MyInt(3), 3))
print(sorted([3, 1.5, MyInt(2), True]), max(1, 2.5), 1 in [1.0], (1, 2) == (1.0, 2.0))
