# assertRaises / assertRaisesRegex / assertWarns / assertWarnsRegex, as calls and as
# context managers.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(title, call):
    try:
        value = call()
    except AssertionError as e:
        print(title, "-> AssertionError:", e)
    except Exception as e:
        print(title, "-> raised", type(e).__name__ + ":", e)
    else:
        print(title, "-> passed", "" if value is None else type(value).__name__)


def boom(kind=ValueError, text="bad value"):
    raise kind(text)


show("callable", lambda: t.assertRaises(ValueError, boom))
show("callable args", lambda: t.assertRaises(KeyError, boom, KeyError, text="k"))
show("tuple", lambda: t.assertRaises((TypeError, ValueError), boom))
show("subclass", lambda: t.assertRaises(LookupError, boom, KeyError))
show("not raised by", lambda: t.assertRaises(ValueError, len, "abc"))
show("not raised by lambda", lambda: t.assertRaises(ValueError, lambda: None))
show("not raised tuple", lambda: t.assertRaises((TypeError, ValueError), len, ""))
show("other exception", lambda: t.assertRaises(TypeError, boom))
show("bad type", lambda: t.assertRaises(1, boom))
show("bad type str", lambda: t.assertRaises("x"))
show("bad kwarg", lambda: t.assertRaises(ValueError, foo=1))
show("context manager", lambda: t.assertRaises(ValueError))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args)

with t.assertRaises(KeyError) as cm:
    {}["missing"]
print(repr(cm.exception))


def ctx_not_raised():
    with t.assertRaises(ValueError):
        pass


def ctx_not_raised_msg():
    with t.assertRaises(ValueError, msg="expected a ValueError"):
        pass


def ctx_other():
    with t.assertRaises(ValueError):
        raise KeyError("other")


show("ctx not raised", ctx_not_raised)
show("ctx not raised msg", ctx_not_raised_msg)
show("ctx other", ctx_other)

print("--- assertRaisesRegex")
show("regex ok", lambda: t.assertRaisesRegex(ValueError, "bad", boom))
show("regex no match", lambda: t.assertRaisesRegex(ValueError, "^value", boom))
show("regex compiled", lambda: t.assertRaisesRegex(ValueError, __import__("re").compile("V", 2), boom))
show("regex not raised", lambda: t.assertRaisesRegex(ValueError, "x", int, "3"))
with t.assertRaisesRegex(TypeError, r"unsupported operand") as cm:
    1 + "a"
print(cm.expected_regex.pattern, type(cm.exception).__name__)


def regex_ctx_msg():
    with t.assertRaisesRegex(ValueError, "zzz", msg="ctx msg"):
        raise ValueError("abc")


show("regex ctx msg", regex_ctx_msg)

print("--- assertWarns")


def warner(text="careful", category=UserWarning):
    warnings.warn(text, category)
    return 5


show("warns", lambda: t.assertWarns(UserWarning, warner))
show("warns subclass", lambda: t.assertWarns(Warning, warner))
show("warns tuple", lambda: t.assertWarns((DeprecationWarning, UserWarning), warner))
show("warns not triggered", lambda: t.assertWarns(UserWarning, len, "x"))
show("warns other category", lambda: t.assertWarns(DeprecationWarning, warner))
show("warns bad type", lambda: t.assertWarns(ValueError, warner))
show("warnsregex", lambda: t.assertWarnsRegex(UserWarning, "car", warner))
show("warnsregex no match", lambda: t.assertWarnsRegex(UserWarning, "^x", warner))

with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old stuff", DeprecationWarning)
    warnings.warn("old stuff again", DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, len(cm.warnings))


def warns_ctx_none():
    with t.assertWarns(RuntimeWarning, msg="mine"):
        pass


show("warns ctx not triggered", warns_ctx_none)

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    with t.assertWarns(UserWarning):
        warnings.warn("ours", UserWarning)
        warnings.warn("not ours", RuntimeWarning)
print([str(w.message) for w in seen])
