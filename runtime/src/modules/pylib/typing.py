"""typing, written in Python for Reap after CPython 3.11's: the special forms (Any, Union,
Optional, Literal, Final, ClassVar, Annotated, Concatenate...), the generic aliases of the
builtin and collections classes (List, Dict, Callable, Iterable...), TypeVar, ParamSpec, Generic,
Protocol with runtime_checkable, NamedTuple, TypedDict, NewType, the decorators, and
get_type_hints / get_origin / get_args. Typing's objects mix with the core's `list[int]`
(types.GenericAlias) and `int | str` (types.UnionType): `Optional[list[int]]`,
`List[int] | None`, `Union[int, str] == int | str`, get_origin / get_args / get_type_hints.

Importing it is kept cheap, since most scripts only annotate with it: collections.abc,
collections and re are imported the first time an alias's class is needed
(`Iterable.__origin__`, `isinstance(x, Iterable)`), not when the alias is made; and the parts
few scripts reach (get_type_hints, NamedTuple and TypedDict classes, protocol checks,
substitution of type variables, @overload...) are kept as source, compiled on first use.

Where this module differs from CPython's:
- Without frames the caller's module is unknown: NewType, TypeVar, ParamSpec and the
  functional NamedTuple and TypedDict forms take `__main__`.
- issubclass() with a bare alias first (`issubclass(List, Sequence)`) raises TypeError: Reap's
  issubclass() wants a class there even when the second argument does its own check. And
  dir(List) lacks list's attributes (Reap's dir() does not ask __dir__).
- NamedTuple and TypedDict are objects that show and behave as the functions CPython's are,
  but are not functions (Reap's class statement does not see an `__mro_entries__` set on a
  function).
- collections.abc lacks Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator
  and ByteString, and contextlib the abstract context managers: the aliases stand on small ABCs
  made here. Pattern and Match need the `re` module.
- TypeVarTuple and Unpack exist, but substituting a TypeVarTuple is not supported.
- The docstrings (and so the __doc__ of Callable, Tuple, Type, IO...) are this module's own.
"""

import sys
from abc import ABCMeta, abstractmethod
import abc as _abc

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

_NoneType = type(None)
_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)


class _M:
    def m(self):
        pass


_MethodType = type(_M().m)
del _M

# The module the type variables and NewTypes made from here on belong to ('typing' while this
# module runs, then the script's: there are no frames to ask).
_def_mod = 'typing'


# ---------------------------------------------------------------------------------------------
# Helpers


def _tp_cache(typed=False):
    # Subscriptions are cached as CPython's are, so `List[int] is List[int]`; unhashable
    # arguments (a list in Callable[[...], R], a dict in Annotated) go uncached.
    def decorator(func):
        cache = {}

        def inner(*args):
            key = (args, tuple(map(type, args))) if typed else args
            try:
                return cache[key]
            except KeyError:
                pass
            except TypeError:
                return func(*args)
            result = cache[key] = func(*args)
            return result
        inner.__name__ = func.__name__
        inner.__doc__ = func.__doc__
        return inner
    return decorator


def _core_types():
    # (types.GenericAlias, types.UnionType): the classes of `list[int]` and `int | str`. The
    # core defines them in _reap_types when first needed; until then there are none of them
    # about, and empty tuples stand in, which isinstance() never matches.
    m = sys.modules.get('_reap_types')
    return (m.GenericAlias, m.UnionType) if m is not None else ((), ())


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, type):
        if arg is Generic or arg is Protocol:
            raise TypeError("Plain %s is not valid as type argument" % (arg,))
        return arg
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        origin = arg._origin
        if (origin is Generic or origin is Protocol or (origin is ClassVar and not allow_special_forms)
                or (origin is Final and is_argument and not allow_special_forms)):
            raise TypeError("%s is not valid as type argument" % (arg,))
    elif isinstance(arg, _SpecialForm):
        if arg in _BARE_OK or (allow_special_forms and (arg is ClassVar or arg is Final)):
            return arg
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    elif type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    parameters = []
    for t in args:
        if isinstance(t, type):
            pass
        elif isinstance(t, tuple):
            for collected in _collect_parameters(t):
                if collected not in parameters:
                    parameters.append(collected)
        elif hasattr(t, '__typing_subst__'):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError("%s is not a generic class" % (cls,))
    alen = len(parameters)
    if alen != elen:
        raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                        % ('many' if alen > elen else 'few', cls, alen, elen))


def _remove_dups_flatten(parameters):
    # The members of a union: nested unions (typing's or `int | str`) spread, repeats dropped
    # (the first of each kept, by equality as a set would).
    union = _core_types()[1]
    params = []
    for p in parameters:
        for m in p.__args__ if isinstance(p, _UnionGenericAlias) or isinstance(p, union) else (p,):
            if m not in params:
                params.append(m)
    return tuple(params)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


