"""Run-time type expressions: `list[int]` (types.GenericAlias) and `int | str`
(types.UnionType), written in Python for Reap. The VM imports this module the first time a
builtin class is subscripted or two classes are joined with `|`.
"""


def _type_repr(obj):
    """How a type expression shows one of its arguments."""
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    return repr(obj)


def _parameters(args):
    """The type variables among `args` (and the arguments of nested aliases), in order."""
    found = []
    for a in args:
        if hasattr(a, "__typing_subst__") or type(a).__name__ in ("TypeVar", "ParamSpec"):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, "__parameters__", ()) or ():
                if p not in found:
                    found.append(p)
    return tuple(found)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


class GenericAlias:
    """A generic class with its type arguments, such as `list[int]`."""

    __module__ = "types"

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters(args))
        object.__setattr__(self, "__unpacked__", False)

    def __repr__(self):
        args = self.__args__
        if not args:
            shown = "()"
        else:
            shown = ", ".join(_type_repr(a) if not isinstance(a, list)
                              else "[" + ", ".join(_type_repr(x) for x in a) + "]"
                              for a in args)
        return "%s[%s]" % (_type_repr(self.__origin__), shown)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    # Every other attribute is the origin's (`list[int].__mro__`, `.__module__`), as CPython's
    # alias forwards them.
    _OWN = frozenset({"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                      "__reduce__", "__copy__", "__deepcopy__"})

    def __getattribute__(self, name):
        if name in GenericAlias._OWN:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

    @property
    def __typing_unpacked_tuple_args__(self):
        if self.__unpacked__ and self.__origin__ is tuple:
            return self.__args__
        return None

    def __dir__(self):
        # The origin's names and the alias's own, as CPython's alias lists them.
        return sorted(set(dir(object.__getattribute__(self, "__origin__"))) | GenericAlias._OWN)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(other, self)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % self)
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(items) > len(params) else "few", self,
                               len(items), len(params)))
        subst = dict(zip(params, items))
        new_args = []
        for a in self.__args__:
            if a in subst:
                new_args.append(subst[a])
            elif getattr(a, "__parameters__", None):
                new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
            else:
                new_args.append(a)
        return type(self)._with_args(self, tuple(new_args))

    def _with_args(self, args):
        """The alias of the same origin over other arguments (after a substitution)."""
        return GenericAlias(self.__origin__, args)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


class _CallableGenericAlias(GenericAlias):
    """`collections.abc.Callable[[int, str], bool]`: its arguments flattened to
    `(int, str, bool)`, as CPython keeps them, and shown in the form they were written in."""

    __module__ = "collections.abc"

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, list):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Callable[args, result]: args must be a list, ... or a ParamSpec. "
                            f"Got {_type_repr(params)}")
        GenericAlias.__init__(self, origin, args)

    def _with_args(self, args):
        new = object.__new__(_CallableGenericAlias)
        GenericAlias.__init__(new, self.__origin__, args)
        return new

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return GenericAlias.__repr__(self)
        shown = ", ".join(_type_repr(a) for a in args[:-1])
        return "%s[[%s], %s]" % (_type_repr(self.__origin__), shown, _type_repr(args[-1]))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = (list(args[:-1]), args[-1])
        return _CallableGenericAlias, (self.__origin__, args)


def _is_param_expr(arg):
    """Whether a Callable's first argument stands for all its parameters at once."""
    return arg is ... or type(arg).__name__ in ("ParamSpec", "_ConcatenateGenericAlias")


class UnionType:
    """The union of types made with `|`, such as `int | str`."""

    __module__ = "types"

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters(args))

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __dir__(self):
        # What CPython's union shows: object's names and its own few, not what this class
        # needs to work (its dict, its isinstance hooks).
        return sorted(set(dir(object)) | {"__args__", "__getitem__", "__or__", "__parameters__", "__ror__"})

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(other, self)

    # The members are tried in order, as a tuple's are: a parameterized generic fails only
    # when the check reaches it.
    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, arg):
                return True
        return False

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % self)
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(params, items))
        result = None
        for a in self.__args__:
            a = subst.get(a, a) if not getattr(a, "__parameters__", None) else a[
                tuple(subst[p] for p in a.__parameters__)]
            result = a if result is None else result | a
        return result


def _union(a, b):
    """`a | b` for two unionable operands: one union of their members, duplicates dropped."""
    args = []
    for side in (a, b):
        members = side.__args__ if isinstance(side, UnionType) else (side,)
        for m in members:
            if m is None:
                m = type(None)
            if m not in args:
                args.append(m)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))



async def _anext_with_default(awaitable, default):
    """What `anext(iterator, default)` returns: the next item, or the default at the end."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
