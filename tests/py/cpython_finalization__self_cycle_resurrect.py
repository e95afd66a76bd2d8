# Port of CPython 3.11 Lib/test/test_finalization.py: SelfCycleFinalizationTest.test_simple_resurrect
# __del__ of a self-cycle resurrects it: weakrefs are already cleared, and the
# second collection does not call __del__ again.
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
import gc
import weakref

from support.finalization import (
    SelfCycleResurrector,
    SimpleBase,
    assert_del_calls,
    assert_survivors,
    clear_survivors,
    run,
)


class SelfCycleFinalizationTest:
    """
    Test finalization of an object having a single cyclic reference to
    itself.
    """

    def test_simple_resurrect():
        # Test that __del__ can resurrect the object being finalized.
        with SimpleBase.test():
            s = SelfCycleResurrector()
            ids = [id(s)]
            wr = weakref.ref(s)
            del s
            gc.collect()
            assert_del_calls(ids)
            assert_survivors(ids)
            # XXX is this desirable?
            # The collector clears weakrefs to cyclic garbage before it
            # calls the finalizers, so wr is dead although the object lives.
            assert wr() is None, "the weakref to a resurrected cycle still answers"
            print("  survivor still refers to itself:", SimpleBase.survivors[0].ref is SimpleBase.survivors[0])
            # When trying to destroy the object a second time, __del__
            # isn't called anymore (and the object isn't resurrected).
            clear_survivors()
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])
            assert wr() is None, "the weakref answers again"


run("SelfCycleFinalizationTest.test_simple_resurrect", SelfCycleFinalizationTest.test_simple_resurrect)
