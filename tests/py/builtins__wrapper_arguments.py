# The slot wrappers check their receiver and count their arguments as CPython's do: a
# frozenset method refuses a set, set operators take either kind, and the messages are
# worded per wrapper kind (fixed count, unpacked range, METH_NOARGS).
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("frozenset.__or__(set)", lambda: frozenset.__or__({1}, {2}))
attempt("frozenset.__or__(frozenset)", lambda: sorted(frozenset.__or__(frozenset({1}), {2})))
attempt("set.__or__(frozenset)", lambda: sorted(set.__or__({1}, frozenset({2}))))
attempt("set.__and__(frozenset) type", lambda: type(set.__and__({1, 2}, frozenset({2}))).__name__)
attempt("frozenset.__rsub__", lambda: frozenset.__rsub__({1, 2}, frozenset({2})))
attempt("set.__ior__(frozenset)", lambda: sorted(set.__ior__({1}, frozenset({3}))))
attempt("frozenset.__xor__(list)", lambda: frozenset({1}).__xor__([1]))
d = {'a': 1}
for name in ['__and__', '__or__', '__xor__', '__sub__', '__rand__', '__ror__', '__rxor__', '__rsub__']:
    attempt(f"keys.{name}()", lambda: getattr(d.keys(), name)())
    attempt(f"keys.{name}(1,2)", lambda: getattr(d.keys(), name)(1, 2))
def f(*a): return a
attempt("classmethod.__get__(None)", lambda: classmethod(f).__get__(None))
attempt("classmethod.__get__(None, None)", lambda: classmethod(f).__get__(None, None))
attempt("classmethod.__get__(1)()", lambda: classmethod(f).__get__(1)())
attempt("classmethod.__get__(None, int)()", lambda: classmethod(f).__get__(None, int)())
attempt("staticmethod.__get__(None)", lambda: staticmethod(f).__get__(None))
attempt("staticmethod.__get__(None, int)()", lambda: staticmethod(f).__get__(None, int)())
attempt("function.__get__(None, None)", lambda: f.__get__(None, None))
attempt("function.__get__(None, 5)", lambda: f.__get__(None, 5) is f)
attempt("function.__get__(3, 5)()", lambda: f.__get__(3, 5)())
attempt("function.__get__()", lambda: f.__get__())
attempt("range.start", lambda: (range(1, 9, 2).start, range.start.__get__(range(3)), slice(1, 2).stop))
import operator
attempt("length_hint", lambda: [operator.length_hint(iter(x)) for x in ([1, 2], (1,), b"ab", {1}, "abc", range(4), {1: 2}, reversed([1, 2, 3]))])
attempt("length_hint keys", lambda: (operator.length_hint(iter({1: 2}.values())), operator.length_hint(iter({1: 2}.items()))))
ba = bytearray(b"hello")
ba[1:3] = b"EL"
del ba[::2]
print(ba)
attempt("property().__get__()", lambda: property().__get__())
attempt("property().__set__(1)", lambda: property().__set__(1))
attempt("property().__delete__()", lambda: property().__delete__())
attempt("None.__bool__(1)", lambda: None.__bool__(1))
attempt("super.__get__()", lambda: super(int, 1).__get__())
attempt("range.__bool__(1)", lambda: range(3).__bool__(1))
attempt("list_iterator.__length_hint__(1)", lambda: iter([]).__length_hint__(1))
attempt("int.__add__()", lambda: (1).__add__())
attempt("int.__pow__(1, 2, 3)", lambda: (1).__pow__(1, 2, 3))
attempt("staticmethod.__get__(1, 2, 3)", lambda: staticmethod(f).__get__(1, 2, 3))
