# assertEqual's detailed messages: difflib diffs of lists, tuples, dicts and strings, the
# shortened reprs of long values, and maxDiff.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(title, call):
    print("---", title)
    try:
        call()
    except AssertionError as e:
        print(e)
    else:
        print("passed")


show("lists", lambda: t.assertEqual([1, 2, 3], [1, 2, 4]))
show("list longer", lambda: t.assertEqual([1, 2, 3], [1, 2]))
show("list shorter", lambda: t.assertEqual([1], [1, "two", 3]))
show("tuples", lambda: t.assertEqual((1, "a"), (1, "b")))
show("list vs tuple", lambda: t.assertEqual([1], (1,)))
show("sequence types", lambda: t.assertSequenceEqual([1, 2], (1, 3)))
show("same items, sequence", lambda: t.assertSequenceEqual("ab", ["a", "b"]))
show("nested lists", lambda: t.assertEqual([[1, 2], {"k": 3}], [[1, 2], {"k": 4}]))
show("dicts", lambda: t.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}))
show("dict msg", lambda: t.assertEqual({"a": 1}, {}, "context"))
show("sets", lambda: t.assertEqual({1, 2}, {1, 3}))
show("one-line strings", lambda: t.assertEqual("hello world", "hello there"))
show("strings differing in one char", lambda: t.assertEqual("abcdef", "abXdef"))
show("multi-line strings",
     lambda: t.assertEqual("first\nsecond\nthird\n", "first\nsecond line\nthird\nfourth\n"))
show("multi-line, no final newline", lambda: t.assertEqual("a\nb", "a\nc"))
show("string vs bytes", lambda: t.assertEqual("a", b"a"))
show("assertMultiLineEqual", lambda: t.assertMultiLineEqual("x\ny\n", "x\nz\n"))

long1 = "x" * 100 + "a" + "y" * 50
long2 = "x" * 100 + "b" + "y" * 50
show("long strings", lambda: t.assertNotEqual(long1, long1))
show("long strings differ", lambda: t.assertEqual(long1, long2))
show("long one-sided", lambda: t.assertEqual("short", long2))
show("long ints", lambda: t.assertEqual(10 ** 90, 10 ** 90 + 1))
show("long lists", lambda: t.assertEqual(list(range(40)), list(range(39)) + [99]))
show("long different lists", lambda: t.assertEqual(list(range(30)), list(range(100, 130))))
show("long dicts", lambda: t.assertEqual({i: str(i) for i in range(20)},
                                         {i: str(i) for i in range(1, 21)}))

print("=== maxDiff")
big1 = ["item %d" % i for i in range(100)]
big2 = big1[:50] + ["changed"] + big1[51:]
show("default maxDiff truncates", lambda: t.assertEqual(big1, big2))
t.maxDiff = None
show("maxDiff None", lambda: t.assertEqual(big1[45:55], big2[45:55]))
t.maxDiff = 20
show("maxDiff 20", lambda: t.assertEqual("one\ntwo\n", "one\nthree\n"))
show("maxDiff 20 dict", lambda: t.assertEqual({"key": 1}, {"key": 2}))
t.maxDiff = 80 * 8
t.longMessage = False
show("longMessage off, with msg", lambda: t.assertEqual([1], [2], "mine"))
show("longMessage off, no msg", lambda: t.assertEqual([1], [2]))