# ---------------------------------------------------------------------------------------------
# Special forms


class _Final:
    @classmethod
    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    # Not iterable, though subscriptable.
    __iter__ = None

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        # (__qualname__ is set, as Reap would show the class's; __name__ comes from __getattr__)
        self._name = self.__qualname__ = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    @_tp_cache()
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if type(parameters) is not tuple:
            parameters = (parameters,)
        return self._getitem(self, *parameters)


def _not_subscriptable(self, parameters):
    raise TypeError("%s is not subscriptable" % (self,))


def _one_type(self, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


def _one_key_type(self, parameters):
    item = _type_check(parameters, self._name + ' accepts only a single type.')
    return _GenericAlias(self, (item,))


NoReturn = _SpecialForm(_not_subscriptable, 'NoReturn')
Never = _SpecialForm(_not_subscriptable, 'Never')
Self = _SpecialForm(_not_subscriptable, 'Self')
LiteralString = _SpecialForm(_not_subscriptable, 'LiteralString')
TypeAlias = _SpecialForm(_not_subscriptable, 'TypeAlias')
ClassVar = _SpecialForm(_one_type, 'ClassVar')
Final = _SpecialForm(_one_type, 'Final')
TypeGuard = _SpecialForm(_one_type, 'TypeGuard')
Required = _SpecialForm(_one_key_type, 'Required')
NotRequired = _SpecialForm(_one_key_type, 'NotRequired')
_BARE_OK = (LiteralString, NoReturn, Never, Self, TypeAlias)


class _AnyMeta(type):
    def __instancecheck__(cls, obj):
        if cls is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(cls):
        # (Reap's type.__repr__ shows a class as an object: subclasses are shown here.)
        if cls is Any:
            return 'typing.Any'
        return "<class '%s.%s'>" % (cls.__module__, cls.__qualname__)


class Any(metaclass=_AnyMeta):
    """Any: compatible with every type, both ways. It is a class so that mock objects can
    derive from it; isinstance() refuses it."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: a value of type X or of type Y (also written X | Y)."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if type(parameters) is not tuple:
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _remove_dups_flatten([_type_check(p, msg) for p in parameters])
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X]: X or None (the same as Union[X, None])."""
    arg = _type_check(parameters, "%s requires a single type." % (self,))
    return Union[arg, _NoneType]


@_LiteralSpecialForm
@_tp_cache(typed=True)
def Literal(self, *parameters):
    """Literal[v, ...]: exactly one of the values given."""
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    try:
        # Duplicates by value and type: Literal[1, True] keeps both.
        seen = set()
        unique = []
        for p in params:
            key = (p, type(p))
            if key not in seen:
                seen.add(key)
                unique.append(p)
        params = unique
    except TypeError:
        pass
    return _LiteralGenericAlias(self, tuple(params))


@_SpecialForm
def Concatenate(self, parameters):
    """Special form for annotating higher-order functions (PEP 612)."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if type(parameters) is not tuple:
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters, _paramspec_tvars=True)


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator (PEP 646)."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _UnpackGenericAlias(self, (item,))


# ---------------------------------------------------------------------------------------------
# Forward references


class ForwardRef(_Final, _root=True):
    """An annotation written as a string, evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        try:
            code = compile('(%s,)[0]' % arg if arg[:1] == '*' else arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        return _later('_forward_evaluate')(self, globalns, localns, recursive_guard)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else ', module=%r' % (self.__forward_module__,)
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, module)


# ---------------------------------------------------------------------------------------------
# Type variables


class _BoundVarianceMixin:
    def __init__(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVar(_Final, _BoundVarianceMixin, _root=True):
    """Type variable: T = TypeVar('T'), A = TypeVar('A', str, bytes)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _BoundVarianceMixin.__init__(self, bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if _def_mod != 'typing':
            self.__module__ = _def_mod

    def __typing_subst__(self, arg):
        return _later('_typevar_subst')(self, arg)


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple (PEP 646): Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        if _def_mod != 'typing':
            self.__module__ = _def_mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _root=True):
    """The args for a ParamSpec object: P.args, whose __origin__ is P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs(_Final, _root=True):
    """The kwargs for a ParamSpec object: P.kwargs, whose __origin__ is P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec(_Final, _BoundVarianceMixin, _root=True):
    """Parameter specification variable (PEP 612): P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _BoundVarianceMixin.__init__(self, bound, covariant, contravariant)
        if _def_mod != 'typing':
            self.__module__ = _def_mod

    def __typing_subst__(self, arg):
        return _later('_paramspec_subst')(self, arg)

    def __typing_prepare_subst__(self, alias, args):
        return _later('_paramspec_prepare_subst')(self, alias, args)


# ---------------------------------------------------------------------------------------------
# Generic aliases: the bare ones (List, Iterable, Callable...) and the subscripted ones
# (List[int], Callable[[int], str], Union[int, str], Final[int], Box[int]...)


class _TypingEllipsis:
    """Stands for `...` in a type's arguments."""


class _BaseGenericAlias(_Final, _root=True):
    # `_origin` is what was subscripted, or for a bare alias the class it stands for (as
    # ('module', 'Name') until first needed); `__origin__` is always the class.

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        # `class C(Mapping)` or `class C(Mapping[str, int])` subclasses collections.abc.Mapping,
        # and Generic unless a later base brings it.
        origin = self.__origin__
        res = () if origin in bases else (origin,)
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                return res
        return res + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '_origin' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _resolve(module, name):
    __import__(module)
    obj = getattr(sys.modules[module], name, None)
    return obj if obj is not None else _later('_stand_in')(module, name)


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    # The bare aliases. `origin` is a class, or "module.Name" to import when first needed.

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if isinstance(origin, str):
            module, _, qualname = origin.rpartition('.')
            self._origin = (module, qualname)
        else:
            self._origin = origin
            qualname = origin = origin.__qualname__
        self.__doc__ = 'A generic version of %s.' % origin
        self._name = self.__qualname__ = name or qualname
        self._nparams = nparams
        self._inst = inst

    @property
    def __origin__(self):
        o = self._origin
        if type(o) is tuple:
            o = self._origin = _resolve(*o)
        return o

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    @_tp_cache()
    def __getitem__(self, params):
        if type(params) is not tuple:
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if type(params) is not tuple or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        # A list of argument types is kept as a tuple, for the cache.
        params = (tuple(args), result) if isinstance(args, list) else (args, result)
        return self._getitem_inner(params)

    @_tp_cache()
    def _getitem_inner(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if type(args) is not tuple:
            args = (args,)
        return self.copy_with(tuple(_type_convert(arg) for arg in args) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache()
    def __getitem__(self, params):
        if type(params) is not tuple:
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))


class _GenericAlias(_BaseGenericAlias, _root=True):
    # A subscripted alias or generic class. `_name` is the bare alias's name (List[int]) or
    # None (Box[int], Union[int, str]).

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        self._inst = inst
        self._name = name
        self._origin = origin
        if type(args) is not tuple:
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        self.__qualname__ = name or getattr(origin, '__name__', None)
        if not name:
            self.__module__ = origin.__module__

    @property
    def __origin__(self):
        o = self._origin
        return o.__origin__ if isinstance(o, _SpecialGenericAlias) else o

    def __mro_entries__(self, bases):
        origin = self._origin
        if isinstance(origin, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (origin,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._origin == other._origin and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._origin, self.__args__))

    def __iter__(self):
        yield Unpack[self]

    # Copies are the alias itself (CPython's rebuild it through the subscription cache).
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_tp_cache()
    def __getitem__(self, args):
        # Substitutes the type variables of an alias: List[T][int], Dict[K, V][str, int].
        return _later('_substitute')(self, args)

    def copy_with(self, args):
        return self.__class__(self._origin, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self._origin)
        args = ", ".join([_type_repr(a) for a in self.__args__]) if self.__args__ else "()"
        return '%s[%s]' % (name, args)


class _CallableGenericAlias(_GenericAlias, _root=True):
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return 'typing.Callable[[%s], %s]' % (', '.join([_type_repr(a) for a in args[:-1]]),
                                              _type_repr(args[-1]))


class _UnionGenericAlias(_GenericAlias, _root=True):
    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        # Union[int, str] == int | str, as in CPython.
        if not (isinstance(other, _UnionGenericAlias) or isinstance(other, _core_types()[1])):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            elif args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return _later('_concatenate_copy_with')(self, params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias, _root=True):
    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin._origin
        super().__init__(origin, origin)
        self.__metadata__ = metadata
        self.__qualname__ = 'Annotated'

    @property
    def __origin__(self):
        return self._origin

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self._origin), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self._origin == other._origin and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self._origin, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


@_tp_cache(typed=True)
def _annotated_getitem(cls, *params):
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used "
                        "with at least two arguments (a type and an "
                        "annotation).")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, 'meta']."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @classmethod
    def __class_getitem__(cls, params):
        if type(params) is not tuple:
            params = (params,)
        return _annotated_getitem(cls, *params)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


