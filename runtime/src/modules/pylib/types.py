"""types, written in Python for Reap: names for the interpreter's built-in types, SimpleNamespace,
MappingProxyType, and the dynamic class creation helpers.

Each type name is bound to the type of a real object, so it is Reap's own type.

Other differences from CPython:
- SimpleNamespace and MappingProxyType are Python classes. hash() of a SimpleNamespace, and
  deleting a missing attribute, name the type 'SimpleNamespace' (CPython: 'types.SimpleNamespace').
  A mappingproxy keeps its mapping in the slot `_mapping`, where a determined script can reach it.
- coroutine() of a generator function returns a function whose generators come wrapped in an
  awaitable object (CPython flags the function's code instead, so its generators themselves can
  be awaited).
"""

import sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
    'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
    'GetSetDescriptorType', 'MemberDescriptorType', 'WrapperDescriptorType', 'MethodWrapperType',
    'MethodDescriptorType', 'ClassMethodDescriptorType',
    'TracebackType', 'FrameType', 'DynamicClassAttribute', 'coroutine', 'new_class',
    'prepare_class', 'resolve_bases', 'NoneType', 'NotImplementedType', 'EllipsisType',
    'GenericAlias', 'UnionType',
]

from _reap_types import GenericAlias, UnionType


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    x = 1

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()
del _c


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _ag


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GetSetDescriptorType = type(int.__dict__['real'])
MemberDescriptorType = type(range.__dict__['start'])
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del _f, _g, _C, sys


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was created with."""

    def __dir__(self):
        # CPython's lists its attributes and its type's; not what this class needs to work.
        return sorted(set(object.__dir__(self)) - {'__getattr__', '__module__', '__weakref__'})

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __getattr__(self, name):
        # CPython's C type is named 'types.SimpleNamespace'; subclasses use their own name.
        cls = type(self)
        cls_name = 'types.SimpleNamespace' if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"'{cls_name}' object has no attribute '{name}'")

    # `_repr_running`: ids of the namespaces whose repr is in progress, so a namespace holding
    # itself shows as `namespace(...)`.
    def __repr__(self, _repr_running=set()):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            # Only non-empty string keys show, as in CPython.
            items = [f'{k}={v!r}' for k, v in self.__dict__.items() if isinstance(k, str) and k]
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(items)})"

    # Comparisons between namespaces are comparisons of their __dict__s (so < raises as dicts do).
    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


from _reap_mappingproxy import mappingproxy as MappingProxyType


# Dynamic class creation

def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by what that returns."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    # The most derived of the given metaclass and the bases' metaclasses; they must form a chain.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) as a class statement would compute them."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # An explicit metaclass that is a class still yields to a more derived base metaclass.
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would, with exec_body(ns) filling its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """A property that is only seen on instances: looked up on the class it raises
    AttributeError, so the lookup falls through to the metaclass's __getattr__ (enum uses this
    for members named like the attributes of their instances)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._copy(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Mark a generator function as usable where a coroutine is expected."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    import functools
    if type(func) is FunctionType and func.__code__.co_flags & 0x180:
        return func  # already a coroutine function
    is_generator_function = type(func) is FunctionType and func.__code__.co_flags & 0x20  # CO_GENERATOR

    # CPython flags the generator function's code as an iterable coroutine, so that its
    # generators can be awaited; Reap wraps each generator in an awaitable instead.
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if is_generator_function or type(result) is GeneratorType:
            return _GeneratorWrapper(result)
        return result
    return wrapped


class _GeneratorWrapper:
    """A generator made awaitable by `coroutine()`: awaiting it runs the generator."""

    __slots__ = ('_gen',)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_code(self):
        return self._gen.gi_code

    def __repr__(self):
        return repr(self._gen)
