# Multiple inheritance, diamond shape and the MRO.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print([c.__name__ for c in D.__mro__])
print(D().who())

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y): pass
class V(Z, W): pass

print([c.__name__ for c in V.__mro__])
print([c.__name__ for c in V.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
