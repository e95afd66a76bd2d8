# TestLoader, TestSuite and FunctionTestCase: which tests are found, in which order, and how
# they print.
import functools
import sys
import unittest


class Beta(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def test_c(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


class Alpha(unittest.TestCase):
    def testOne(self):
        pass

    def check_two(self):
        pass


class Empty(unittest.TestCase):
    pass


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


class Child(Beta):
    def test_d(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Beta))
print(loader.getTestCaseNames(Child))
print(loader.getTestCaseNames(Empty), loader.getTestCaseNames(OnlyRunTest))
suite = loader.loadTestsFromTestCase(Beta)
print(suite)
print(suite.countTestCases(), [t.id() for t in suite])
print(loader.loadTestsFromTestCase(Empty), loader.loadTestsFromTestCase(OnlyRunTest))
print(loader.loadTestsFromTestCase(unittest.TestCase))

loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print("reversed:", loader.getTestCaseNames(Beta))
loader.sortTestMethodsUsing = None
print("unsorted:", sorted(loader.getTestCaseNames(Beta)))
loader = unittest.TestLoader()
loader.testMethodPrefix = "check"
print("prefix:", loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_a", "*Child.test_d"]
print("patterns:", loader.getTestCaseNames(Beta), loader.getTestCaseNames(Child))

loader = unittest.TestLoader()
module_suite = loader.loadTestsFromModule(sys.modules[__name__])
print(module_suite.countTestCases())
for s in module_suite:
    print(" ", [t.id() for t in s])

print("--- loadTestsFromName")
here = sys.modules[__name__]
print(loader.loadTestsFromName("Beta.test_a", here))
print(loader.loadTestsFromName("Alpha", here))
print(loader.loadTestsFromNames(["Beta.test_c", "Alpha.testOne"], here))
failed = loader.loadTestsFromName("Nope", here)
print(failed, len(loader.errors))
print(loader.errors[0].splitlines()[0])
print(loader.errors[0].splitlines()[-1])
try:
    loader.loadTestsFromName("functools", here)
except TypeError as e:
    print("TypeError:", e)
    

def make_suite():
    return unittest.TestSuite([Beta("test_a")])


print(loader.loadTestsFromName("make_suite", here))

print("--- TestSuite")
s = unittest.TestSuite()
print(s, s.countTestCases(), list(s))
s.addTest(Beta("test_a"))
s.addTests([Beta("test_b"), unittest.TestSuite([Alpha("testOne")])])
print(s.countTestCases(), s)
print(s == unittest.TestSuite([Beta("test_a"), Beta("test_b"), unittest.TestSuite([Alpha("testOne")])]))
for bad in (5, Beta, unittest.TestSuite):
    try:
        s.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.addTests("test_a")
except TypeError as e:
    print("TypeError:", e)
result = unittest.TestResult()
s.run(result)
print(result, result.testsRun, list(s), s.countTestCases())

print("--- TestCase identity")
a = Beta("test_a")
print(a.id(), str(a), repr(a), a.countTestCases())
print(a == Beta("test_a"), a == Beta("test_b"), a == Child("test_a"), hash(a) == hash(Beta("test_a")))
print(a.shortDescription(), OnlyRunTest().id())
try:
    Beta("test_zzz")
except ValueError as e:
    print("ValueError:", e)
print(unittest.TestCase().id(), unittest.TestCase.__module__, unittest.TestSuite.__module__)

print("--- FunctionTestCase")


def test_func():
    """A plain function.

    Second line."""
    calls.append("test_func")


calls = []
ftc = unittest.FunctionTestCase(test_func, setUp=lambda: calls.append("up"),
                                tearDown=lambda: calls.append("down"))
print(ftc, ftc.id(), ftc.shortDescription())
print(unittest.FunctionTestCase(test_func, description="described").shortDescription())
r = unittest.TestResult()
ftc.run(r)
print(calls, r.testsRun, r.wasSuccessful())
