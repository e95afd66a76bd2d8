"""DocTestSuite and DocFileSuite: doctests run by unittest."""
import doctest
import io
import os
import re
import sys
import tempfile
import unittest


def passes():
    """
    >>> passes()
    'yes'
    """
    return 'yes'


def fails():
    """
    >>> fails()
    'no'
    """
    return 'yes'


class Holder:
    """
    >>> Holder.VALUE
    3
    """
    VALUE = 3


def no_examples():
    """Nothing to run."""


def keep_frames_out(text):
    # Drop traceback frames in doctest's own files (their paths differ between implementations).
    out, skip = [], None
    for line in text.split('\n'):
        stripped = line.lstrip()
        if skip is not None and len(line) - len(stripped) > skip:
            continue
        skip = None
        if stripped.startswith('File "') and ('/doctest.py"' in line or '/_doctest_extras.py"' in line
                                          or '"<reap:' in line):
            skip = len(line) - len(stripped)
            continue
        out.append(line)
    return '\n'.join(out)


def run_suite(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests', stream.getvalue())
    print(keep_frames_out(text), end='')
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())


suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
for case in suite:
    print(repr(case), case.id(), case.shortDescription())
run_suite(suite)

calls = []
suite = doctest.DocTestSuite(setUp=lambda t: calls.append(('setUp', t.name)),
                             tearDown=lambda t: calls.append(('tearDown', t.name)),
                             optionflags=doctest.ELLIPSIS)
run_suite(suite)
print(calls)

old = doctest.set_unittest_reportflags(doctest.REPORT_NDIFF)
print(old)
run_suite(doctest.DocTestSuite())
print(doctest.set_unittest_reportflags(old))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print('ValueError:', e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'doc.txt')
    with open(path, 'w') as f:
        f.write('>>> 1 + 1\n2\n>>> print(__file__ == PATH)\nTrue\n>>> 2 * 2\n5\n')
    suite = doctest.DocFileSuite(path, module_relative=False, globs={'PATH': path})
    for case in suite:
        print(repr(case) == path, case.id())
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream).run(suite)
    print(result.testsRun, len(result.failures))
    print(keep_frames_out(result.failures[0][1]).replace(tmp, '<TMP>'))

test = doctest.DocTestParser().get_doctest('>>> raise KeyError\n42', {}, 'foo', 'foo.py', 0)
case = doctest.DocTestCase(test)
try:
    case.debug()
except doctest.UnexpectedException as f:
    print(f.test is test, repr(f.example.want), f.exc_info[0].__name__)
