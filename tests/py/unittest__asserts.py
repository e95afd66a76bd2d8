# Every assert method of unittest.TestCase: passing, then the failure message.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, "->", type(e).__name__ + ":", e)
    except Exception as e:
        print(name, "raised", type(e).__name__ + ":", e)
    else:
        print(name, "passed")


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", "a", "b", msg="extra")
check("assertNotEqual", 1, 2)
check("assertNotEqual", [1], [1])
check("assertTrue", 1)
check("assertTrue", 0)
check("assertTrue", [], "why")
check("assertFalse", "")
check("assertFalse", "x")
check("assertIs", None, None)
check("assertIs", [], [])
check("assertIsNot", 1, 2)
x = object()
check("assertIsNot", None, None)
check("assertIsNone", None)
check("assertIsNone", 0)
check("assertIsNotNone", 0)
check("assertIsNotNone", None)
check("assertIn", 1, [1, 2])
check("assertIn", 3, [1, 2])
check("assertIn", "z", "abc")
check("assertNotIn", 3, {1: 2})
check("assertNotIn", 1, {1: 2})
check("assertIsInstance", 1, int)
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, bytes))
check("assertNotIsInstance", 1, str)
check("assertNotIsInstance", True, int)
check("assertGreater", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 1)
check("assertGreaterEqual", 1, 2)
check("assertLess", 1, 2)
check("assertLess", "b", "a")
check("assertLessEqual", 2, 2)
check("assertLessEqual", 3, 2)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=0)
check("assertAlmostEqual", 1.0, 1.1, places=1)
check("assertAlmostEqual", 1.0, 1.5, delta=0.5)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertAlmostEqual", 1.0, 1.5, places=2, delta=0.25)
check("assertAlmostEqual", 5, 5)
check("assertNotAlmostEqual", 1.0, 1.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.0)
check("assertNotAlmostEqual", 1.0, 1.5, delta=0.6)
check("assertNotAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertNotAlmostEqual", 1, 2, places=1, delta=1)
check("assertRegex", "hello world", r"wor")
check("assertRegex", "hello world", r"^wor")
check("assertRegex", "hello", "")
check("assertNotRegex", "hello world", r"xyz")
check("assertNotRegex", "hello world", r"o w")
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2], [2, 1, 1])
check("assertCountEqual", "aab", "abc")
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2], [2]], [[2], [1], [3]])
check("assertDictEqual", {"a": 1}, {"a": 1})
check("assertDictEqual", {"a": 1}, [("a", 1)])
check("assertSetEqual", {1, 2}, frozenset([1, 2]))
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", {1}, set())
check("assertSetEqual", set(), {4})
check("assertSetEqual", 1, {4})
check("assertSetEqual", {1}, 4)
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), [1])
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", [1, 2], (1, 2), seq_type=list)
check("assertSequenceEqual", 5, [1])
check("assertMultiLineEqual", "a", b"a")
check("fail")
check("fail", "custom message")

print("--- longMessage = False")
t.longMessage = False
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "only mine")
check("assertIn", 3, [1], msg="only mine")
check("assertTrue", 0, "")
t.longMessage = True

print("--- failureException")


class MyFailure(Exception):
    pass


class U(unittest.TestCase):
    failureException = MyFailure

    def runTest(self):
        pass


u = U()
for call in (lambda: u.assertEqual(1, 2), lambda: u.fail("nope"),
             lambda: u.assertRaises(KeyError, int, "1"),
             lambda: u.assertListEqual([1], [2])):
    try:
        call()
    except MyFailure as e:
        print("MyFailure:", str(e).splitlines()[0])

print("--- type equality funcs")


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __repr__(self):
        return "Point(%d)" % self.x


class V(unittest.TestCase):
    def runTest(self):
        pass

    def assertPointEqual(self, a, b, msg=None):
        if a.x != b.x:
            raise self.failureException(self._formatMessage(msg, "x differs: %d, %d" % (a.x, b.x)))


v = V()
v.addTypeEqualityFunc(Point, "assertPointEqual")
v.assertEqual(Point(1), Point(1))
try:
    v.assertEqual(Point(1), Point(2), "see")
except AssertionError as e:
    print(e)
print(T.maxDiff, T.longMessage, T.failureException)
