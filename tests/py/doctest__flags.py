"""Option flags: given to testmod/run, and as inline `# doctest:` directives."""
import doctest


def ellipsis_inline():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('start middle end')  # doctest: +ELLIPSIS
    start ... end
    >>> print('aaa')  # doctest: +ELLIPSIS
    aa...aa
    >>> class Thing: pass
    >>> Thing()  # doctest: +ELLIPSIS
    <__main__.Thing object at 0x...>
    >>> print('x')  # doctest: +ELLIPSIS
    ...
    """


def whitespace():
    """
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,  3,  4,  5,
     6,   7,  8,  9, 10, 11]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a ... b
    >>> print('a b')
    a  b
    """


def blanklines():
    """
    >>> print('one\\n\\ntwo')
    one
    <BLANKLINE>
    two
    >>> print('one\\n   \\ntwo')
    one
    <BLANKLINE>
    two
    >>> print('one\\n\\ntwo')  # doctest: +DONT_ACCEPT_BLANKLINE
    one
    <BLANKLINE>
    two
    >>> print('<BLANKLINE>')  # doctest: +DONT_ACCEPT_BLANKLINE
    <BLANKLINE>
    """


def true_for_1():
    """
    >>> 1 == 1
    1
    >>> 1 == 2
    0
    >>> 3 > 2  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    """


def skipping():
    """
    >>> this_would_fail()  # doctest: +SKIP
    never checked
    >>> 1 + 1
    2
    """


def exception_detail():
    """
    >>> raise ValueError('one message')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: another message
    >>> raise ValueError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    some.module.ValueError: x
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: 'k'
    """


def detail_mismatch():
    """
    >>> raise ValueError('x')
    Traceback (most recent call last):
    TypeError: x
    >>> raise ValueError('x')
    Traceback (most recent call last):
    ValueError: y
    """


def diffs():
    """
    >>> print('\\n'.join('line %d' % i for i in range(6)))  # doctest: +REPORT_UDIFF
    line 0
    line 1
    line two
    line 3
    line 4
    line 5
    >>> print('\\n'.join('line %d' % i for i in range(6)))  # doctest: +REPORT_CDIFF
    line 0
    line 1
    line 2
    line 3
    line four
    line 5
    >>> print('\\n'.join('line %d' % i for i in range(4)))  # doctest: +REPORT_NDIFF
    line 0
    line one
    line 2
    line 3
    >>> print('short')  # doctest: +REPORT_UDIFF
    long
    >>> print('a\\n\\nb\\nc')  # doctest: +REPORT_UDIFF
    a
    b
    c
    d
    """


def turned_off():
    """
    >>> list(range(20))  # doctest: -ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))
    [0, 1, ..., 19]
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


def run(f, *args, **kw):
    import contextlib, io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = f(*args, **kw)
    print(keep_frames_out(buf.getvalue()), end='')
    print(result)


if __name__ == "__main__":
    run(doctest.testmod)
    run(doctest.run_docstring_examples, detail_mismatch, globals(), name='detail',
        optionflags=doctest.IGNORE_EXCEPTION_DETAIL)
    print('=== global ELLIPSIS')
    run(doctest.testmod, optionflags=doctest.ELLIPSIS)
    print('=== flag values')
    for name in ['DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
                 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
                 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
                 'FAIL_FAST', 'REPORTING_FLAGS']:
        print(name, getattr(doctest, name))
    print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
    MINE = doctest.register_optionflag('MY_FLAG')
    print(MINE, doctest.register_optionflag('MY_FLAG'), doctest.OPTIONFLAGS_BY_NAME['MY_FLAG'])
    print(doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)
    print('=== bad directives')
    parser = doctest.DocTestParser()
    for text in ['>>> 1  # doctest: +NOPE\n1\n', '>>> 1  # doctest: ELLIPSIS\n1\n',
                 '>>> # doctest: +ELLIPSIS\n', '>>> x = 1  # doctest: +SKIP -ELLIPSIS\n']:
        try:
            print([e.options for e in parser.get_examples(text, 'thing')])
        except ValueError as e:
            print('ValueError:', e)
    print(parser.get_examples(">>> print('# doctest: +SKIP')\n# doctest: +SKIP\n")[0].options)
