# What __len__ and __hash__ may return, and a metaclass's descriptors read through a class.
class I(int):
    pass


class H:
    def __hash__(self):
        return I(7)


print(hash(H()), {H(): 1} != {})


class N:
    def __index__(self):
        return 4


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(N())), len(Sized(I(3))), bool(Sized(I(0))), bool(Sized(N())))
for n in (-1, 2**70, 1.5, "3"):
    for f in (len, bool):
        try:
            print(f.__name__, f(Sized(n)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)


class D:
    def __get__(self, obj, owner):
        return f"via __get__ ({obj.__name__ if obj else obj}, {owner.__name__})"


class Meta(type):
    attr = D()


class A(metaclass=Meta):
    pass


print(A.attr)


class Shadow(metaclass=Meta):
    attr = "class's own"


print(Shadow.attr)


class C:
    __call__ = None


try:
    C()()
except TypeError as e:
    print("TypeError:", e)
