# Port of CPython 3.11 Lib/test/test_finalization.py: CycleChainFinalizationTest.test_homogenous_resurrect,
#   test_heterogenous_resurrect_one, test_heterogenous_resurrect_two,
#   test_heterogenous_resurrect_three
# Rings where some __del__ methods resurrect their object: all finalizers run
# once, weakrefs are cleared, the survivors die silently later.
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
from support.finalization import (
    ChainedResurrector,
    SimpleChained,
    SuicidalChained,
    check_resurrecting_chain,
    run,
)


class CycleChainFinalizationTest:
    """
    Test finalization of a cyclic chain.  These tests are similar in
    spirit to the self-cycle tests above, but the collectable object
    graph isn't trivial anymore.
    """

    def test_homogenous_resurrect():
        check_resurrecting_chain([ChainedResurrector] * 3)

    def test_heterogenous_resurrect_one():
        check_resurrecting_chain([ChainedResurrector, SimpleChained] * 2)

    def test_heterogenous_resurrect_two():
        check_resurrecting_chain(
            [ChainedResurrector, SimpleChained, SuicidalChained] * 2)

    def test_heterogenous_resurrect_three():
        check_resurrecting_chain(
            [ChainedResurrector] * 2 + [SimpleChained] * 2 + [SuicidalChained] * 2)


for name in ("test_homogenous_resurrect", "test_heterogenous_resurrect_one",
             "test_heterogenous_resurrect_two", "test_heterogenous_resurrect_three"):
    run("CycleChainFinalizationTest." + name, getattr(CycleChainFinalizationTest, name))
