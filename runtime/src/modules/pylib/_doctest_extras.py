"""The rarely used parts of doctest, imported when first needed: its unittest test cases,
the pdb helpers and the `python -m doctest` command line."""

import os
import sys
import unittest
from io import StringIO

import doctest


class DocTestCase(unittest.TestCase):
    """A unittest case running the examples of one DocTest."""
    __module__ = 'doctest'

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy() if test is not None else {}
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved = sys.stdout
        report = StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & doctest.REPORTING_FLAGS:
            optionflags |= doctest._unittest_reportflags
        runner = doctest.DocTestRunner(optionflags=optionflags, checker=self._dt_checker,
                                       verbose=False)
        try:
            runner.DIVIDER = '-' * 70
            failures, tries = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        """Run without catching: raises UnexpectedException or DocTestFailure."""
        self.setUp()
        runner = doctest.DebugRunner(optionflags=self._dt_optionflags,
                                     checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    __module__ = 'doctest'
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    __module__ = 'doctest'
    def _removeTestAtIndex(self, index):
        pass


class DocFileCase(DocTestCase):
    __module__ = 'doctest'
    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def debug_script(src, pm=False, globs=None):
    import pdb
    globs = {} if globs is None else globs.copy()
    if pm:
        try:
            exec(src, globs, globs)
        except BaseException:
            print(sys.exc_info()[1])
            pdb.post_mortem(sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, globs, globs)


def main():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append',
                        choices=doctest.OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply to the test run; '
                              'may be specified more than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this is a shorthand '
                              'for -o FAIL_FAST, and is in addition to any other -o options)'))
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    options = 0
    for option in args.option:
        options |= doctest.OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= doctest.FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            # A module: import it from its folder.
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = doctest.testmod(m, verbose=args.verbose, optionflags=options)
        else:
            failures, _ = doctest.testfile(filename, module_relative=False,
                                           verbose=args.verbose, optionflags=options)
        if failures:
            return 1
    return 0
