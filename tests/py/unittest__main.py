# unittest.main: argument parsing, the runner it builds, and its exit.
import io
import re
import sys
import unittest


class Basic(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)

    def test_two(self):
        """Second test."""
        self.assertIn("a", "abc")

    def test_three(self):
        self.assertEqual("abc".upper(), "ABD")


class Other(unittest.TestCase):
    def test_err(self):
        raise ZeroDivisionError("no")

    @unittest.skip("later")
    def test_skip(self):
        pass


streams = []


class Runner(unittest.TextTestRunner):
    # Writes to a StringIO, so that the run time can be masked before printing.
    def __init__(self, **kwargs):
        streams.append(io.StringIO())
        print("runner:", sorted(kwargs.items()))
        super().__init__(stream=streams[-1], **kwargs)


def main(*args, **kwargs):
    kwargs.setdefault("exit", False)
    try:
        program = unittest.main(argv=["prog"] + list(args), testRunner=Runner, **kwargs)
    except SystemExit as e:
        print("SystemExit", e.args)
        program = None
    # -k patterns stay on the shared default loader (as in CPython): start afresh.
    unittest.defaultTestLoader.testNamePatterns = None
    if streams:
        print(re.sub(r"in \d+\.\d+s", "in X.XXXs", streams.pop().getvalue()))
    return program


p = main("Basic.test_one", "Basic.test_two")
print(p.result, p.result.wasSuccessful(), p.testNames, p.verbosity)
main("-v", "Basic")
main("-q", "Other")
main("Basic", "Other", verbosity=2)
main("-k", "two", "-k", "err")
p = main("-kt*o", "-f", "Basic")
print(p.testNamePatterns, p.failfast)
p = main("--verbose", "--locals", "-b", "-c", "Basic.test_one")
print(p.tb_locals, p.buffer, p.catchbreak)
main("Basic.test_one", exit=True)
main("Other", exit=True)
main(defaultTest="Basic.test_two")
main(defaultTest=["Basic.test_one", "Other.test_skip"])
main("--fail", "--verb", "Basic.test_one")
main("-vf", "--", "Basic.test_one")

print("--- usage errors")
sys.stderr = sys.stdout
main("--bogus")
main("Basic.test_one", "-x", "zz")
main("-k")
main("--help")
main("-h", failfast=True, buffer=False, catchbreak=True)
main("-f", failfast=True)
sys.stderr = sys.__stderr__

print("--- whole program on stderr")
err = io.StringIO()
sys.stderr = err
try:
    unittest.main(argv=["prog", "Basic.test_two"], exit=False)
finally:
    sys.stderr = sys.__stderr__
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", err.getvalue()))

print("--- how arguments are read")


class Parsed(unittest.TestProgram):
    def runTests(self):
        print(self.tests, self.verbosity, self.failfast, self.buffer, self.tb_locals,
              self.testNamePatterns, self.testNames)


sys.stderr = sys.stdout
for argv in (["T.test_a", "-v", "T.test_b"], ["-vfb", "Basic"], ["-kfoo", "-k", "b*r", "--verb"],
             ["--", "-v"], ["-q", "-v"], ["--fail", "--loc"], ["-k=foo"], ["-v=x"], ["-vx"],
             ["-xv"], ["-vkabc"], ["-1"], ["-a b"], ["--verbose=3"], ["--", "--", "a"],
             ["-k", "-1"], ["--k"], ["--fail=1"], ["-vv"], ["-v=f"], ["-k", "--"]):
    print(argv)
    try:
        Parsed(argv=["prog"] + argv, exit=False)
    except SystemExit as e:
        print("SystemExit", e.args)
    unittest.defaultTestLoader.testNamePatterns = None
sys.stderr = sys.__stderr__
