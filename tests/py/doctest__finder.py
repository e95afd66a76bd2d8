"""Which objects testmod looks in, their names and the line numbers in failure reports."""
import functools
import sys
import types
from math import sqrt
from os.path import join
from collections import OrderedDict
from json import JSONDecodeError


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@deco
def decorated(x):
    """
    >>> decorated(2)
    3
    """
    return x


def outer():
    """
    >>> outer()
    'outer'
    """
    def inner():
        """
        >>> never_run()
        """
    return 'outer'


class Base:
    def from_base(self):
        """
        >>> 'base'
        'base'
        """


class Child(Base):
    """Child class.

    >>> Child().from_base()
    """
    alias = sqrt
    other = join

    def __init__(self):
        pass

    def method(self):
        """Method.

        >>> Child().method()
        'method'
        >>> [].pop()
        1
        """
        return 'method'

    @property
    def prop(self):
        """
        >>> Child().prop
        'wrong'
        """
        return 'prop'

    class Nested:
        """
        >>> 'nested'
        'NESTED'
        """

        def deep(self):
            """
            >>> 'deep'
            'deep'
            """


extra_module = types.ModuleType('extra_module', """Extra module docstring.

>>> 'in extra module'
'in extra module'
""")

__test__ = {
    'text': """
        >>> 'from __test__'
        'from __test__'
        >>> oops
        'fails'
    """,
    'klass': Base,
    'module': extra_module,
}


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


if __name__ == "__main__":
    import contextlib
    import doctest
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = doctest.testmod(verbose=True)
    print(keep_frames_out(buf.getvalue()), end='')
    print(result)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = doctest.testmod(exclude_empty=True, verbose=False)
    print(keep_frames_out(buf.getvalue()), end='')
    print(result)
    for test in doctest.DocTestFinder().find(sys.modules[__name__]):
        print(test.name, test.lineno, len(test.examples))
    try:
        doctest.DocTestFinder().find(types.SimpleNamespace(__name__='ns', __test__={1: 'x'}),
                                     module=False)
    except ValueError as e:
        print('ValueError:', e)
    bad = types.ModuleType('bad')
    bad.__test__ = {'number': 42}
    try:
        doctest.DocTestFinder().find(bad)
    except ValueError as e:
        print('ValueError:', e)
    bad.__test__ = {7: 'x'}
    try:
        doctest.DocTestFinder().find(bad)
    except ValueError as e:
        print('ValueError:', e)
