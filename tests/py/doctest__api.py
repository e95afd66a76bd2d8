"""DocTestParser, Example, DocTest, DocTestFinder, DocTestRunner and OutputChecker."""
import doctest
import os
import sys

DOC = """
    Some text.

    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    ...
    0
    1

    More text.
    >>> print('a')  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    >>> raise ValueError('v')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: v
    >>> # only a comment
    >>>
    trailing text
"""

parser = doctest.DocTestParser()
print('=== parse')
for piece in parser.parse(DOC, 'DOC'):
    if isinstance(piece, doctest.Example):
        print('Example', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, piece.options)
    else:
        print('text', repr(piece))
print('=== get_examples')
examples = parser.get_examples(DOC)
print(len(examples), [e.lineno for e in examples])
test = parser.get_doctest(DOC, {'g': 1}, 'thename', 'file.txt', 10)
print(test, test.name, test.filename, test.lineno, test.globs, test.docstring == DOC)
print(parser.get_doctest('', {}, 'empty', None, None))
print(parser.get_doctest('>>> 1\n1', {}, 'one', 'f.py', 3))
print(parser.get_examples('>>> 1\n1')[0].want == '1\n')
print(parser.get_examples('\t>>> print(1)\n\t1\n')[0].indent)
print([(e.source, e.want) for e in parser.get_examples('>>> a = """\n... x\n... """\n>>> a\n\'\\nx\\n\'\n')])

print('=== Example')
e = doctest.Example('print(1)', '1')
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
e2 = doctest.Example('print(1)\n', '1\n')
print(e == e2, hash(e) == hash(e2), e == doctest.Example('print(2)', '1'))
e3 = doctest.Example('raise X', 'Traceback...', exc_msg='X: y', lineno=4, indent=2,
                     options={doctest.ELLIPSIS: True})
print(repr(e3.exc_msg), e3.lineno, e3.indent, e3.options)

print('=== parse errors')
for text in ['>>>print(1)\n', '  >>> x = 1\n ... y\n', '   >>> 1\n  1\n',
             '>>> if 1:\n...print(2)\n', '>>> x\n    >>> y\n  z\n']:
    try:
        print(parser.get_examples(text, 'name'))
    except ValueError as err:
        print('ValueError:', err)

print('=== DocTest compare')
t1 = parser.get_doctest('>>> 1\n1\n', {}, 'b', 'f', 1)
t2 = parser.get_doctest('>>> 1\n1\n', {}, 'a', 'f', 1)
t3 = parser.get_doctest('>>> 1\n1\n', {}, 'b', 'f', 1)
print(t1 == t3, t1 == t2, sorted([t1, t2])[0].name, t2 < t1)


class Sample:
    """Sample class.

    >>> Sample().value()
    3
    """

    def value(self):
        """
        >>> 1 + 2
        3
        """
        return 3

    def empty(self):
        pass

    @property
    def prop(self):
        """>>> 'prop'
        'prop'
        """


def lone():
    """
    >>> lone()
    'lone'
    """
    return 'lone'


print('=== DocTestFinder')
finder = doctest.DocTestFinder()
for t in finder.find(Sample, module=sys.modules[__name__]):
    print(t.name, os.path.basename(t.filename), t.lineno, len(t.examples))
for t in doctest.DocTestFinder(exclude_empty=False).find(Sample):
    print(t.name, t.lineno, len(t.examples))
for t in doctest.DocTestFinder(recurse=False).find(Sample, 'Renamed'):
    print(t.name, t.lineno, len(t.examples))
for t in finder.find(lone, module=False):
    print(t.name, t.filename, t.lineno, len(t.examples))
for t in finder.find(lone, extraglobs={'extra': 1}):
    print(t.name, 'extra' in t.globs, t.globs['__name__'])
for t in finder.find('>>> 1\n1\n', 'a_string', globs={}):
    print(t.name, t.filename, t.lineno, t.globs)
try:
    finder.find(42)
except ValueError as err:
    print('ValueError:', err)

print('=== DocTestRunner')
runner = doctest.DocTestRunner(verbose=False)
out = []
test = parser.get_doctest('>>> 1 + 1\n2\n>>> 2 + 2\n5\n', {}, 'mytest', None, 0)
print(runner.run(test, out=out.append))
print(''.join(out), end='')
print(test.globs)
test = parser.get_doctest('>>> y = 3\n>>> y\n3\n', {}, 'second', 'second.txt', 0)
print(runner.run(test, clear_globs=False), sorted(test.globs))
print(runner.tries, runner.failures)
print(runner.summarize())
print(runner.summarize(verbose=True))
other = doctest.DocTestRunner(verbose=False)
other.run(parser.get_doctest('>>> 1\n1\n', {}, 'second', None, 0))
runner.merge(other)
print(runner.summarize(verbose=True))
v = doctest.DocTestRunner(verbose=True)
v.run(parser.get_doctest('>>> print("x")\nx\n>>> None\n', {}, 'v', None, 0))
print(v.summarize(False))


class QuietRunner(doctest.DocTestRunner):
    def report_failure(self, out, test, example, got):
        out('FAILED %r got %r\n' % (example.source, got))

    def report_success(self, out, test, example, got):
        out('PASSED %r\n' % example.source)


QuietRunner().run(parser.get_doctest('>>> 1\n1\n>>> 2\n3\n', {}, 'q', None, 0))

print('=== OutputChecker')
checker = doctest.OutputChecker()
cases = [('1\n', '1\n', 0), ('1\n', 'True\n', 0), ('0\n', 'False\n', 0),
         ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1), ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0),
         ('a\n<BLANKLINE>  \nb\n', 'a\n   \nb\n', 0), ('a b\n', 'a\n b\n', doctest.NORMALIZE_WHITESPACE),
         ('a...\n', 'abc\n', doctest.ELLIPSIS), ('...a...b...\n', 'xaybz\n', doctest.ELLIPSIS),
         ('a...a\n', 'a\n', doctest.ELLIPSIS), ('caf\\xe9\n', 'caf\xe9\n', 0),
         ('x\n', 'y\n', 0)]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
ex = doctest.Example('f()', 'a\nb\nc\nd\n')
print(checker.output_difference(ex, 'a\nB\nc\nd\n', 0), end='')
print(checker.output_difference(ex, 'a\nB\nc\nd\n', doctest.REPORT_UDIFF), end='')
print(checker.output_difference(ex, 'a\n\nc\nd\n', doctest.REPORT_NDIFF), end='')
print(checker.output_difference(ex, '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '  \nx\n', doctest.DONT_ACCEPT_BLANKLINE), end='')

print('=== script_from_examples')
print(doctest.script_from_examples(DOC), end='')

print('=== raise_on_error')
try:
    doctest.DebugRunner().run(parser.get_doctest('>>> 1\n2\n', {}, 'dbg', 'dbg.txt', 0))
except doctest.DocTestFailure as f:
    print(type(f).__name__, f, repr(f.example.source), repr(f.got))
try:
    doctest.DebugRunner().run(parser.get_doctest('>>> {}["k"]\n', {}, 'dbg2', 'dbg.txt', 0))
except doctest.UnexpectedException as f:
    print(type(f).__name__, f, repr(f.example.source), f.exc_info[0].__name__, f.exc_info[1])

print('=== run_docstring_examples')
doctest.run_docstring_examples(lone, {'lone': lone})
doctest.run_docstring_examples(lone, {'lone': lambda: 'other'}, name='lonely')
doctest.run_docstring_examples(lone, {'lone': lone}, verbose=True)
print(doctest.TestResults(1, 2), doctest.TestResults(failed=0, attempted=3).attempted)
