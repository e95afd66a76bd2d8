# The is*() predicates on every kind of object, isabstract, and the CO_* flags.
import abc
import collections.abc
import functools
import inspect
import sys
import types


def function():
    pass


def generator_function():
    yield 1


async def coroutine_function():
    pass


async def async_generator_function():
    yield 1


class Klass:
    def method(self):
        pass

    @classmethod
    def class_method(cls):
        pass

    @staticmethod
    def static_method():
        pass

    @property
    def prop(self):
        return 1


class Getter:
    def __get__(self, obj, owner=None):
        return 1


class Setter(Getter):
    def __set__(self, obj, value):
        pass


class Deleter:
    def __delete__(self, obj):
        pass


class Awaitable:
    def __await__(self):
        yield


coroutine = coroutine_function()
generator = generator_function()
async_generator = async_generator_function()
try:
    1 / 0
except ZeroDivisionError as e:
    traceback = e.__traceback__

objects = [
    ('module', inspect), ('class', Klass), ('instance', Klass()), ('function', function),
    ('lambda', lambda: 0), ('generator function', generator_function),
    ('coroutine function', coroutine_function), ('async gen function', async_generator_function),
    ('generator', generator), ('coroutine', coroutine), ('async generator', async_generator),
    ('bound method', Klass().method), ('class method', Klass.class_method),
    ('static method', Klass.static_method), ('function via class', Klass.method),
    ('property', Klass.__dict__['prop']), ('classmethod object', Klass.__dict__['class_method']),
    ('staticmethod object', Klass.__dict__['static_method']), ('getter', Getter()),
    ('setter', Setter()), ('deleter', Deleter()), ('awaitable', Awaitable()),
    ('traceback', traceback), ('frame', sys._getframe()), ('code', function.__code__),
    ('builtin', len), ('int', 1), ('None', None), ('str', 'x'), ('type', type),
    ('partial of generator function', functools.partial(generator_function)),
    ('partial of coroutine function', functools.partial(coroutine_function)),
    ('method of coroutine function', types.MethodType(coroutine_function, 1)),
    ('partial of partial', functools.partial(functools.partial(async_generator_function))),
]
predicates = [name for name in dir(inspect) if name.startswith('is')]
print(predicates)
for label, obj in objects:
    true = [name[2:] for name in predicates if getattr(inspect, name)(obj)]
    print(label + ':', ' '.join(true))
coroutine.close()


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Base):
    def run(self):
        return 1


class StillAbstract(Base):
    pass


class Tracking(Base):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('  during creation:', cls.__name__, inspect.isabstract(cls))


class TrackedAbstract(Tracking):
    pass


class TrackedConcrete(Tracking):
    def run(self):
        pass


print(inspect.isabstract(Base), inspect.isabstract(Concrete), inspect.isabstract(StillAbstract),
      inspect.isabstract(TrackedAbstract), inspect.isabstract(TrackedConcrete))
print(inspect.isabstract(collections.abc.Sized), inspect.isabstract(collections.abc.Iterator),
      inspect.isabstract(list), inspect.isabstract(Klass), inspect.isabstract(Concrete()),
      inspect.isabstract(1))

print(inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS,
      inspect.CO_NESTED, inspect.CO_GENERATOR, inspect.CO_NOFREE, inspect.CO_COROUTINE,
      inspect.CO_ITERABLE_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.TPFLAGS_IS_ABSTRACT)


def flags(f):
    names = [n for n in dir(inspect) if n.startswith('CO_') and f.__code__.co_flags & getattr(inspect, n)]
    return ' '.join(sorted(names))


def varargs(*a, **k):
    pass


print(flags(function), '|', flags(varargs), '|', flags(generator_function), '|',
      flags(coroutine_function), '|', flags(async_generator_function))
print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable), inspect.isawaitable(generator))
print(inspect.isgeneratorfunction(Klass), inspect.iscoroutinefunction(None), inspect.isasyncgenfunction(len))
