# complex() keeps a real imaginary argument's signed zero; super().__new__ is a static method
# (it makes the class it is given, not the caller's).
print(repr(complex(1, -0.0)), repr(complex(-0.0, -0.0)), repr(complex(1j, 2)), repr(complex(1, 2j)), repr(complex(1+2j, 3+4j)), repr(complex(-0.0)), repr(complex(0.0, -0.0)))
class B: pass
class C(B):
    def __new__(cls): return super().__new__(B)
print(type(C.__new__(C)).__name__)
class D(B):
    def __new__(cls, *a):
        inst = super().__new__(cls)
        return inst
print(type(D(1)).__name__)
print(object.__new__(B).__class__.__name__)
class MyInt(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
class MyStr(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
class MyFloat(float):
    def __new__(cls, v): return super(MyFloat, cls).__new__(cls, v)
print(MyInt(4), type(MyInt(4)).__name__, MyStr("ab"), MyTuple(1, 2), MyFloat(2.5))
class E(Exception):
    def __new__(cls, *a): return super().__new__(cls, *a)
print(repr(E(1, 2)))
class Ls(list):
    def __new__(cls, *a): return super().__new__(cls)
print(Ls([1,2]))
