# The tracebacks in failure reports: unittest's own frames are left out (the runner's at the
# start, and for failures the assert method's at the end); chained exceptions are shown too.
import io
import re
import unittest


def helper_that_fails(case, value):
    case.assertEqual(value, 42)


def deep(n):
    if n == 0:
        raise LookupError("deep down")
    deep(n - 1)


def raises_type_error():
    raise TypeError("wrong type")


class T(unittest.TestCase):
    def test_helper_failure(self):
        helper_that_fails(self, 41)

    def test_deep_error(self):
        deep(2)

    def test_raise_from(self):
        try:
            deep(0)
        except LookupError as e:
            raise RuntimeError("wrapped") from e

    def test_context(self):
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")

    def test_failure_in_context(self):
        try:
            self.assertEqual(1, 2)
        except AssertionError:
            raise OSError("after a failed assert")

    def test_raise_assertionerror(self):
        raise AssertionError("raised by hand")

    def test_unexpected_in_assertraises(self):
        self.assertRaises(ValueError, raises_type_error)

    def test_fail_in_nested_function(self):
        def inner():
            self.fail("from inner")
        inner()

    def test_suppressed_context(self):
        try:
            raise KeyError("hidden")
        except KeyError:
            raise ValueError("shown alone") from None

    def test_system_exit(self):
        raise SystemExit(3)


def run(*names, **kwargs):
    suite = unittest.TestSuite(T(n) for n in names)
    stream = io.StringIO()
    unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))


run("test_helper_failure", "test_deep_error", "test_raise_from", "test_context")
run("test_failure_in_context", "test_raise_assertionerror",
    "test_unexpected_in_assertraises")
run("test_fail_in_nested_function", "test_suppressed_context", "test_system_exit")

print("--- the strings in TestResult")
result = unittest.TestResult()
T("test_helper_failure").run(result)
T("test_deep_error").run(result)
test, text = result.failures[0]
print(test, text.count("\n"), repr(text.splitlines()[-1]))
test, text = result.errors[0]
print(test, repr(text.splitlines()[0]), repr(text.splitlines()[-1]))
