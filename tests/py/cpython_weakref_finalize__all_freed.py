# Port of CPython 3.11 Lib/test/test_weakref.py: FinalizeTestCase.test_all_freed
# A finalizer and its callback stay alive (held by the finalize registry)
# while the object lives, and are freed once the callback has run.
import gc
import sys
import weakref


class A:
    pass


def _collect_if_necessary():
    # we create no ref-cycles so in CPython no gc should be needed
    if sys.implementation.name != 'cpython':
        gc.collect()
        gc.collect()
        gc.collect()


def test_all_freed():
    # we want a weakrefable subclass of weakref.finalize
    class MyFinalizer(weakref.finalize):
        pass

    a = A()
    res = []
    def callback():
        res.append(123)
    f = MyFinalizer(a, callback)

    wr_callback = weakref.ref(callback)
    wr_f = weakref.ref(f)
    del callback, f

    assert wr_callback() is not None, "the callback died while its finalizer is registered"
    assert wr_f() is not None, "the finalizer died while its object lives"
    print("  before: callback alive =", wr_callback() is not None, "finalizer alive =", wr_f() is not None)

    del a
    _collect_if_necessary()

    print("  after: callback alive =", wr_callback() is not None, "finalizer alive =", wr_f() is not None)
    assert wr_callback() is None, "the callback outlived its finalizer"
    assert wr_f() is None, "the finalizer outlived its call"
    assert res == [123], res


test_all_freed()
print("test_all_freed: ok")
