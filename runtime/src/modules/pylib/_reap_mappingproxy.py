"""The read-only view of a mapping (`types.MappingProxyType`), written in Python for Reap.

Its own small module, so that a class's `__dict__` (a view of its namespace, as in CPython)
costs importing only this.
"""


class mappingproxy:
    """A read-only view of a mapping."""

    __module__ = 'builtins'
    __slots__ = ('_mapping',)

    def __dir__(self):
        # CPython's names, not the slot this class keeps its mapping in.
        return sorted(set(object.__dir__(self)) - {'__delitem__', '__module__', '__slots__', '_mapping'})

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f'mappingproxy() takes at most 1 argument ({len(args) + len(kwargs)} given)')
        if kwargs:
            if 'mapping' not in kwargs:
                name = next(iter(kwargs))
                raise TypeError(f"mappingproxy() got an unexpected keyword argument '{name}'")
            mapping = kwargs['mapping']
        elif args:
            mapping = args[0]
        else:
            raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
        # CPython takes anything with __getitem__ except lists and tuples.
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'mappingproxy' is not an acceptable base type")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)

    def __getitem__(self, key):
        return self._mapping[key]

    # Item assignment fails by itself; deletion is spelled out only because Reap's own message
    # says "doesn't" where CPython says "does not".
    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None, /):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    # Comparisons are those of the underlying mapping.
    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __lt__(self, other):
        return self._mapping < other

    def __le__(self, other):
        return self._mapping <= other

    def __gt__(self, other):
        return self._mapping > other

    def __ge__(self, other):
        return self._mapping >= other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")
