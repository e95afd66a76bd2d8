# __context__, __cause__ and __suppress_context__ set by hand, the exception state after a
# handler is left by an exception, and re-raising an earlier exception (no context cycle).
a = ValueError("a")
a.__context__ = KeyError("k")
print(repr(a.__context__), a.__suppress_context__)
a.__cause__ = TypeError("t")
print(repr(a.__cause__), a.__suppress_context__)
a.__suppress_context__ = False
print(a.__suppress_context__)
a.__cause__ = None
print(a.__cause__, a.__suppress_context__)
for attr, value in [("__cause__", 5), ("__context__", "x"), ("__suppress_context__", 1)]:
    try:
        setattr(a, attr, value)
    except TypeError as e:
        print(attr, "TypeError:", e)

try:
    try:
        {}["key"]
    except KeyError:
        raise LookupError("x") from None
except LookupError as e:
    print(repr(e.__context__), e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("v")
except ValueError as e:
    print("after a handler left by an exception:", repr(e.__context__))


def handler_returns():
    try:
        raise KeyError("a")
    except KeyError:
        return 1


handler_returns()
try:
    raise TypeError(4)
except TypeError as e:
    print("after a handler left by return:", repr(e.__context__))

try:
    first = ValueError("first")
    try:
        raise first
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            raise first
except ValueError as e:
    print(e.__context__.__context__ is e, repr(e.__context__), repr(e.__context__.__context__))


def outer():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise RuntimeError("after inner")


try:
    outer()
except RuntimeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

e = RuntimeError("shown")
e.__cause__ = ValueError("the cause")
raise e
