# Smaller parts of unittest: the deprecated names, module cleanups, skip decorator forms,
# result registration.
import io
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass

    def test_returns_value(self):
        return 5


t = T()
print("--- deprecated aliases")
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnlessEqual(2, 2)
    t.assertNotEquals(1, 2)
    t.assert_(True)
    t.failIf(False)
    t.assertAlmostEquals(1.0, 1.0)
    t.assertRegexpMatches("abc", "b")
    t.assertRaisesRegexp(ValueError, "x", int, "x")
    try:
        t.failUnless(0)
    except AssertionError as e:
        print("AssertionError:", e)
    t.assertDictContainsSubset({"a": 1}, {"a": 1, "b": 2})
    try:
        t.assertDictContainsSubset({"a": 2, "c": 3, "d": 4}, {"a": 1, "b": 2})
    except AssertionError as e:
        print("AssertionError:", e)
    loader_names = unittest.getTestCaseNames(T, "test")
    suite = unittest.makeSuite(T)
    r = unittest.TestResult()
    T("test_returns_value").run(r)
for w in seen:
    print(w.category.__name__, w.message)
print(loader_names, suite.countTestCases(), r.testsRun, r.wasSuccessful())

print("--- module cleanups")
log = []
unittest.addModuleCleanup(log.append, "first")
unittest.addModuleCleanup(lambda: log.append("second"))
unittest.doModuleCleanups()
print(log)


class Ctx:
    def __enter__(self):
        log.append("enter")
        return 99

    def __exit__(self, *exc):
        log.append("exit")
        return False


print(unittest.enterModuleContext(Ctx()))


def broken(n):
    raise ValueError("cleanup %d" % n)


unittest.addModuleCleanup(broken, 1)
unittest.addModuleCleanup(broken, 2)
try:
    unittest.doModuleCleanups()
except ValueError as e:
    print("ValueError:", e)
print(log)

print("--- class cleanups")


class C(unittest.TestCase):
    def test_a(self):
        pass


C.addClassCleanup(log.append, "class cleanup")
C.addClassCleanup(broken, 3)
C.doClassCleanups()
print(log[-1], [(e[0].__name__, str(e[1])) for e in C.tearDown_exceptions])
print(C._classSetupFailed, C._class_cleanups)
print(C.enterClassContext(Ctx()), log[-1])

print("--- skip decorator forms")


class S(unittest.TestCase):
    @unittest.skip
    def test_bare(self):
        pass

    @unittest.skip("with reason")
    def test_reason(self):
        pass

    def test_plain(self):
        pass


print(S.test_bare.__unittest_skip__, repr(S.test_bare.__unittest_skip_why__))
print(S.test_reason.__name__, S.test_reason.__unittest_skip_why__)
print(unittest.skipIf(False, "x")(len) is len, unittest.skipUnless(True, "x")(len) is len)
r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(S).run(r)
print(r.testsRun, [(str(t), why) for t, why in r.skipped])
try:
    S("test_reason").test_reason()
except unittest.SkipTest as e:
    print("SkipTest:", e, e.args)
print(unittest.SkipTest.__mro__[1].__name__, unittest.SkipTest.__module__)


class XF(unittest.TestCase):
    def test_one(self):
        self.fail("expected")


XF.test_one = unittest.expectedFailure(XF.test_one)
r = unittest.TestResult()
XF("test_one").run(r)
print(len(r.expectedFailures), r.wasSuccessful())

print("--- registered results")
r = unittest.TestResult()
print(unittest.removeResult(r))
unittest.registerResult(r)
print(unittest.removeResult(r), unittest.removeResult(r))
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream)
print(runner.verbosity, runner.descriptions, runner.failfast, runner.buffer, runner.warnings,
      runner.tb_locals, runner.resultclass.__name__)
result = runner._makeResult()
print(type(result).__name__, result.showAll, result.dots, result.descriptions)
print(result.separator1 == "=" * 70, result.separator2 == "-" * 70)
