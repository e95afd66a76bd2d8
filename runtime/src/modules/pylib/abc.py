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


from _weakrefset import WeakSet

# Bumped by each registration: the negative caches made before it are stale.
_invalidation_counter = 0

# How deep `__subclasscheck__` is in its own walk over registries and subclasses: typing's
# protocols let the checks abc makes on its own through (CPython's look at the caller's frame).
_nested = 0


def get_cache_token():
    """A token that changes whenever a class is registered with an ABC."""
    return _invalidation_counter


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


class _abc_data:
    """An ABC's registry and caches, all weak: a class registered with an ABC, or once checked
    against it, still dies when nothing else holds it."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = WeakSet()
        self.cache = WeakSet()
        self.negative_cache = WeakSet()
        self.negative_version = _invalidation_counter


_abc_data.__module__ = '_abc'


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, key, None), "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        global _invalidation_counter
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = WeakSet()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        global _nested
        _nested += 1
        try:
            # Registered classes, then the subclasses (with their own registries): both are
            # weak, so a class gone since is not consulted.
            for other in list(impl.registry) + cls.__subclasses__():
                if issubclass(subclass, other):
                    impl.cache.add(subclass)
                    return True
        finally:
            _nested -= 1
        impl.negative_cache.add(subclass)
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

    def _dump_registry(cls, file=None):
        """Debugging aid: the ABC's registry and caches."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(impl.registry)!r}", file=file)
        print(f"_abc_cache: {set(impl.cache)!r}", file=file)
        print(f"_abc_negative_cache: {set(impl.negative_cache)!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forgets the registered classes (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers (for tests)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


class ABC(metaclass=ABCMeta):
    __slots__ = ()
