# TestResult and TextTestResult: what they record, failfast, buffer, debug(), custom results.
import io
import re
import sys
import unittest


class T(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertIn(4, [1, 2, 3])

    def test_error(self):
        raise RuntimeError("kaput")

    @unittest.skip("reason here")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        raise ValueError("expected")

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_prints(self):
        print("printed by the test")
        sys.stderr.write("error output\n")
        self.fail("with output")

    def test_prints_ok(self):
        print("hidden when the test passes")


names = ["test_pass", "test_fail", "test_error", "test_skip", "test_xfail", "test_xpass"]
result = unittest.TestResult()
print(result, result.wasSuccessful(), result.shouldStop, result.failfast, result.buffer)
for name in names:
    T(name).run(result)
print(result)
print("testsRun", result.testsRun)
print("failures", [(str(t), text.splitlines()[-1]) for t, text in result.failures])
print("errors", [(str(t), text.splitlines()[-1]) for t, text in result.errors])
print("skipped", [(str(t), why) for t, why in result.skipped])
print("expectedFailures", [(str(t), text.splitlines()[-1]) for t, text in result.expectedFailures])
print("unexpectedSuccesses", [str(t) for t in result.unexpectedSuccesses])
print("wasSuccessful", result.wasSuccessful())
ok = unittest.TestResult()
T("test_pass").run(ok)
T("test_xfail").run(ok)
print(ok.wasSuccessful(), ok.testsRun)

print("--- run() without a result, and __call__")
r = T("test_fail").run()
print(type(r).__name__, r.testsRun, len(r.failures))
r = unittest.TestResult()
T("test_pass")(r)
unittest.TestSuite([T("test_pass"), T("test_error")])(r)
print(r.testsRun, len(r.errors))

print("--- failfast")
r = unittest.TestResult()
r.failfast = True
unittest.TestSuite(T(n) for n in ["test_pass", "test_error", "test_fail"]).run(r)
print(r.testsRun, r.shouldStop, len(r.errors), len(r.failures))
r = unittest.TestResult()
r.stop()
unittest.TestSuite([T("test_pass")]).run(r)
print(r.testsRun)


def run(names, **kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, **kwargs)
    res = runner.run(unittest.TestSuite(T(n) for n in names))
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    return res


run(names, failfast=True, verbosity=2)

print("--- buffer")
out = io.StringIO()
err = io.StringIO()
sys.stdout, sys.stderr = out, err
try:
    res = run(["test_prints", "test_prints_ok"], buffer=True)
finally:
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
print("stdout:", repr(out.getvalue()))
print("stderr:", repr(err.getvalue()))
print(res.failures[0][1])

print("--- descriptions")


class Doc(unittest.TestCase):
    def test_doc(self):
        """  First line of the docstring.

        More lines.
        """

    def test_nodoc(self):
        pass


run(["test_pass"], verbosity=2, descriptions=False)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=False).run(Doc("test_doc"))
print(stream.getvalue().splitlines()[0])
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(Doc("test_doc"))
print(stream.getvalue().splitlines()[:2])
print(repr(Doc("test_doc").shortDescription()), Doc("test_nodoc").shortDescription())
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=0).run(Doc("test_doc"))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))

print("--- debug()")
T("test_pass").debug()
for name in ("test_fail", "test_skip"):
    try:
        T(name).debug()
    except Exception as e:
        print(type(e).__name__, e)

print("--- a custom result class")


class Recorder(unittest.TextTestResult):
    def startTestRun(self):
        self.stream.writeln("starting the run")

    def stopTestRun(self):
        self.stream.writeln("stopping the run")

    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("[ok %s]" % test._testMethodName)


run(["test_pass", "test_skip"], resultclass=Recorder)


class Local(unittest.TestCase):
    def test_locals(self):
        number = 42
        text = "some text"
        self.assertEqual(number, 43)


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, tb_locals=True).run(Local("test_locals"))
print("\n".join(line for line in stream.getvalue().splitlines()
                if " = " in line))
