"""Abstract base classes, after CPython's Lib/_py_abc.py: registration, subclass hooks and the
refusal to instantiate a class that still has abstract methods."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings, still in use: each is its decorator, marked abstract.
class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# Every ABC, so a check against one also consults the registries of the ABCs derived from it
# (CPython walks `cls.__subclasses__()` for the same purpose).
_abcs = []


# Bumped by each registration, so that a cache of isinstance answers can tell it is stale.
_cache_token = 0


def get_cache_token():
    """A token that changes whenever a class is registered with an ABC."""
    return _cache_token


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced (as a class
    decorator that adds methods, e.g. dataclasses, must). Classes not made by ABCMeta are left
    as they are."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = {name for base in cls.__bases__ for name in getattr(base, '__abstractmethods__', ())}
    names.update(cls.__dict__)
    cls.__abstractmethods__ = frozenset(
        name for name in names if getattr(getattr(cls, name, None), '__isabstractmethod__', False))
    return cls


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, key, None), "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        _abcs.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        global _cache_token
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for derived in _abcs:
            if derived is not cls and cls in derived.__mro__ and issubclass(subclass, derived):
                return True
        return False

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            s = "s" if len(names) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(names)}"
            )
        return super().__call__(*args, **kwargs)

    # What CPython's object.__new__ checks: inspect.signature looks through it.
    __call__.__reap_stand_in__ = True


class ABC(metaclass=ABCMeta):
    __slots__ = ()
