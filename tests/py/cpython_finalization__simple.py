# Port of CPython 3.11 Lib/test/test_finalization.py: SimpleFinalizationTest.test_simple
# An object without cycles dies: __del__ runs once, the weakref is cleared.
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
import gc
import weakref

from support.finalization import Simple, SimpleBase, assert_del_calls, assert_survivors, run


class SimpleFinalizationTest:
    """
    Test finalization without refcycles.
    """

    def test_simple():
        with SimpleBase.test():
            s = Simple()
            ids = [id(s)]
            wr = weakref.ref(s)
            del s
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])
            assert wr() is None, "the weakref still answers after the object died"
            gc.collect()
            assert_del_calls(ids)
            assert_survivors([])


run("SimpleFinalizationTest.test_simple", SimpleFinalizationTest.test_simple)
