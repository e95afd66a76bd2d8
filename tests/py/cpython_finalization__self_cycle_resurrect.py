# Port of CPython 3.11 Lib/test/test_finalization.py: SelfCycleFinalizationTest.test_simple_resurrect
# __del__ of a self-cycle resurrects it: weakrefs are already cleared, and the
# second collection does not call __del__ again.
# The unittest scaffolding is replaced by plain code: SimpleBase.test() is a
# hand-written context manager that disables the collector (as
# test.support.disable_gc did), and each test prints '<Class>.<method>: ok'.
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


class SelfCycleBase:

    def __init__(self):
        super().__init__()
        self.ref = self

    def check_sanity(self):
        super().check_sanity()
        assert self.ref is self

class SelfCycleResurrector(SelfCycleBase, SimpleResurrector):
    pass


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
