"""Shapes and their areas.

>>> sq = Square(3)
>>> sq.area()
9
"""

import math


class Square:
    """A square.

    >>> Square(2).side
    2
    """

    def __init__(self, side):
        self.side = side

    def area(self):
        """The area.

        >>> Square(4).area()
        16
        >>> Square(-1).area()
        Traceback (most recent call last):
        ValueError: negative side
        """
        if self.side < 0:
            raise ValueError("negative side")
        return self.side * self.side

    @property
    def diagonal(self):
        """The diagonal.

        >>> round(Square(1).diagonal, 3)
        1.415
        """
        return math.sqrt(2) * self.side

    @staticmethod
    def unit():
        """
        >>> Square.unit().side
        1
        """
        return Square(1)


def circle_area(r):
    """
    >>> circle_area(1)
    3.14159
    >>> circle_area(None)
    """
    return math.pi * r * r


def helper():
    return 1
