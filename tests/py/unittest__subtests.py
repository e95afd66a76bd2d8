# subTest: failures and errors reported per subtest, their descriptions, nesting, failfast.
import io
import re
import unittest


class T(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, even=i % 2 == 0):
                self.assertEqual(i % 3, 0)

    def test_msg_and_nesting(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner fails")
            with self.subTest("second", a=5):
                raise KeyError("error in subtest")
        with self.subTest():
            self.assertTrue(False)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)

    def test_fail_after_subtests(self):
        with self.subTest(step=1):
            pass
        self.fail("after the subtests")

    def test_skip_in_subtest(self):
        with self.subTest(s=1):
            self.skipTest("skip one subtest")
        with self.subTest(s=2):
            pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        with self.subTest(x=1):
            self.assertEqual(1, 2)
        print("not reached")


def run(*names, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, **kwargs)
    result = runner.run(unittest.TestSuite(T(n) for n in names))
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    return result


run("test_params", "test_msg_and_nesting", "test_all_pass", verbosity=2)
r = run("test_params", "test_msg_and_nesting", "test_all_pass")
print([str(t) for t, _ in r.failures])
print([t.id() for t, _ in r.errors])
sub = r.failures[0][0]
print(type(sub).__name__, sub.test_case, sub.params.items(), sub.shortDescription())
nested = r.failures[2][0]
print(nested.params, dict(nested.params), len(nested.params), nested._subDescription())
run("test_fail_after_subtests", "test_skip_in_subtest", "test_expected_failure", verbosity=2)
r = run("test_params", "test_all_pass", failfast=True, verbosity=2)
print(r.shouldStop, r.testsRun)

print("--- outside a run, subTest does nothing")
t = T("test_params")
with t.subTest(i=1):
    print("in the block")
try:
    with t.subTest(i=2):
        raise ValueError("not caught")
except ValueError as e:
    print("ValueError:", e)


class NoSubTests(unittest.TestResult):
    addSubTest = None


class Plain:
    # A result without addSubTest: the first failing subtest fails the whole test.
    def __init__(self):
        self.events = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.events.append("start")

    def stopTest(self, test):
        self.events.append("stop")

    def addSuccess(self, test):
        self.events.append("success")

    def addFailure(self, test, err):
        self.events.append(("failure", str(err[1])))

    def addError(self, test, err):
        self.events.append(("error", err[0].__name__))


p = Plain()
T("test_params").run(p)
print(p.events)
