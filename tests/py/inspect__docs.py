# getdoc() (inherited docstrings) and cleandoc().
import inspect


class Base:
    """Base class.

    With a longer description.
    """

    def method(self):
        """Base method doc."""

    @property
    def prop(self):
        """Property doc."""
        return 1

    @classmethod
    def create(cls):
        """Create one."""


class Derived(Base):
    def method(self):
        pass

    @property
    def prop(self):
        return 2

    @classmethod
    def create(cls):
        pass


class NoDoc:
    pass


print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Derived)))
print(repr(inspect.getdoc(Derived.method)), repr(inspect.getdoc(Derived().method)))
print(repr(inspect.getdoc(Derived.__dict__['prop'])), repr(inspect.getdoc(Derived.create)))
print(repr(inspect.getdoc(NoDoc)), repr(inspect.getdoc(None)))


def local_function():
    pass


print(repr(inspect.getdoc(local_function)))


def documented():
    """
        Leading blank line.

          Deeper.
        Level.
    """


print(repr(inspect.getdoc(documented)))
print(repr(inspect.cleandoc('  first\n     second\n       third\n\n')))
print(repr(inspect.cleandoc('\n\n  a\n\tb\n')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('   ')), repr(inspect.cleandoc('one line  ')))
print(repr(inspect.cleandoc('x\n\n    y\n      z\n  \n')))
print(repr(inspect.cleandoc('\tTabbed\n\t\tmore\n\tless')))


class Odd:
    __doc__ = 42


print(repr(inspect.getdoc(Odd)), repr(inspect.getdoc(Odd())))
