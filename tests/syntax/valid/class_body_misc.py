# assorted class bodies
class Empty:
    pass

class WithDoc:
    """A docstring."""

class Ellipsis_:
    ...

class Full(Base):
    """Docstring."""
    attr = 1
    other: int = 2

    def __init__(self, x):
        self.x = x

    @classmethod
    def make(cls):
        return cls(1)

    class Nested:
        y = 2

    if attr:
        z = 3

    for i in range(2):
        pass
