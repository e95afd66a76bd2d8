# class definitions with bases and keyword arguments
class A:
    pass

class B(A):
    pass

class C(A, B):
    x = 1

class D(metaclass=type):
    pass

class E(A, metaclass=type, extra=1):
    pass

class F(*bases, **kwds):
    pass

class G():
    pass

class H(A,):
    pass
