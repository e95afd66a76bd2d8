"""doctest.testfile on text files written into a temporary directory."""
import contextlib
import doctest
import io
import os
import tempfile

PASSING = """\
The ``example`` module
======================

Using ``factorial``
-------------------

This is an example text file in reStructuredText format.

    >>> def factorial(n):
    ...     result = 1
    ...     for i in range(2, n + 1):
    ...         result *= i
    ...     return result
    >>> [factorial(n) for n in range(6)]
    [1, 1, 2, 6, 24, 120]

Text between examples is ignored, and names persist through the file:

    >>> factorial(10)
    3628800
    >>> __name__
    '__main__'
"""

FAILING = """\
Some text.

>>> print('hello')
goodbye

>>> x = 12
>>> x // 5
2
>>> x + undefined
Traceback (most recent call last):
NameError: name 'undefined' is not defined
>>> EXTRA
'extra'
"""


def keep_frames_out(text):
    # Tracebacks of unexpected exceptions start with doctest's own frame, whose path and
    # line differ between implementations: drop it.
    out, skip = [], None
    for line in text.split('\n'):
        stripped = line.lstrip()
        if skip is not None and len(line) - len(stripped) > skip:
            continue
        skip = None
        if stripped.startswith('File "') and ('doctest.py"' in line or '"<reap:' in line):
            skip = len(line) - len(stripped)
            continue
        out.append(line)
    return '\n'.join(out)


def show(tmp, **kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = doctest.testfile(**kw)
    print(keep_frames_out(buf.getvalue()).replace(tmp, '<TMP>'), end='')
    print(result)


with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(tmp, 'example.txt')
    bad = os.path.join(tmp, 'failing.rst')
    with open(good, 'w') as f:
        f.write(PASSING)
    with open(bad, 'w') as f:
        f.write(FAILING)
    show(tmp, filename=good, module_relative=False)
    show(tmp, filename=good, module_relative=False, verbose=True)
    show(tmp, filename=bad, module_relative=False)
    show(tmp, filename=bad, module_relative=False, extraglobs={'EXTRA': 'extra'},
         name='custom-name')
    show(tmp, filename=bad, module_relative=False, globs={'EXTRA': 'extra'}, verbose=True)
    show(tmp, filename=bad, module_relative=False, report=False)
    # A module-relative path: relative to the folder of the package given.
    import types
    pkg = types.ModuleType('pkg')
    pkg.__file__ = os.path.join(tmp, '__init__.py')
    os.mkdir(os.path.join(tmp, 'sub'))
    with open(os.path.join(tmp, 'sub', 'nested.txt'), 'w') as f:
        f.write(PASSING)
    show(tmp, filename='example.txt', package=pkg)
    show(tmp, filename='sub/nested.txt', package=pkg, verbose=False, optionflags=doctest.ELLIPSIS)
    try:
        doctest.testfile('example.txt', package=types.ModuleType('nofile'))
    except ValueError as e:
        print('ValueError:', e)
    try:
        doctest.testfile(good, module_relative=True)
    except ValueError as e:
        print('ValueError:', e)
    try:
        doctest.testfile(good, module_relative=False, package='os')
    except ValueError as e:
        print('ValueError:', e)
    try:
        doctest.testfile(os.path.join(tmp, 'missing.txt'), module_relative=False)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    # CRLF line endings read as plain newlines.
    crlf = os.path.join(tmp, 'crlf.txt')
    with open(crlf, 'wb') as f:
        f.write(b'>>> 1 + 1\r\n2\r\n>>> print("a")\r\na\r\n')
    show(tmp, filename=crlf, module_relative=False, verbose=True)
    # Latin-1 encoded file.
    latin = os.path.join(tmp, 'latin.txt')
    with open(latin, 'wb') as f:
        f.write('>>> print("caf\xe9")\ncaf\xe9\n'.encode('latin-1'))
    show(tmp, filename=latin, module_relative=False, encoding='latin-1')
    print(doctest.master is not None)