# ---------------------------------------------------------------------------------------------
# Generic and Protocol


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]): ..."""
    __slots__ = ()
    _is_protocol = False

    @classmethod
    @_tp_cache()
    def __class_getitem__(cls, params):
        if type(params) is not tuple:
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables "
                                "or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        else:
            for param in cls.__parameters__:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if '__orig_bases__' in cls.__dict__:
            # The class's parameters: those of Generic[...] among its bases if there, else all
            # the type variables of its bases, in order.
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base._origin is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (', '.join(map(str, missing)), ', '.join(map(str, gvars))))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _new_class(name, bases, ns, meta=type):
    # What a class statement does, for the classes this module makes from tables: bases
    # that are aliases give their __mro_entries__.
    resolved = []
    for b in bases:
        resolved.extend((b,) if isinstance(b, type) else b.__mro_entries__(bases))
    if len(resolved) != len(bases) or any(a is not b for a, b in zip(resolved, bases)):
        ns['__orig_bases__'] = bases
    return meta.__new__(meta, name, tuple(resolved), ns)


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # A concrete subclass of a protocol: find the __init__ it should have had.
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}

# How deep in protocol checks we are. CPython lets the checks that abc makes on its own (on
# the registries and subclasses of an ABC) through by looking at the caller's frame; here,
# checks nested in one this metaclass or abc started are let through.
_depth = 0


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        return _later('_proto_instancecheck')(cls, instance)

    def __subclasscheck__(cls, other):
        return _later('_proto_subclasscheck')(cls, other)


def _make_proto_hook(cls):
    def _proto_hook(other):
        return _later('_proto_hook')(cls, other)
    return _proto_hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping, PEP 544)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _make_proto_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol, for isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------------------------
# The aliases


T = TypeVar('T')  # Any type.
KT = TypeVar('KT')  # Key type.
VT = TypeVar('VT')  # Value type.
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

_alias = _SpecialGenericAlias
Hashable = _alias('collections.abc.Hashable', 0)
Awaitable = _alias('collections.abc.Awaitable', 1)
Coroutine = _alias('collections.abc.Coroutine', 3)
AsyncIterable = _alias('collections.abc.AsyncIterable', 1)
AsyncIterator = _alias('collections.abc.AsyncIterator', 1)
Iterable = _alias('collections.abc.Iterable', 1)
Iterator = _alias('collections.abc.Iterator', 1)
Reversible = _alias('collections.abc.Reversible', 1)
Sized = _alias('collections.abc.Sized', 0)
Container = _alias('collections.abc.Container', 1)
Collection = _alias('collections.abc.Collection', 1)
Callable = _CallableType('collections.abc.Callable', 2)
Callable.__doc__ = "Callable[[arg, ...], result]; collections.abc.Callable is preferred."
AbstractSet = _alias('collections.abc.Set', 1, name='AbstractSet')
MutableSet = _alias('collections.abc.MutableSet', 1)
Mapping = _alias('collections.abc.Mapping', 2)
MutableMapping = _alias('collections.abc.MutableMapping', 2)
Sequence = _alias('collections.abc.Sequence', 1)
MutableSequence = _alias('collections.abc.MutableSequence', 1)
ByteString = _alias('collections.abc.ByteString', 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = "Tuple[X, Y]; tuple[X, Y] is preferred."
List = _alias(list, 1, inst=False, name='List')
Deque = _alias('collections.deque', 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias('collections.abc.MappingView', 1)
KeysView = _alias('collections.abc.KeysView', 1)
ItemsView = _alias('collections.abc.ItemsView', 2)
ValuesView = _alias('collections.abc.ValuesView', 1)
ContextManager = _alias('contextlib.AbstractContextManager', 1, name='ContextManager')
AsyncContextManager = _alias('contextlib.AbstractAsyncContextManager', 1, name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias('collections.defaultdict', 2, name='DefaultDict')
OrderedDict = _alias('collections.OrderedDict', 2)
Counter = _alias('collections.Counter', 1)
ChainMap = _alias('collections.ChainMap', 2)
Generator = _alias('collections.abc.Generator', 3)
AsyncGenerator = _alias('collections.abc.AsyncGenerator', 2)
Type = _alias(type, 1, inst=False, name='Type')
Type.__doc__ = "Type[C]; type[C] is preferred."
Pattern = _alias('re.Pattern', 1)
Match = _alias('re.Match', 1)
del _alias
Text = str
TYPE_CHECKING = False


def _stub(self, *args):
    pass


def _supports(name, method, covariant=False):
    doc = 'A protocol: objects with a %s method%s.' % (
        method, ' (generic in its result type)' if covariant else '')
    ns = {'__module__': 'typing', '__qualname__': name, '__slots__': (), '__doc__': doc,
          method: abstractmethod(_stub)}
    return runtime_checkable(_new_class(name, (Protocol[T_co] if covariant else Protocol,),
                                        ns, _ProtocolMeta))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__', covariant=True)
SupportsRound = _supports('SupportsRound', '__round__', covariant=True)


# ---------------------------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType


class _FunctionLike:
    # NamedTuple and TypedDict. CPython's are functions, with an __mro_entries__ attribute
    # that makes `class P(NamedTuple)` derive from a hidden class of the right metaclass;
    # Reap's class statement looks __mro_entries__ up on the type only, so they are objects
    # of this class, which calls the function and shows as it.
    def __init__(self, func, base):
        self._func = func
        self._base = base
        self.__name__ = self.__qualname__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._base,)

    def __repr__(self):
        return '<function %s at %#x>' % (self.__name__, id(self))


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        return _later('_namedtuple_class')(typename, bases, ns)


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with typed fields: class P(NamedTuple): x: int, or
    NamedTuple('P', [('x', int)])."""
    return _later('_namedtuple_functional')(typename, fields, kwargs)


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})
NamedTuple = _FunctionLike(NamedTuple, _NamedTuple)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        return _later('_typeddict_class')(name, bases, ns, total)

    def __call__(cls, *args, **kwargs):
        # A TypedDict's values are plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with declared keys and value types: class Movie(TypedDict): name: str,
    or TypedDict('Movie', {'name': str}). Its values are plain dicts."""
    return _later('_typeddict_functional')(typename, fields, total, kwargs)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})
TypedDict = _FunctionLike(TypedDict, _TypedDict)


def is_typeddict(tp):
    """Whether the object is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int) makes a callable that returns its argument, for type checkers
    a distinct subtype of int."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        if _def_mod != 'typing':
            self.__module__ = _def_mod

    def __call__(self, x, /):
        return x

    def __mro_entries__(self, bases):
        return _later('_newtype_mro_entries')(self, bases)

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------------------------
# Functions


