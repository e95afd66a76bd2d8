"""Test interactive Python examples found in docstrings and text files.

A docstring (or text file) holds examples written as an interactive session:

    >>> 1 + 1
    2

`testmod()` finds such examples in a module's docstrings (its functions, classes,
methods, properties and `__test__` entries), runs each one and compares what it
prints with the expected output that follows it.  `testfile()` does the same for a
text file.  Failures are reported on stdout; `-v` in sys.argv (or verbose=True)
reports every example tried.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource', 'debug_src', 'debug',
]

import __future__
import builtins
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
from collections import namedtuple
from io import StringIO

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------
# Option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the flag bit for `name`, giving a new bit to a name not seen before."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------------------
# Small helpers


def _extract_future_flags(globs):
    """The compiler flags of the `from __future__ import ...` features bound in `globs`."""
    flags = 0
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module given as itself, by name, or (None) as the caller `depth` frames up."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        for directory in getattr(module, '__path__', ()):
            candidate = os.path.join(directory, test_path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(basedir, test_path)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is None:
            loader = getattr(getattr(package, '__spec__', None), 'loader', None)
        if hasattr(loader, 'get_data'):
            text = loader.get_data(filename).decode(encoding)
            return text.replace('\r\n', '\n').replace('\r', '\n'), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _indent(s, indent=4):
    """Prefix every non-empty line of `s` with `indent` spaces."""
    pad = ' ' * indent
    return '\n'.join([pad + line if line else line for line in s.split('\n')])


def _exception_traceback(exc_info):
    """The traceback text that print_exception writes for `exc_info`."""
    buf = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=buf)
    return buf.getvalue()


def _display(value):
    # What sys.__displayhook__ does, written to whatever sys.stdout is now.  (Reap's native
    # displayhook writes to the process's stdout, so the examples' echo escaped the capture.)
    if value is None:
        return
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


class _SpoofOut(StringIO):
    """Collects an example's output; what was written always ends with a newline."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each '...' in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    # The fixed ends must match and may not overlap.
    if not got.startswith(first) or not got.endswith(last):
        return False
    lo, hi = len(first), len(got) - len(last)
    if lo > hi:
        return False
    # Each middle piece is matched leftmost; if that fails nothing else can succeed.
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The bare exception name from an exception line: 'pkg.Error: text' -> 'Error'."""
    end = msg.find('\n')
    if end < 0:
        end = len(msg)
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    start = msg.rfind('.', 0, end) + 1
    return msg[start:end]


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


# ---------------------------------------------------------------------------
# Example and DocTest


class Example:
    """One example: `source` (ending with a newline) and the output it should print.

    Attributes: source, want, exc_msg (the expected exception line(s), or None),
    lineno (0-based, within the docstring), indent, options ({flag: bool}).
    """

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, run together in one namespace (`globs`)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            examples = 'no examples'
        elif count == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                           self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = -1 if self.lineno is None else self.lineno
        theirs = -1 if other.lineno is None else other.lineno
        return (self.name, self.filename, mine, id(self)) < \
            (other.name, other.filename, theirs, id(other))


# ---------------------------------------------------------------------------
# Parsing


def _min_indent(lines):
    """The least indentation (in spaces) of the lines that hold something."""
    least = None
    for line in lines:
        body = line.lstrip(' ')
        if body and not body[0].isspace():
            width = len(line) - len(body)
            if least is None or width < least:
                least = width
    return least or 0


def _is_blank_or_comment(source):
    if source.endswith('\n'):
        source = source[:-1]
    if '\n' in source:
        return False
    body = source.lstrip(' ')
    return body == '' or body.startswith('#')


_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _expected_exception(want):
    """The exception part of an expected traceback (from its first line that starts with a
    word character), or None when `want` does not start with a traceback header."""
    lines = want.split('\n')
    for header in _HEADERS:
        if lines[0].startswith(header):
            if lines[0][len(header):].strip():
                return None
            break
    else:
        return None
    for i in range(1, len(lines)):
        if lines[i] and _is_word_char(lines[i][0]):
            return '\n'.join(lines[i:])
    return None


class DocTestParser:
    """Splits a docstring into examples and the text between them."""

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

    def parse(self, string, name='<string>'):
        """A list alternating text strings and Examples (line numbers are 0-based)."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = _min_indent(lines)
        if margin > 0:
            lines = [line[margin:] for line in lines]
            string = '\n'.join(lines)
        starts = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        count = len(lines)
        output = []
        charno = 0
        i = 0
        while i < count:
            body = lines[i].lstrip(' ')
            if not body.startswith('>>>'):
                i += 1
                continue
            indent = len(lines[i]) - len(body)
            j = i + 1                       # the '...' continuation lines
            while j < count and lines[j].lstrip(' ').startswith('...'):
                j += 1
            k = j                           # the expected output: up to a blank or '>>>' line
            while k < count:
                body = lines[k].lstrip(' ')
                if not body or body.startswith('>>>'):
                    break
                k += 1
            output.append(string[charno:starts[i]])
            source, options, want, exc_msg = self._parse_example(
                lines[i:j], lines[j:k], indent, name, i)
            if not _is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=i,
                                      indent=margin + indent, options=options))
            last = k - 1
            charno = starts[last] + len(lines[last]) + (1 if last < count - 1 else 0)
            i = k
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest holding the examples of `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples of `string`."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([line[indent + 4:] for line in source_lines])
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join([line[indent:] for line in want_lines])
        exc_msg = _expected_exception(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in self._OPTION_DIRECTIVE_RE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        return _min_indent(s.split('\n'))

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + i + 1, name, line))


# ---------------------------------------------------------------------------
# Finding the docstrings of a module


class DocTestFinder:
    """Collects the DocTests of an object's docstring and of the objects it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and (recursively) its functions, classes and methods,
        sorted by name.  `module` False means: do not look for obj's module."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _source_lines(self, obj, module):
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not file:
            file = inspect.getfile(obj)
            if not (file[:1] == '<' and file[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(file, module.__dict__)
        else:
            lines = linecache.getlines(file)
        return lines or None

    def _from_module(self, module, object):
        """Whether `object` was defined in `module`."""
        if module is None:
            return True
        owner = inspect.getmodule(object)
        if owner is not None:
            return module is owner
        if inspect.isfunction(object):
            return module.__dict__ is object.__globals__
        is_wrapper = getattr(inspect, 'ismethodwrapper', lambda o: False)
        if inspect.ismethoddescriptor(object) or is_wrapper(object):
            if hasattr(object, '__objclass__'):
                return module.__name__ == object.__objclass__.__module__
            if hasattr(object, '__module__'):
                return module.__name__ == object.__module__
            return True
        if inspect.isclass(object):
            return module.__name__ == object.__module__
        if hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        if isinstance(object, property):
            return True
        if inspect.isbuiltin(object):
            # Reap's builtin functions have no __module__ (CPython's name their C module,
            # never a module of doctests): not from `module`.
            return False
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in obj.__dict__.items():
                if ((self._is_routine(val) or inspect.isclass(val))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines,
                               globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val)
                        or inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module,
                           source_lines, globs, seen)
        if inspect.isclass(obj):
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == '.pyc':
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    _DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of `obj`'s docstring in `source_lines`, or None."""
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if inspect.isclass(obj) and docstring is not None:
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        for i in range(lineno, len(source_lines)):
            if self._DOCSTRING_START.match(source_lines[i]):
                return i
        return None


# ---------------------------------------------------------------------------
# Running


class DocTestRunner:
    """Runs DocTests, reporting failures (and, when verbose, every example) to `out`."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # Reporting (overridable) ------------------------------------------------

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n'
                    + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    # Running -----------------------------------------------------------------

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = base_flags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, 'single', compileflags, True),
                     test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = 'failure'
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = 'success'
            else:
                exc_msg = self._exception_only(exception)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = 'boom'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = 'success'
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = 'success'
            if outcome == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                if not quiet:
                    if outcome == 'failure':
                        self.report_failure(out, test, example, got)
                    else:
                        self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    @staticmethod
    def _exception_only(exception):
        lines = traceback.format_exception_only(exception[0], exception[1])
        if issubclass(exception[0], SyntaxError):
            # Only from the 'SyntaxError: ...' line on: not the source and caret lines.
            kind = exception[0]
            prefixes = ('%s:' % kind.__qualname__,
                        '%s.%s:' % (kind.__module__, kind.__qualname__))
            for i, line in enumerate(lines):
                if line.startswith(prefixes):
                    lines = lines[i:]
                    break
        return ''.join(lines)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def _patched_getlines(self, filename, module_globals=None):
        # '<doctest NAME[N]>' names the source of example N of the test being run, so that
        # tracebacks can show its lines.
        test = self.test
        if filename.startswith('<doctest ') and filename.endswith(']>'):
            bracket = filename.rfind('[')
            number = filename[bracket + 1:-2]
            if (bracket > 9 and number.isdigit() and number.isascii()
                    and filename[9:bracket] == test.name):
                return test.examples[int(number)].source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    # CPython's private spellings, which some subclasses use.
    _DocTestRunner__run = _run_examples
    _DocTestRunner__record_outcome = _record_outcome
    _DocTestRunner__patched_linecache_getlines = _patched_getlines

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of `test` in its globs; return TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(s):
                    save_stdout.write(str(s.encode(encoding, 'backslashreplace'), encoding))
        sys.stdout = self._fakeout
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._patched_getlines
        save_displayhook = sys.displayhook
        sys.displayhook = _display
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals of every test run so far; return TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(totalt, 'tests in', len(self._name2ft), 'items.')
            print(totalt - totalf, 'passed and', totalf, 'failed.')
        if totalf:
            print('***Test Failed***', totalf, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt)

    def merge(self, other):
        table = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in table:
                f2, t2 = table[name]
                f, t = f + f2, t + t2
            table[name] = f, t


# ---------------------------------------------------------------------------
# Comparing output


def _drop_blankline_markers(want):
    lines = want.split('\n')
    for i, line in enumerate(lines):
        if line.startswith(BLANKLINE_MARKER):
            rest = line[len(BLANKLINE_MARKER):]
            if not rest or rest.isspace():
                lines[i] = ''
    return '\n'.join(lines)


def _empty_blank_lines(got):
    return '\n'.join(['' if line.isspace() else line for line in got.split('\n')])


class OutputChecker:
    """Decides whether an example's output matches, and describes how it does not."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        """Whether `got` matches `want` under `optionflags`."""
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) == ('True\n', '1\n') or (got, want) == ('False\n', '0\n'):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _drop_blankline_markers(want)
            got = _empty_blank_lines(got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The 'Expected:/Got:' (or diff) text of a failed example."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            lines = got.split('\n')
            for i in range(len(lines) - 1):
                if not lines[i].strip(' '):
                    lines[i] = BLANKLINE_MARKER
            got = '\n'.join(lines)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------------------
# Stopping at the first problem


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match (test, example, got)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises (test, example, exc_info)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises UnexpectedException or DocTestFailure at the first failure."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# The functions most scripts use

master = None


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module `m` (default: __main__), of the
    functions and classes it defines, and of its `__test__` dict; return
    TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples in a text file; return TestResults(failed, attempted).
    With module_relative (the default) `filename` is a '/'-separated path relative to
    the calling module's (or `package`'s) directory."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Run the examples in `f`'s docstring (not those of the objects it contains)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest integration (the classes live in _doctest_extras, imported when used)

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none; return the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


def __dir__():
    # The names made on first use (by __getattr__) are the module's, as in CPython.
    return sorted(set(globals()) | set(['DocTestCase', 'DocFileCase', 'SkipDocTestCase']))


def __getattr__(name):
    if name in ('DocTestCase', 'DocFileCase', 'SkipDocTestCase'):
        import _doctest_extras
        return getattr(_doctest_extras, name)
    raise AttributeError("module 'doctest' has no attribute %r" % name, name=name,
                         obj=__import__('sys').modules[__name__])


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring of `module` that has examples.
    Options: setUp, tearDown, checker, optionflags."""
    import _doctest_extras
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _doctest_extras._DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(_doctest_extras.SkipDocTestCase(module))
        return suite
    tests.sort()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == '.pyc':
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(_doctest_extras.DocTestCase(test, **options))
    return suite


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    import _doctest_extras
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    doc, path = _load_testfile(path, package, module_relative, encoding or 'utf-8')
    if '__file__' not in globs:
        globs['__file__'] = path
    test = parser.get_doctest(doc, globs, os.path.basename(path), path, 0)
    return _doctest_extras.DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per text file of examples.
    Options: module_relative, package, setUp, tearDown, globs, optionflags, parser,
    encoding."""
    import _doctest_extras
    suite = _doctest_extras._DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------------------
# Examples as scripts


def script_from_examples(s):
    """The examples of `s` as a script: the sources as code, all else as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + line for line in want.split('\n')[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """The script made from the examples of the object called `name` in `module`."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    found = [t for t in tests if t.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Debug the examples of a string (needs pdb)."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Run a script under pdb (post mortem when `pm`)."""
    import _doctest_extras
    _doctest_extras.debug_script(src, pm, globs)


def debug(module, name, pm=False):
    """Debug the examples of the object called `name` in `module` (needs pdb)."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


def _test():
    """python -m doctest [-v] [-o FLAG] [-f] FILE..."""
    import _doctest_extras
    return _doctest_extras.main()


if __name__ == '__main__':
    sys.exit(_test())
