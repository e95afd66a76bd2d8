# Port of CPython 3.11 Lib/test/test_finalization.py: SimpleFinalizationTest.test_simple_resurrect
# __del__ of an object without cycles resurrects it; it runs only once, even
# when the resurrected object dies a second time.
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
import gc
import weakref

from support.finalization import (
    SimpleBase,
    SimpleResurrector,
    assert_del_calls,
    assert_survivors,
    clear_survivors,
    run,
)


class SimpleFinalizationTest:
    """
    Test finalization without refcycles.
    """

    def test_simple_resurrect():
        with SimpleBase.test():
            s = SimpleResurrector()
            ids = [id(s)]
            wr = weakref.ref(s)
            del s
            gc.collect()
            assert_del_calls(ids)
            assert_survivors(ids)
            # Without a cycle, __del__ runs before the weakrefs are cleared,
            # so the resurrected object is still reachable through wr.
            assert wr() is not None, "the weakref was cleared although __del__ resurrected the object"
            print("  resurrected object reachable through its weakref:", wr() is SimpleBase.survivors[0])
            clear_survivors()
            gc.collect()
            # __del__ runs at most once (PEP 442): the second death is silent.
            assert_del_calls(ids)
            assert_survivors([])
        assert wr() is None, "the weakref still answers after the second death"


run("SimpleFinalizationTest.test_simple_resurrect", SimpleFinalizationTest.test_simple_resurrect)
