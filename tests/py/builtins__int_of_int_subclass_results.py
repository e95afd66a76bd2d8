# int() of objects whose __int__ or __index__ give an int subclass: the value, with CPython's warning.
import warnings
warnings.simplefilter('always')
class MyInt(int): pass
class E:
    def __index__(self): return True
print(int(True), type(int(True)).__name__, int(MyInt(5)), type(int(MyInt(5))).__name__, int(3.9), int('12'))
print(int(E()), type(int(E())).__name__)
import enum
class Color(enum.IntEnum):
    RED = 1
print(int(Color.RED), type(int(Color.RED)).__name__)


class C:
    def __int__(self):
        return True


print(int(C()), type(int(C())).__name__)
