# A typical test module, run the way the unittest documentation shows, with its report
# written to a StringIO (so that the run time can be masked).
import io
import re
import unittest


class TestStringMethods(unittest.TestCase):

    def test_upper(self):
        self.assertEqual('foo'.upper(), 'FOO')

    def test_isupper(self):
        self.assertTrue('FOO'.isupper())
        self.assertFalse('Foo'.isupper())

    def test_split(self):
        s = 'hello world'
        self.assertEqual(s.split(), ['hello', 'world'])
        with self.assertRaises(ValueError):
            int(s)


class TestBroken(unittest.TestCase):
    def test_wrong_sum(self):
        self.assertEqual(sum([1, 2, 3]), 7, "sum is off")

    def test_bad_index(self):
        items = [1, 2]
        items.pop(5)

    def test_dict(self):
        self.assertDictEqual({"name": "x", "size": 1}, {"name": "x", "size": 2})

    @unittest.skip("demonstrating skipping")
    def test_nothing(self):
        self.fail("shouldn't happen")


def masked(text):
    return re.sub(r"Ran (\d+ tests?) in \d+\.\d+s", r"Ran \1 in X.XXXs", text)


for verbosity in (1, 2):
    stream = io.StringIO()
    program = unittest.main(argv=["test_strings"], exit=False, verbosity=verbosity,
                            testRunner=unittest.TextTestRunner(stream=stream,
                                                               verbosity=verbosity))
    print(masked(stream.getvalue()))
    result = program.result
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          result.wasSuccessful())

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(TestStringMethods)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(masked(stream.getvalue()))
print(result)
