# object's __reduce_ex__, __reduce__ and __getstate__ as methods: what they return, their
# errors, and classes that extend them through super() (pickled and copied).
import copyreg, pickle, copy
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class A:
    pass
a = A(); a.x = 1
class S:
    __slots__ = ("p", "q")
s = S(); s.p = 3
attempt("object().__reduce_ex__(2)", lambda: object().__reduce_ex__(2))
attempt("object().__reduce__()", lambda: object().__reduce__())
attempt("object().__getstate__()", lambda: object().__getstate__())
attempt("a.__getstate__()", lambda: a.__getstate__())
attempt("a.__getstate__() is dict", lambda: a.__getstate__() is a.__dict__)
attempt("s.__getstate__()", lambda: s.__getstate__())
attempt("a.__reduce_ex__(4)[:3]", lambda: a.__reduce_ex__(4)[:3])
attempt("a.__reduce_ex__(1)", lambda: a.__reduce_ex__(1))
attempt("(5).__reduce_ex__(2)", lambda: (5).__reduce_ex__(2))
attempt("(5).__reduce__()", lambda: (5).__reduce__())
attempt("'ab'.__reduce_ex__(3)", lambda: 'ab'.__reduce_ex__(3))
attempt("[1].__reduce_ex__(2)[:3]", lambda: [1].__reduce_ex__(2)[:3])
attempt("range(3).__reduce__()", lambda: range(3).__reduce__())
attempt("range(3).__reduce_ex__(2)", lambda: range(3).__reduce_ex__(2))
attempt("object.__reduce_ex__()", lambda: object.__reduce_ex__())
attempt("object().__reduce_ex__()", lambda: object().__reduce_ex__())
attempt("object().__reduce_ex__('x')", lambda: object().__reduce_ex__('x'))
attempt("object().__reduce__(1)", lambda: object().__reduce__(1))
attempt("object().__getstate__(1)", lambda: object().__getstate__(1))
attempt("s.__reduce_ex__(0)", lambda: s.__reduce_ex__(0))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v,))
attempt("R(1).__reduce_ex__(2)", lambda: R(1).__reduce_ex__(2))
class E:
    def __init__(self): self.data = [1, 2]
    def __reduce_ex__(self, proto):
        print("E.__reduce_ex__", proto)
        return super().__reduce_ex__(proto)
e = pickle.loads(pickle.dumps(E()))
print(type(e).__name__, e.data)
print(copy.deepcopy(E()).data)
class G:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self):
        state = super().__getstate__().copy()
        del state["b"]
        return state
g = pickle.loads(pickle.dumps(G()))
print(vars(g))
print(pickle.dumps(a, 0) == pickle.dumps(a, 0), len(pickle.dumps(a)), pickle.dumps(a, 2))
print(pickle.dumps([range(4), {1, 2}, frozenset(), bytearray(b"x"), ValueError("v"), slice(1, 2)]))
attempt("A.__reduce__ is object.__reduce__", lambda: A.__reduce__ is object.__reduce__)
attempt("'__reduce_ex__' in dir(A)", lambda: ['__getstate__' in dir(x) for x in (A, a, 1, object)])
