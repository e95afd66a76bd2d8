"""Failures of several kinds, and the report testmod prints for them."""
import contextlib
import io
import sys


def wrong_value():
    """
    >>> 2 + 2
    5
    >>> 'ok'
    'ok'
    """


def expected_nothing():
    """
    >>> print('surprise')
    """


def got_nothing():
    """
    >>> x = 1
    1
    """


def multi_line():
    """
    >>> for i in range(3):
    ...     print(i * 10)
    0
    10
    30
    >>> print('a\\n\\nb')
    a
    b
    """


def wrong_exception():
    """
    >>> int('x')
    Traceback (most recent call last):
      ...
    ValueError: something else
    >>> [].pop()
    Traceback (most recent call last):
    KeyError: 'nope'
    """


def missing_exception():
    """
    >>> 1 + 1
    Traceback (most recent call last):
    ValueError: never raised
    """


def boom():
    """
    >>> boom_helper()
    'never'
    >>> undefined_name
    """


def boom_helper():
    raise RuntimeError('kaboom')


def many():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    6
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


def run(**kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = doctest.testmod(**kw)
    print(keep_frames_out(buf.getvalue()), end='')
    print(result)


if __name__ == "__main__":
    import doctest
    run()
    print('=== REPORT_ONLY_FIRST_FAILURE')
    run(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    print('=== FAIL_FAST')
    run(optionflags=doctest.FAIL_FAST)
    print('=== verbose')
    run(verbose=True)
    print('=== name')
    run(name='renamed', report=False)
    print('=== bad module')
    try:
        doctest.testmod(42)
    except TypeError as e:
        print('TypeError:', e)
