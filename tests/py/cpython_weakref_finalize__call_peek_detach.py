# Port of CPython 3.11 Lib/test/test_weakref.py: FinalizeTestCase.test_finalize
# Calling a finalizer runs its callback once and returns its result, later
# calls return None; peek() and detach() give (obj, func, args, kwargs) while
# alive and None afterwards; death of the object runs the callback.
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


def test_finalize():
    def add(x,y,z):
        res.append(x + y + z)
        return x + y + z

    a = A()

    res = []
    f = weakref.finalize(a, add, 67, 43, z=89)
    assert f.alive == True, "a new finalizer is alive"
    assert f.peek() == (a, add, (67,43), {'z':89}), f.peek()
    print("  first call returns", f())
    assert f() == None
    assert f() == None
    assert f.peek() == None
    assert f.detach() == None
    assert f.alive == False
    assert res == [199], res

    res = []
    f = weakref.finalize(a, add, 67, 43, 89)
    assert f.peek() == (a, add, (67,43,89), {}), f.peek()
    print("  detach() gives back func args kwargs:", f.peek()[1:] == (add, (67,43,89), {}))
    assert f.detach() == (a, add, (67,43,89), {})
    assert f() == None, "calling a detached finalizer returns None"
    assert f() == None
    assert f.peek() == None
    assert f.detach() == None
    assert f.alive == False
    assert res == [], res

    res = []
    f = weakref.finalize(a, add, x=67, y=43, z=89)
    del a
    _collect_if_necessary()
    print("  after the object died: alive =", f.alive, "res =", res)
    assert f() == None
    assert f() == None
    assert f.peek() == None
    assert f.detach() == None
    assert f.alive == False
    assert res == [199], res


test_finalize()
print("test_finalize: ok")
