# Subclasses of property: the decorator forms, their own __get__/__init__, and what they
# inherit (fget/fset/fdel, setter copies of the subclass, docstrings, error messages).
import abc


class logged(property):
    def __get__(self, obj, cls=None):
        if obj is not None:
            print("reading", self.fget.__name__)
        return super().__get__(obj, cls)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @logged
    def celsius(self):
        "degrees Celsius"
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value


t = Temperature()
t.celsius = 21.5
print(t.celsius)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, isinstance(prop, property), prop.fset.__name__, prop.fdel)
print(Temperature.celsius is prop, prop.__doc__)


class classproperty(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)


class Config:
    name = "prod"

    @classproperty
    def label(cls):
        return cls.name.upper()


print(Config.label, Config().label)


class lazy(property):
    "computed once per instance"

    def __init__(self, func):
        super().__init__(func)
        self.attr = func.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.fget(obj)
        obj.__dict__[self.attr] = value
        return value


class Report:
    @lazy
    def total(self):
        "sum of the rows"
        print("computing")
        return 42


r = Report()
print(r.total, r.total)
print(Report.total.__doc__, type(Report.total).__doc__, Report.total.attr)


class plain(property):
    pass


class Point:
    @plain
    def x(self):
        return 1


p = Point()
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
print(repr(Point.x).startswith("<__main__.plain object at "))
made = plain(lambda self: 7, doc="seven")
print(made.__doc__, made.fget(None), made.getter(lambda self: 8).__class__.__name__)


class Shape(abc.ABC):
    @plain
    @abc.abstractmethod
    def area(self):
        ...


try:
    Shape()
except TypeError as e:
    print(e)
print(Shape.area.__isabstractmethod__)
