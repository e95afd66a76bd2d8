# Port of CPython 3.11 Lib/test/test_weakref.py: FinalizeTestCase.test_order
# Finalizers keep themselves alive without a reference from the program;
# when their object dies the still-alive ones run newest first.
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


def test_order():
    a = A()
    res = []

    f1 = weakref.finalize(a, res.append, 'f1')
    f2 = weakref.finalize(a, res.append, 'f2')
    f3 = weakref.finalize(a, res.append, 'f3')
    f4 = weakref.finalize(a, res.append, 'f4')
    f5 = weakref.finalize(a, res.append, 'f5')

    # make sure finalizers can keep themselves alive
    del f1, f4

    assert f2.alive
    assert f3.alive
    assert f5.alive

    assert f5.detach()
    assert not f5.alive

    f5()                       # nothing because previously unregistered
    res.append('A')
    f3()                       # => res.append('f3')
    assert not f3.alive
    res.append('B')
    f3()                       # nothing because previously called
    res.append('C')
    del a
    _collect_if_necessary()
                               # => res.append('f4')
                               # => res.append('f2')
                               # => res.append('f1')
    assert not f2.alive
    res.append('D')
    f2()                       # nothing because previously called by gc

    print("  ", res)
    expected = ['A', 'f3', 'B', 'C', 'f4', 'f2', 'f1', 'D']
    assert res == expected, res


test_order()
print("test_order: ok")
