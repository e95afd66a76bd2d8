# getattr_static(): attributes without running descriptors, __getattr__ or __getattribute__.
import inspect
from inspect import getattr_static


class Descriptor:
    def __get__(self, obj, owner=None):
        return 'computed'


class DataDescriptor(Descriptor):
    def __set__(self, obj, value):
        pass


class Thing:
    plain = 'class value'
    desc = Descriptor()
    data = DataDescriptor()

    def __init__(self):
        self.inst = 'instance value'

    def __getattr__(self, name):
        return 'dynamic ' + name

    @property
    def prop(self):
        raise RuntimeError('never run')

    def method(self):
        pass

    @classmethod
    def cmethod(cls):
        pass

    @staticmethod
    def smethod():
        pass


t = Thing()
print(getattr(t, 'anything'), getattr_static(t, 'anything', 'default'))
try:
    getattr_static(t, 'anything')
except AttributeError as e:
    print('AttributeError', e)
print(getattr_static(t, 'plain'), getattr_static(t, 'inst'))
print(getattr(t, 'desc'), type(getattr_static(t, 'desc')).__name__)
print(type(getattr_static(t, 'prop')).__name__, type(getattr_static(Thing, 'prop')).__name__)
print(getattr_static(t, 'method') is Thing.__dict__['method'])
print(type(getattr_static(Thing, 'cmethod')).__name__, type(getattr_static(Thing, 'smethod')).__name__)

# The instance dict shadows non-data descriptors, not data descriptors.
t.__dict__['desc'] = 'shadowed'
t.__dict__['data'] = 'ignored'
print(getattr_static(t, 'desc'), type(getattr_static(t, 'data')).__name__)


# Inherited attributes, and attributes of the metaclass for classes.
class Meta(type):
    meta_attr = 'from the metaclass'


class Parent(metaclass=Meta):
    inherited = 'from the parent'


class Kid(Parent):
    pass


print(getattr_static(Kid, 'inherited'), getattr_static(Kid(), 'inherited'))
print(getattr_static(Kid, 'meta_attr'), getattr_static(Kid(), 'meta_attr', 'not on instances'))


# __getattribute__ is not consulted.
class Sneaky:
    real = 1

    def __getattribute__(self, name):
        return 'fake'


s = Sneaky()
print(s.real, getattr_static(s, 'real'))


# A class-level __dict__ hides the instance dictionary.
class Slotted:
    __slots__ = ('a',)
    shared = 'shared'


sl = Slotted()
sl.a = 5
print(getattr_static(sl, 'shared'), getattr_static(sl, 'zzz', None))
print(getattr_static(3, 'real', None) is not None, getattr_static('', 'upper') is not None)
