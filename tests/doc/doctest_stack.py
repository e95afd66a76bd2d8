"""A stack, whose docstrings' examples hold.

>>> s = Stack()
>>> s.push(1).push(2)
Stack([1, 2])
"""


class Stack:
    """Last in, first out.

    >>> Stack().empty
    True
    """

    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"Stack({self.items!r})"

    def push(self, item):
        """Adds an item; the stack, for chaining.

        >>> Stack().push("a")
        Stack(['a'])
        """
        self.items.append(item)
        return self

    def pop(self):
        """Takes the last item.

        >>> Stack().push(1).pop()
        1
        >>> Stack().pop()
        Traceback (most recent call last):
          ...
        IndexError: pop from empty list
        """
        return self.items.pop()

    @property
    def empty(self):
        return not self.items
