# Constructing exception groups: the checks and their messages, message/exceptions, str/repr.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("bytes message", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("a", ValueError()))
attempt("a set", lambda: ExceptionGroup("a", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("a", []))
attempt("empty tuple", lambda: BaseExceptionGroup("a", ()))
attempt("not exceptions", lambda: ExceptionGroup("a", [ValueError(), 1]))
attempt("a class", lambda: ExceptionGroup("a", [ValueError]))
attempt("a str", lambda: ExceptionGroup("a", "abc"))
attempt("base in EG", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("base in BEG", lambda: BaseExceptionGroup("a", [ValueError(), KeyboardInterrupt()]))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("a", [ValueError(1)]))
attempt("tuple", lambda: ExceptionGroup("a", (ValueError(1), TypeError(2))))
attempt("generator-free range", lambda: ExceptionGroup("a", range(3)))
attempt("keywords", lambda: ExceptionGroup(message="a", exceptions=[ValueError()]))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(eg)
print(repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError(1)])))
print(repr(BaseExceptionGroup("nested", [KeyboardInterrupt(), ExceptionGroup("in", [OSError(2, "no")])])))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(type(BaseExceptionGroup("x", [ValueError()])) is ExceptionGroup)
print(type(BaseExceptionGroup("x", [SystemExit()])) is BaseExceptionGroup)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 3)
    except AttributeError as e:
        print(attr, "AttributeError:", e)
print(eg.__dict__)
try:
    raise eg
except Exception as e:
    print("caught by except Exception:", e is eg)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught by except BaseException:", repr(e))
