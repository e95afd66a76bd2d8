# float() and int() take a subclass instance returned by __float__/__int__ as its value, and
# warn as CPython 3.11 does; int() delegating to __trunc__ warns too.
class F(float): pass
class X:
    def __float__(self): return F(2.5)
v = float(X())
print(type(v).__name__, v)
class T:
    def __trunc__(self): return 7
print(int(T()))
class I(int): pass
class Y:
    def __int__(self): return I(3)
print(type(int(Y())).__name__)