def cast(typ, val):
    """Tell a type checker that val has type typ; at run time val comes back as is."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm the value's type; returns the value."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable; raises when reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def reveal_type(obj, /):
    """Print the runtime type of the argument to stderr, and return it."""
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark an object as providing dataclass-like behaviour (PEP 681)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def final(f):
    """Mark a method or class final; sets __final__ where it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: the annotations of this function or class are not type hints."""
    return _later('_no_type_check')(arg)


def no_type_check_decorator(decorator):
    """Give another decorator the @no_type_check effect."""
    return _later('_no_type_check_decorator')(decorator)


def overload(func):
    """Decorator for overloaded functions; get_overloads() returns them."""
    return _later('_overload')(func)


def get_overloads(func):
    """The @overload variants recorded for the function, oldest first."""
    return _later('_get_overloads')(func)


def clear_overloads():
    """Forgets every recorded @overload variant."""
    _later('_clear_overloads')()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object: its __annotations__, with string forward
    references evaluated, a class's gathered along its MRO and Annotated[T, ...] as T
    (unless include_extras)."""
    return _later('_get_type_hints')(obj, globalns, localns, include_extras)


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Literal[42]) is Literal, get_origin(int | str) is types.UnionType;
    None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    generic, union = _core_types()
    if isinstance(tp, (_BaseGenericAlias, ParamSpecArgs, ParamSpecKwargs, generic)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, union):
        return union
    return None


