# split, subgroup and derive: by type, by tuple of types, by predicate; the metadata the parts
# take from the original group; subclasses with their own derive.
import sys

def show(label, pair):
    print(label, *(repr(p) for p in pair) if isinstance(pair, tuple) else (repr(pair),))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
show("by ValueError", eg.split(ValueError))
show("by tuple", eg.split((TypeError, KeyError)))
show("by LookupError", eg.split(LookupError))
show("by Exception", eg.split(Exception))
print("whole group kept:", eg.split(Exception)[0] is eg)
show("nothing", eg.split(OSError))
print("rest is a new object:", eg.split(OSError)[1] is eg)
show("predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("predicate on groups", eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
show("subgroup", eg.subgroup(ValueError))
show("subgroup none", eg.subgroup(OSError))
show("subgroup all", eg.subgroup(lambda e: True))
print("subgroup all is eg:", eg.subgroup(lambda e: True) is eg)
show("derive", eg.derive([OSError(5)]))
show("derive base", eg.derive([KeyboardInterrupt()]))

for bad in (1, int, (ValueError, 1), [ValueError], "x"):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split(%r):" % (bad,), e)
try:
    eg.split()
except TypeError as e:
    print("split():", e)
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised:", e)

# Metadata: traceback, cause, context and a copy of the notes go to both parts.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    caught = e
caught.add_note("a note")
m, r = caught.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
          part.__notes__ is caught.__notes__, part.__traceback__.tb_lineno, part.__suppress_context__)
print("leaves keep theirs:", m.exceptions[0] is caught.exceptions[0])
caught.__notes__ = "not a list"
print(caught.split(ValueError)[0].__dict__)

class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)

me = MyEG("mine", [ValueError(1), TypeError(2)], 42)
print(repr(me), me.code, me.args)
m, r = me.split(ValueError)
print(repr(m), type(m).__name__, m.code, repr(r), r.code)

class Plain(ExceptionGroup):
    pass

p = Plain("plain", [ValueError(1), TypeError(2)])
show("plain subclass", p.split(ValueError))

class Bad(ExceptionGroup):
    def derive(self, excs):
        return 1

try:
    Bad("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("bad derive:", e)

class Base(BaseExceptionGroup):
    pass

try:
    class Ex(ExceptionGroup):
        pass
    Ex("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(repr(Base("b", [ValueError(1)])), type(Base("b", [ValueError(1)])).__name__)

class NoDerive(ExceptionGroup):
    def __init__(self, message, excs, extra=None):
        super().__init__(message, excs)
        self.extra = extra

nd = NoDerive("nd", [ValueError(1), TypeError(2)], extra="x")
print(repr(nd), nd.extra, repr(nd.split(TypeError)))
