# Fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule/tearDownModule, cleanups,
# and what is reported when one of them fails.
import io
import re
import unittest

log = []


def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", stream.getvalue()))
    print("log:", log)
    log.clear()
    return result


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(lambda: log.append("cleanup 2"))

    def tearDown(self):
        log.append("tearDown")

    def test_a(self):
        log.append("test_a")

    def test_b(self):
        log.append("test_b")
        self.fail("b fails")


run(Order)


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup runs anyway")
        raise RuntimeError("setUp broke")

    def tearDown(self):
        log.append("tearDown does not run")

    def test_x(self):
        log.append("test_x does not run")


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise KeyError("tearDown broke")

    def test_y(self):
        log.append("test_y")


class CleanupFails(unittest.TestCase):
    def test_z(self):
        self.addCleanup(self.fail_cleanup)
        self.addCleanup(log.append, "other cleanup")

    def fail_cleanup(self):
        raise ValueError("cleanup broke")


run(SetUpFails, TearDownFails, CleanupFails)


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup after failed setUpClass")
        raise ValueError("no class today")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass does not run")

    def test_1(self):
        log.append("test_1 does not run")


class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise OSError("tearDownClass broke")

    def test_2(self):
        log.append("test_2")


class ClassSkipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("whole class skipped from setUpClass")

    def test_3(self):
        pass


r = run(ClassSetUpFails, ClassTearDownFails, ClassSkipped)
print([str(test) for test, _ in r.errors], [(str(t), why) for t, why in r.skipped])


class Skips(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_skip_in_setup":
            self.skipTest("skipped in setUp")

    def test_skip_in_setup(self):
        pass

    def test_skip_in_test(self):
        self.skipTest("skipped in the test")

    @unittest.skipIf(True, "condition true")
    def test_skipif(self):
        pass

    @unittest.skipIf(False, "never")
    def test_skipif_false(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_skipunless(self):
        pass

    def test_raise_skiptest(self):
        raise unittest.SkipTest("raised directly")


@unittest.skip("the whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass of a skipped class does not run")

    def test_p(self):
        pass

    def test_q(self):
        pass


run(Skips, SkippedClass, verbosity=1)
run(Skips, SkippedClass)


class Direct(unittest.TestCase):
    def test_cleanups(self):
        pass


t = Direct("test_cleanups")
t.addCleanup(log.append, "first added")
t.addCleanup(lambda *a, **k: log.append(("args", a, k)), 1, 2, key=3)
print(t.doCleanups(), log)
log.clear()


class Ctx:
    def __enter__(self):
        log.append("enter")
        return "value"

    def __exit__(self, *args):
        log.append(("exit", args))


t = Direct("test_cleanups")
print(t.enterContext(Ctx()), log)
t.doCleanups()
print(log)
log.clear()
try:
    t.enterContext(42)
except TypeError as e:
    print("TypeError:", e)
