# Subclasses of builtin types: which keywords reach the base's constructor (CPython's float,
# tuple and frozenset accept any when the subclass has its own __init__), and iterator types
# (enumerate, zip, map, filter, reversed) subclassed and stepped, overriding __next__ too.
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__, e)

for base in (int, float, str, tuple, frozenset, list, set, dict, bytes, complex, bytearray):
    class A(base):
        def __init__(self, *a, **k): pass
    class B(base):
        def __new__(cls, *a, **k): return super().__new__(cls, *a)
    print(base.__name__)
    t(lambda: A(y=2))
    t(lambda: B(y=2))
    t(lambda: base.__new__(A, y=2))

for base in (map, filter, enumerate, zip):
    class A(base):
        def __init__(self, *a, **k): pass
    class B(base): pass
    print(base.__name__)
    t(lambda: type(A(abs, [1], y=2)) if base in (map, filter) else type(A([1], y=2)))
    t(lambda: B([1], y=2))

class E(enumerate): pass
print(list(E('ab', 1)))
class M(map): pass
print(list(M(abs, [-1, 2])))
class Z(zip): pass
print(list(Z('ab', 'cd')), isinstance(Z('a'), zip))
class R(reversed): pass
print(list(R([1, 2])))
class F(filter): pass
print(list(F(None, [0, 1])))
class Numbered(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x
print(list(Numbered('abc')))
for i, x in Numbered('xy', start=5):
    print(i, x)

class C(complex): pass
print(repr(C(1)), C(1, 2), C(1) + 1, type(C(1)))
class D(complex):
    def __new__(cls, *a, **k): return super().__new__(cls, *a)
print(D(2), repr(D()), type(D(3j)).__name__)

class L(list):
    def __new__(cls, *a, **k): return super().__new__(cls)
print(L([1, 2], tag='x'))
class L2(list): pass
t(lambda: L2([1], tag='x'))
t(lambda: L2([1], [2]))
class S(set): pass
t(lambda: S([1], tag='x'))
class DD(dict): pass
t(lambda: DD({}, {}))
print(DD({1: 2}, a=3))
