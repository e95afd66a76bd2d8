"""
Scaffolding shared by the ports of CPython 3.11's Lib/test/test_finalization.py
(tests/py/cpython_finalization__*.py): the original's helper classes, the
checks of its TestBase, and the chain helpers of CycleChainFinalizationTest.
The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
hand-written context manager that disables the collector (as
test.support.disable_gc did), and run() prints '<Class>.<method>: ok'.
"""
import gc
import weakref


class NonGCSimpleBase:
    """
    The base class for all the objects under test, equipped with various
    testing features.
    """

    survivors = []
    del_calls = []
    tp_del_calls = []
    errors = []

    _cleaning = False

    __slots__ = ()

    @classmethod
    def _cleanup(cls):
        cls.survivors.clear()
        cls.errors.clear()
        gc.garbage.clear()
        gc.collect()
        cls.del_calls.clear()
        cls.tp_del_calls.clear()

    @classmethod
    def test(cls):
        """
        A context manager to use around all finalization tests.
        """
        return _FinalizationTest(cls)

    def check_sanity(self):
        """
        Check the object is sane (non-broken).
        """

    def __del__(self):
        """
        PEP 442 finalizer.  Record that this was called, check the
        object is in a sane state, and invoke a side effect.
        """
        try:
            if not self._cleaning:
                self.del_calls.append(id(self))
                self.check_sanity()
                self.side_effect()
        except Exception as e:
            self.errors.append(e)

    def side_effect(self):
        """
        A side effect called on destruction.
        """


class _FinalizationTest:
    # Plain replacement for the original @contextlib.contextmanager wrapped
    # in test.support.disable_gc(): the collector only runs when a test
    # calls gc.collect() itself.
    def __init__(self, cls):
        self.cls = cls

    def __enter__(self):
        self.had_gc = gc.isenabled()
        gc.disable()
        self.cls.del_calls.clear()
        self.cls.tp_del_calls.clear()
        NonGCSimpleBase._cleaning = False
        return self

    def __exit__(self, typ, value, tb):
        try:
            if typ is None and self.cls.errors:
                raise self.cls.errors[0]
        finally:
            NonGCSimpleBase._cleaning = True
            self.cls._cleanup()
            if self.had_gc:
                gc.enable()
        return False


class SimpleBase(NonGCSimpleBase):

    def __init__(self):
        self.id_ = id(self)

    def check_sanity(self):
        assert self.id_ == id(self)


class Simple(SimpleBase):
    pass

# Can't inherit from NonGCResurrector, in case importing without_gc fails.
class SimpleResurrector(SimpleBase):

    def side_effect(self):
        """
        Resurrect self by storing self in a class-wide list.
        """
        self.survivors.append(self)


class SelfCycleBase:

    def __init__(self):
        super().__init__()
        self.ref = self

    def check_sanity(self):
        super().check_sanity()
        assert self.ref is self

class SimpleSelfCycle(SelfCycleBase, Simple):
    pass

class SelfCycleResurrector(SelfCycleBase, SimpleResurrector):
    pass

class SuicidalSelfCycle(SelfCycleBase, Simple):

    def side_effect(self):
        """
        Explicitly break the reference cycle.
        """
        self.ref = None


class ChainedBase:

    def chain(self, left):
        self.suicided = False
        self.left = left
        left.right = self

    def check_sanity(self):
        super().check_sanity()
        if self.suicided:
            assert self.left is None
            assert self.right is None
        else:
            left = self.left
            if left.suicided:
                assert left.right is None
            else:
                assert left.right is self
            right = self.right
            if right.suicided:
                assert right.left is None
            else:
                assert right.left is self

class SimpleChained(ChainedBase, Simple):
    pass

class ChainedResurrector(ChainedBase, SimpleResurrector):
    pass

class SuicidalChained(ChainedBase, Simple):

    def side_effect(self):
        """
        Explicitly break the reference cycle.
        """
        self.suicided = True
        self.left = None
        self.right = None


# The checks of the original TestBase (setUp/tearDown and the assert_* helpers).

def set_up():
    global old_garbage
    old_garbage = gc.garbage[:]
    gc.garbage[:] = []


def tear_down(name):
    # None of the tests here should put anything in gc.garbage
    try:
        assert gc.garbage == [], "%s left %d objects in gc.garbage" % (name, len(gc.garbage))
    finally:
        gc.collect()
    print("%s: ok" % name)


def assert_del_calls(ids):
    assert sorted(SimpleBase.del_calls) == sorted(ids), \
        "__del__ ran %d times, expected %d" % (len(SimpleBase.del_calls), len(ids))


def assert_survivors(ids):
    assert sorted(id(x) for x in SimpleBase.survivors) == sorted(ids), \
        "%d survivors, expected %d" % (len(SimpleBase.survivors), len(ids))


def clear_survivors():
    SimpleBase.survivors.clear()


def run(name, test):
    set_up()
    test()
    tear_down(name)


# The helpers of the original CycleChainFinalizationTest (methods there).

def build_chain(classes):
    nodes = [cls() for cls in classes]
    for i in range(len(nodes)):
        nodes[i].chain(nodes[i-1])
    return nodes


def check_non_resurrecting_chain(classes):
    N = len(classes)
    with SimpleBase.test():
        nodes = build_chain(classes)
        ids = [id(s) for s in nodes]
        wrs = [weakref.ref(s) for s in nodes]
        del nodes
        gc.collect()
        assert_del_calls(ids)
        assert_survivors([])
        assert [wr() for wr in wrs] == [None] * N, "weakrefs to the collected chain still answer"
        gc.collect()
        assert_del_calls(ids)


def check_resurrecting_chain(classes):
    N = len(classes)
    with SimpleBase.test():
        nodes = build_chain(classes)
        N = len(nodes)
        ids = [id(s) for s in nodes]
        survivor_ids = [id(s) for s in nodes if isinstance(s, SimpleResurrector)]
        wrs = [weakref.ref(s) for s in nodes]
        del nodes
        gc.collect()
        assert_del_calls(ids)
        assert_survivors(survivor_ids)
        # XXX desirable?
        assert [wr() for wr in wrs] == [None] * N, "weakrefs to the collected chain still answer"
        clear_survivors()
        gc.collect()
        assert_del_calls(ids)
        assert_survivors([])