def get_args(tp):
    """Type arguments with all substitutions performed: get_args(Dict[str, int]) is
    (str, int), get_args(Callable[[], T][int]) is ([], int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp._origin,) + tp.__metadata__
    generic, union = _core_types()
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, generic) or isinstance(tp, union):
        res = tp.__args__
        # collections.abc.Callable[[int], str] keeps its arguments flat: (int, str).
        if type(tp).__name__ == '_CallableGenericAlias' and not (len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    return ()


# ---------------------------------------------------------------------------------------------
# IO


def _io_class(name, base, doc, properties, methods):
    ns = {'__module__': 'typing', '__qualname__': name, '__slots__': (), '__doc__': doc}
    for attr in properties.split():
        ns[attr] = property(abstractmethod(_stub))
    for attr in methods.split():
        ns[attr] = abstractmethod(_stub)
    return _new_class(name, (base,), ns)


IO = _io_class('IO', Generic[AnyStr], 'The abstract file type of TextIO and BinaryIO.',
               'mode name closed',
               'close fileno flush isatty read readable readline readlines seek seekable tell '
               'truncate writable write writelines __enter__ __exit__')
BinaryIO = _io_class('BinaryIO', IO[bytes], 'What open() returns in binary mode.',
                     '', 'write __enter__')
TextIO = _io_class('TextIO', IO[str], 'What open() returns in text mode.',
                   'buffer encoding errors line_buffering newlines', '__enter__')


_def_mod = '__main__'


def _later(name):
    # Compiling is most of what importing costs Reap, so what few scripts reach is kept as
    # source (_LATER, right below), and the section defining `name` is compiled when first
    # asked for, in this module's namespace; the padding keeps this file's line numbers
    # (it counts from this def's line: keep _LATER where it is). Nothing run while this
    # module is imported may call it.
    g = globals()
    if name not in g:
        at = _LATER.index('\ndef %s(' % name)
        start = _LATER.rfind('\n# -- ', 0, at)
        end = _LATER.find('\n# -- ', at)
        section = _LATER[start:end] if end >= 0 else _LATER[start:]
        padding = '\n' * (_later.__code__.co_firstlineno + 16 + _LATER.count('\n', 0, start))
        exec(compile(padding + section, _later.__code__.co_filename, 'exec'), g)
    return g[name]


_LATER = r'''
# -- Forward references and get_type_hints


def _forward_evaluate(self, globalns, localns, recursive_guard):
    if self.__forward_arg__ in recursive_guard:
        return self
    if not self.__forward_evaluated__ or localns is not globalns:
        if globalns is None and localns is None:
            globalns = localns = {}
        elif globalns is None:
            globalns = localns
        elif localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__, None), '__dict__', globalns)
        type_ = _type_check(
            eval(self.__forward_code__, globalns, localns),
            "Forward references must evaluate to types.",
            is_argument=self.__forward_is_argument__,
            allow_special_forms=self.__forward_is_class__,
        )
        self.__forward_value__ = _eval_type(type_, globalns, localns,
                                            recursive_guard | {self.__forward_arg__})
        self.__forward_evaluated__ = True
    return self.__forward_value__


def _rebuild(t, args):
    # t (typing's alias, `list[...]` or `X | Y`) with other arguments.
    generic, union = _core_types()
    if isinstance(t, generic):
        return generic(t.__origin__, args)
    if isinstance(t, union):
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result
    return t.copy_with(args)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if type(t) is list:
        # The argument list of collections.abc.Callable[[...], R].
        return [_eval_type(a, globalns, localns, recursive_guard) for a in t]
    generic, union = _core_types()
    if isinstance(t, _GenericAlias) or isinstance(t, generic) or isinstance(t, union):
        args = t.__args__
        if isinstance(t, generic):
            # The strings in list['Node'] are forward references too.
            args = [[ForwardRef(x) if isinstance(x, str) else x for x in a] if type(a) is list
                    else ForwardRef(a) if isinstance(a, str) else a for a in args]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if ev_args == t.__args__:
            return t
        return _rebuild(t, ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t._origin)
    if isinstance(t, _GenericAlias) and (t._origin is Required or t._origin is NotRequired):
        return _strip_annotations(t.__args__[0])
    generic, union = _core_types()
    if isinstance(t, _GenericAlias) or isinstance(t, generic) or isinstance(t, union):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return _rebuild(t, stripped_args)
    return t


_allowed_types = (_FunctionType, _BuiltinFunctionType, _MethodType, _ModuleType)


def _get_type_hints(obj, globalns, localns, include_extras):
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: a class's names are looked up in its module first.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    # Reap's bound methods do not pass __annotations__ and __globals__ through.
    func = obj.__func__ if isinstance(obj, _MethodType) else obj
    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = func
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(func, '__annotations__', None)
    if hints is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, _ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


# -- Substituting type variables


def _typevar_subst(self, arg):
    arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
    if isinstance(arg, _UnpackGenericAlias):
        raise TypeError("%s is not valid as type argument" % (arg,))
    return arg


def _paramspec_subst(self, arg):
    if isinstance(arg, (list, tuple)):
        arg = tuple(_type_check(a, "Expected a type.") for a in arg)
    elif not _is_param_expr(arg):
        raise TypeError("Expected a list of types, an ellipsis, "
                        "ParamSpec, or Concatenate. Got %s" % (arg,))
    return arg


def _paramspec_prepare_subst(self, alias, args):
    params = alias.__parameters__
    i = params.index(self)
    if i >= len(args):
        raise TypeError("Too few arguments for %s" % (alias,))
    # Z[[int, str, bool]] is Z[int, str, bool] when P is Z's only parameter.
    if len(params) == 1 and not _is_param_expr(args[0]):
        args = (args,)
    elif isinstance(args[i], list):
        args = (*args[:i], tuple(args[i]), *args[i + 1:])
    return args


def _concatenate_copy_with(self, params):
    if isinstance(params[-1], (list, tuple)):
        return (*params[:-1], *params[-1])
    if isinstance(params[-1], _ConcatenateGenericAlias):
        params = (*params[:-1], *params[-1].__args__)
    return _GenericAlias.copy_with(self, params)


def _substitute(self, args):
    if self._origin is Generic or self._origin is Protocol:
        raise TypeError("Cannot subscript already-subscripted %s" % (self,))
    if not self.__parameters__:
        raise TypeError("%s is not a generic class" % (self,))
    if type(args) is not tuple:
        args = (args,)
    args = tuple(_type_convert(p) for p in args)
    return self.copy_with(_determine_new_args(self, args))


def _determine_new_args(alias, args):
    params = alias.__parameters__
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    alen = len(args)
    plen = len(params)
    if alen != plen:
        raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                        % ('many' if alen > plen else 'few', alias, alen, plen))
    return tuple(_make_substitution(alias, alias.__args__, dict(zip(params, args))))


def _make_substitution(alias, args, new_arg_by_param):
    new_args = []
    for old_arg in args:
        if isinstance(old_arg, type):
            new_args.append(old_arg)
            continue
        substfunc = getattr(old_arg, '__typing_subst__', None)
        if substfunc:
            new_arg = substfunc(new_arg_by_param[old_arg])
        else:
            subparams = getattr(old_arg, '__parameters__', ())
            if not subparams:
                new_arg = old_arg
            else:
                new_arg = old_arg[tuple(new_arg_by_param[x] for x in subparams)]
        if alias._origin is Callable and isinstance(new_arg, tuple):
            # Callable[P, T][[int, str], float] has __args__ (int, str, float).
            new_args.extend(new_arg)
        elif isinstance(old_arg, tuple):
            new_args.append(tuple(_make_substitution(alias, old_arg, new_arg_by_param)))
        else:
            new_args.append(new_arg)
    return new_args



# -- The classes behind the bare aliases


# What collections.abc and contextlib lack in Reap: name -> methods a class must have.
_STAND_INS = {
    'Awaitable': ('__await__',),
    'Coroutine': ('send', 'throw', 'close', '__await__'),
    'AsyncIterable': ('__aiter__',),
    'AsyncIterator': ('__aiter__', '__anext__'),
    'AsyncGenerator': ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
    'AbstractContextManager': ('__enter__', '__exit__'),
    'AbstractAsyncContextManager': ('__aenter__', '__aexit__'),
    'ByteString': None,
}


def _return_self(self):
    return self


async def _return_self_async(self):
    return self


_stand_ins = {}


def _stand_in(module, name):
    obj = _stand_ins.get(name)
    if obj is None and name in _STAND_INS:
        methods = _STAND_INS[name]

        def __subclasshook__(cls, C):
            if cls is not obj or methods is None:
                return NotImplemented
            for method in methods:
                for B in C.__mro__:
                    if method in B.__dict__:
                        if B.__dict__[method] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True
        ns = {'__module__': module, '__qualname__': name,
              '__subclasshook__': classmethod(__subclasshook__)}
        for method in methods or ():
            ns[method] = abstractmethod(_stub)
        if name == 'AbstractContextManager':
            ns['__enter__'] = _return_self
        elif name == 'AbstractAsyncContextManager':
            ns['__aenter__'] = _return_self_async
        obj = _stand_ins[name] = ABCMeta(name, (), ns)
        if methods is None:
            obj.register(bytes)
            obj.register(bytearray)
    if obj is None:
        raise AttributeError("module %r has no attribute %r" % (module, name))
    return obj



# -- Protocol checks


_EXCLUDED_ATTRIBUTES = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__final__', '__abstractmethods__', '__annotations__', '__dict__',
    '__doc__', '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '_MutableMapping__marker', '__qualname__',
    '__classcell__',
])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _proto_instancecheck(cls, instance):
    global _depth
    is_protocol = getattr(cls, '_is_protocol', False)
    if not (_depth or _abc._nested) and is_protocol and not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")
    _depth += 1
    try:
        if ((not is_protocol or _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if is_protocol:
            if all(hasattr(instance, attr) and
                    (not callable(getattr(cls, attr, None)) or
                     getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        return ABCMeta.__instancecheck__(cls, instance)
    finally:
        _depth -= 1


def _proto_subclasscheck(cls, other):
    global _depth
    if not (_depth or _abc._nested) and cls.__dict__.get('_is_protocol', False):
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if not _is_callable_members_only(cls):
            raise TypeError("Protocols with non-method members"
                            " don't support issubclass()")
    _depth += 1
    try:
        return ABCMeta.__subclasscheck__(cls, other)
    finally:
        _depth -= 1


def _proto_hook(cls, other):
    if (not cls.__dict__.get('_is_protocol', False)
            or not getattr(cls, '_is_runtime_protocol', False)
            or not _is_callable_members_only(cls)):
        return NotImplemented
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get('__annotations__', {})
            if (isinstance(annotations, dict) and attr in annotations and
                    issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


# -- NamedTuple


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    fields = [n for n, t in types]
    types = {n: _type_check(t, "field %s annotation must be a type" % n) for n, t in types}
    nm_tpl = namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    try:
        nm_tpl.__new__.__annotations__ = types
    except (AttributeError, TypeError):
        pass
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _namedtuple_class(typename, bases, ns):
    for base in bases:
        if base is not _NamedTuple and base is not Generic:
            raise TypeError('can only inherit from a NamedTuple type and Generic')
    types = ns.get('__annotations__', {})
    default_names = []
    for field_name in types:
        if field_name in ns:
            default_names.append(field_name)
        elif default_names:
            raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                            % (field_name, 's' if len(default_names) > 1 else '',
                               ', '.join(default_names)))
    nm_tpl = _make_nmtuple(typename, types.items(),
                           defaults=[ns[n] for n in default_names],
                           module=ns['__module__'])
    if Generic in bases:
        # `class P(NamedTuple, Generic[T])`: the class namedtuple() made is made again with
        # tuple and Generic for bases (Reap cannot assign __bases__).
        body = dict(nm_tpl.__dict__)
        body.pop('__dict__', None)
        body.pop('__weakref__', None)
        body['__orig_bases__'] = ns['__orig_bases__']
        nm_tpl = type.__new__(type, typename, (tuple, Generic), body)
    for key in ns:
        if key in _prohibited:
            raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        elif key not in _special and key not in nm_tpl._fields:
            setattr(nm_tpl, key, ns[key])
    return nm_tpl


def _namedtuple_functional(typename, fields, kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_def_mod)


# -- TypedDict


def _typeddict_class(name, bases, ns, total):
    for base in bases:
        if type(base) is not _TypedDictMeta and base is not Generic:
            raise TypeError('cannot inherit from both a TypedDict type '
                            'and a non-TypedDict base class')
    generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
    tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
    annotations = {}
    own_annotations = ns.get('__annotations__', {})
    msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
    own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                       for n, tp in own_annotations.items()}
    required_keys = set()
    optional_keys = set()
    for base in bases:
        annotations.update(base.__dict__.get('__annotations__', {}))
        base_required = base.__dict__.get('__required_keys__', set())
        required_keys |= base_required
        optional_keys -= base_required
        base_optional = base.__dict__.get('__optional_keys__', set())
        required_keys -= base_optional
        optional_keys |= base_optional
    annotations.update(own_annotations)
    for key, tp in own_annotations.items():
        origin = get_origin(tp)
        if origin is Annotated:
            args = get_args(tp)
            if args:
                origin = get_origin(args[0])
        if origin is Required:
            is_required = True
        elif origin is NotRequired:
            is_required = False
        else:
            is_required = total
        if is_required:
            required_keys.add(key)
            optional_keys.discard(key)
        else:
            optional_keys.add(key)
            required_keys.discard(key)
    tp_dict.__annotations__ = annotations
    tp_dict.__required_keys__ = frozenset(required_keys)
    tp_dict.__optional_keys__ = frozenset(optional_keys)
    if not hasattr(tp_dict, '__total__'):
        tp_dict.__total__ = total
    return tp_dict


def _typeddict_functional(typename, fields, total, kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        try:
            import warnings
        except ImportError:
            pass
        else:
            warnings.warn(
                "The kwargs-based syntax for TypedDict definitions is deprecated "
                "in Python 3.11, will be removed in Python 3.13, and may not be "
                "understood by third-party type checkers.",
                DeprecationWarning,
                stacklevel=4,
            )
    ns = {'__annotations__': dict(fields), '__module__': _def_mod}
    return _TypedDictMeta(typename, (), ns, total=total)


# -- NewType


def _newtype_mro_entries(self, bases):
    superclass_name = self.__name__

    class Dummy:
        def __init_subclass__(cls):
            subclass_name = cls.__name__
            raise TypeError(
                "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                "`%s = NewType(%r, %s)`" % (subclass_name, subclass_name, superclass_name))
    return (Dummy,)


# -- Decorators


def _no_type_check(arg):
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != arg.__qualname__ + '.' + obj.__name__
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                _no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def _no_type_check_decorator(decorator):
    from functools import wraps

    @wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return _no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualname -> first line -> function
_overload_registry = {}


def _overload(func):
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def _clear_overloads():
    _overload_registry.clear()


def _get_overloads(func):
    f = getattr(func, "__func__", func)
    by_name = _overload_registry.get(getattr(f, '__module__', None), {})
    return list(by_name.get(getattr(f, '__qualname__', None), {}).values())
'''
