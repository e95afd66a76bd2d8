"""Expected exceptions in examples: matching, details, syntax errors, odd messages."""
import contextlib
import doctest
import io


class MyError(Exception):
    pass


class Other:
    class Nested(Exception):
        pass


def matching():
    """
    >>> raise MyError('custom')
    Traceback (most recent call last):
    MyError: custom
    >>> raise Other.Nested('nested')
    Traceback (most recent call last):
    Other.Nested: nested
    >>> raise ValueError('multi\\nline message')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: multi
    line message
    >>> raise KeyError
    Traceback (most recent call last):
    KeyError
    >>> raise ValueError()
    Traceback (innermost last):
    ValueError
    >>> {}['missing']
    Traceback (most recent call last):
        ...
    KeyError: 'missing'
    >>> x = 5
    >>> x
    5
    >>> print('before'); raise TypeError('after print')
    Traceback (most recent call last):
    TypeError: after print
    """


def ellipsis_in_message():
    """
    >>> raise ValueError('a long message with details')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: a long ...
    >>> raise ValueError('with   spaces')  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ValueError: with spaces
    >>> raise doctest.DocTestFailure(None, None, None)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    DocTestFailure: None
    >>> raise MyError  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mod.sub.MyError: anything
    """


def syntax_errors():
    """
    >>> def f(:
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> 1 + * 2
    Traceback (most recent call last):
    SyntaxError: ...
    >>> print(1))
    Traceback (most recent call last):
    SyntaxError: unmatched ')'
    >>> 1 = x  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    SyntaxError: cannot assign to literal...
    """


def not_a_traceback():
    """
    >>> print('Traceback (most recent call last):\\nValueError: x')
    Traceback (most recent call last):
    ValueError: x
    """


def wrong_details():
    """
    >>> raise MyError('real')
    Traceback (most recent call last):
    MyError: expected
    """


def keep_frames_out(text):
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
    run()
    print('=== IGNORE_EXCEPTION_DETAIL everywhere')
    run(optionflags=doctest.IGNORE_EXCEPTION_DETAIL)
    print('=== parser')
    for e in doctest.DocTestParser().get_examples(matching.__doc__):
        print(repr(e.exc_msg))
    print(repr(doctest._strip_exception_details('a.b.Error: msg: more\nline 2')))
    print(repr(doctest._strip_exception_details('Error')))
    print(repr(doctest._strip_exception_details('abc.def:\n')))
