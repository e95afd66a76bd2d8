"""A module whose docstrings hold passing examples, tested with testmod(verbose=True).

>>> 1 + 1
2
>>> greeting = 'hello'
>>> greeting.upper()
'HELLO'
"""


def add(a, b):
    """Add two things.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> print(add(1, 1))
    2
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> x = add(2, 2)
    >>> x
    4
    >>> None
    >>> _ = 'underscore'
    """
    return a + b


class Point:
    """A point.

    >>> p = Point(1, 2)
    >>> p
    Point(1, 2)
    >>> p.x, p.y
    (1, 2)
    """

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def norm2(self):
        """Squared norm.

        >>> Point(3, 4).norm2()
        25
        """
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        """
        >>> Point.origin()
        Point(0, 0)
        """
        return Point(0, 0)

    @classmethod
    def make(cls, v):
        """
        >>> Point.make(7)
        Point(7, 7)
        """
        return cls(v, v)

    @property
    def total(self):
        """
        >>> Point(2, 3).total
        5
        """
        return self.x + self.y

    class Inner:
        """
        >>> Point.Inner.__qualname__
        'Point.Inner'
        """


def nodoc():
    pass


def documented_without_examples():
    """Just words, no examples."""


def uses_globals():
    """Each docstring gets a fresh copy of the module globals.

    >>> 'greeting' in globals()
    False
    >>> SETTING
    42
    >>> SETTING = 0
    >>> SETTING
    0
    """


SETTING = 42

__test__ = {
    'extra': """
    >>> [1, 2] + [3]
    [1, 2, 3]
    """,
    'func': nodoc,
}

if __name__ == "__main__":
    import doctest
    print(doctest.testmod(verbose=True))
    print(SETTING)
    print(doctest.testmod())
    print(doctest.testmod(verbose=False, report=False))
    print(doctest.testmod(exclude_empty=True, verbose=True, report=True).attempted)
