# help() prints what pydoc prints for functions, methods and classes written in Python.
import weakref


def area(width, height=1, *rest, unit="m", **options):
    """The area of a rectangle.

    In square units.
    """
    return width * height


def bare():
    pass


class Resource:
    """Something that must be released."""

    limit = 3

    def __init__(self, name):
        self.name = name
        weakref.finalize(self, print, "released", name)

    def use(self, times=1):
        "Uses it."

    @property
    def label(self):
        "The name, shouted."
        return self.name.upper()

    @staticmethod
    def make():
        return Resource("made")

    @classmethod
    def named(cls, name):
        "Another way to make one."
        return cls(name)


class Pooled(Resource):
    def use(self, times=1):
        pass


help(area)
help(bare)
help(Resource("r").use)
help(Resource)
help(Pooled)
help(lambda x, y=2: x)
help("no.such.topic")
print(area.__code__.co_flags, bare.__code__.co_flags, Resource.label.fget.__name__, Resource.label.fset)
print(Resource.__dict__["make"].__func__.__name__, Resource.__dict__["named"].__func__.__doc__)
print(repr(help))
