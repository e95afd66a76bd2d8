# Port of CPython 3.11 Lib/test/test_weakref.py: FinalizeTestCase.test_arg_errors
# `func` and `obj` are positional-only in weakref.finalize: keywords of those
# names go to the callback, and leaving out obj or func is a TypeError.
import weakref


class A:
    pass


def expect_type_error(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError:
        print("  %s: TypeError" % label)
    else:
        raise AssertionError("%s: no TypeError" % label)


def test_arg_errors():
    def fin(*args, **kwargs):
        res.append((args, kwargs))

    a = A()

    res = []
    f = weakref.finalize(a, fin, 1, 2, func=3, obj=4)
    assert f.peek() == (a, fin, (1, 2), {'func': 3, 'obj': 4}), f.peek()
    f()
    assert res == [((1, 2), {'func': 3, 'obj': 4})], res
    print("  callback got", res[0])

    expect_type_error("finalize(a, func=fin, arg=1)",
                      lambda: weakref.finalize(a, func=fin, arg=1))
    expect_type_error("finalize(obj=a, func=fin, arg=1)",
                      lambda: weakref.finalize(obj=a, func=fin, arg=1))
    expect_type_error("finalize(a)", weakref.finalize, a)
    expect_type_error("finalize()", weakref.finalize)


test_arg_errors()
print("test_arg_errors: ok")
