# Port of CPython 3.11 Lib/test/test_finalization.py: SelfCycleFinalizationTest.test_simple, SelfCycleFinalizationTest.test_simple_suicide
# An object referring to itself is collected by gc.collect() and its __del__
# runs (PEP 442), also when __del__ breaks the cycle itself.
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
import gc
import weakref

from support.finalization import (
    SimpleBase,
    SimpleSelfCycle,
    SuicidalSelfCycle,
    assert_del_calls,
    assert_survivors,
    run,
)


class SelfCycleFinalizationTest:
    """
    Test finalization of an object having a single cyclic reference to
    itself.
    """

    def test_simple():
        with SimpleBase.test():
            s = SimpleSelfCycle()
            ids = [id(s)]
            wr = weakref.ref(s)
            del s
            # (Added to the original) the collector is disabled: the cycle lives until gc.collect().
            assert_del_calls([])
            assert wr() is not None, "a self-cycle died without the collector"
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])
            assert wr() is None, "the weakref still answers after the cycle was collected"
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])

    def test_simple_suicide():
        # Test the GC is able to deal with an object that kills its last
        # reference during __del__.
        with SimpleBase.test():
            s = SuicidalSelfCycle()
            ids = [id(s)]
            wr = weakref.ref(s)
            del s
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])
            assert wr() is None, "the weakref still answers after the cycle was collected"
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])
            assert wr() is None, "the weakref answers again"


run("SelfCycleFinalizationTest.test_simple", SelfCycleFinalizationTest.test_simple)
run("SelfCycleFinalizationTest.test_simple_suicide", SelfCycleFinalizationTest.test_simple_suicide)
