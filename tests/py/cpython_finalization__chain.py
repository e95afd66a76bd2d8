# Port of CPython 3.11 Lib/test/test_finalization.py: CycleChainFinalizationTest.test_homogenous, test_homogenous_suicidal,
#   test_heterogenous_suicidal_one, test_heterogenous_suicidal_two
# A ring of objects with __del__ is collected; every __del__ runs once and sees
# its neighbours intact (or explicitly broken by a 'suicidal' neighbour).
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
from support.finalization import SimpleChained, SuicidalChained, check_non_resurrecting_chain, run


class CycleChainFinalizationTest:
    """
    Test finalization of a cyclic chain.  These tests are similar in
    spirit to the self-cycle tests above, but the collectable object
    graph isn't trivial anymore.
    """

    def test_homogenous():
        check_non_resurrecting_chain([SimpleChained] * 3)

    def test_homogenous_suicidal():
        check_non_resurrecting_chain([SuicidalChained] * 3)

    def test_heterogenous_suicidal_one():
        check_non_resurrecting_chain([SuicidalChained, SimpleChained] * 2)

    def test_heterogenous_suicidal_two():
        check_non_resurrecting_chain(
            [SuicidalChained] * 2 + [SimpleChained] * 2)


for name in ("test_homogenous", "test_homogenous_suicidal",
             "test_heterogenous_suicidal_one", "test_heterogenous_suicidal_two"):
    run("CycleChainFinalizationTest." + name, getattr(CycleChainFinalizationTest, name))
