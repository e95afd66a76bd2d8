# The builtin types' slot wrappers called by name take no keyword arguments and exactly their
# operands, in CPython's words ("wrapper __add__() takes no keyword arguments", "expected 1
# argument, got 0", " expected 2 arguments, got 1" where CPython unpacks with no name);
# __init__, __new__ and __call__ take what the type takes.
tests = ["(5).__add__(1, zzz=2)", "(5).__int__(1,2,3)", "(5).__add__()", "(5).__add__(1, 2)", "int.__add__(5, 1, 2)", "'a'.__len__(1)", "[].__len__(x=1)",
         "(5).__neg__(1)", "'a'.__getitem__()", "'a'.__getitem__(0, 1)", "[].__setitem__(0)", "(1).__eq__()", "(1).__hash__(2)", "(1).__repr__(x=1)",
         "'a'.__contains__()", "(1.0).__float__(2)", "(1).__bool__(1)", "[1].__iter__(1)", "iter([]).__next__(1)", "[].__init__(1, 2)", "[].__iadd__()",
         "(1).__pow__()", "(1).__pow__(1, 2, 3)", "(1).__round__(1, 2)", "(1).__lt__(1, 2)", "{}.__delitem__()", "(1).__format__()", "object().__setattr__('a')",
         "object().__getattribute__()", "(1).__sizeof__(1)", "(1).__index__(x=2)", "len.__call__(x=1)", "(1).__abs__(k=1)", "[].__mul__()", "(1).__divmod__()"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)


class D(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


class N(int):
    def __add__(self, other):
        return N(super().__add__(other) + 100)


class L(list):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


d = D()
d["a"] = 1
print(d, N(1) + 2, L("ab"), dict.__init__({}, a=1), (5).__add__(1), int.__neg__(3), "ab".__mul__(2))
try:
    L(x=1)
except TypeError as e:
    print("TypeError:", e)
