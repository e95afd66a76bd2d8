"""The part of inspect that works out signatures (Signature, Parameter, BoundArguments,
signature()), with the predicates and helpers it needs, written in Python for Reap. `inspect`
takes in everything defined here, and the classes and functions say they belong to it."""

import abc
import collections.abc
import enum
import functools
import re
import sys
import types
from collections import OrderedDict
from keyword import iskeyword

# Code object flags (Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

# The descriptor and wrapper types of CPython that Reap may lack (None then).
_WrapperDescriptorType = getattr(types, 'WrapperDescriptorType', None)
_MethodWrapperType = getattr(types, 'MethodWrapperType', None)
_ClassMethodDescriptorType = getattr(types, 'ClassMethodDescriptorType', None)
_MemberDescriptorType = getattr(types, 'MemberDescriptorType', None)
_GetSetDescriptorType = getattr(types, 'GetSetDescriptorType', None)
_HEAPTYPE = 1 << 9  # a class made by a class statement, not by the runtime
_NonUserDefinedCallables = tuple(t for t in (_WrapperDescriptorType, _MethodWrapperType,
                                             _ClassMethodDescriptorType,
                                             types.BuiltinFunctionType) if t is not None)

# The protocol methods of the builtin descriptor types, which Reap's core implements without
# making them attributes of the type.
_BUILTIN_DESCRIPTORS = (
    (property, ('__get__', '__set__', '__delete__')),
    (classmethod, ('__get__',)),
    (staticmethod, ('__get__',)),
    (types.FunctionType, ('__get__',)),
)

def _type_has(tp, name, defines=hasattr):
    """Whether the type `tp` defines the descriptor method `name` (`defines` tells for the
    types that are not builtin descriptors)."""
    if defines(tp, name):
        return True
    for base, names in _BUILTIN_DESCRIPTORS:
        if name in names and issubclass(tp, base):
            return True
    return False

def _isinstance_opt(obj, tp):
    return tp is not None and isinstance(obj, tp)

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for a class, module or callable: always a new dict."""
    if isinstance(obj, type):
        own = getattr(obj, '__dict__', None)
        ann = own.get('__annotations__', None) if own and hasattr(own, 'get') else None
        if _isinstance_opt(ann, _GetSetDescriptorType):
            ann = None
        obj_globals = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
        if module:
            obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        start = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals, obj_locals, start = obj.__dict__, None, None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals, obj_locals, start = getattr(obj, '__globals__', None), None, obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if start is not None:
        while True:
            if hasattr(start, '__wrapped__'):
                start = start.__wrapped__
            elif isinstance(start, functools.partial):
                start = start.func
            else:
                break
        if hasattr(start, '__globals__'):
            obj_globals = start.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}

# ---------------------------------------------------------------- type predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)

def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)

def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)

def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__), and
    is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _type_has(tp, '__get__') and not _type_has(tp, '__set__')

def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _type_has(tp, '__set__') or _type_has(tp, '__delete__')

def ismemberdescriptor(object):
    """Return true if the object is a member descriptor."""
    return _isinstance_opt(object, _MemberDescriptorType)

def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return _isinstance_opt(object, _GetSetDescriptorType)

def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)

def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func

def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)

def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)

def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (defined with "async def")."""
    return _has_code_flag(obj, CO_COROUTINE)

def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)

def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)

def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)

def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)

def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return isinstance(object, collections.abc.Awaitable)

def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)

def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)

def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)

def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)

def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return _isinstance_opt(object, _MethodWrapperType)

def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))

def _own_abstracts(cls):
    try:
        return type.__getattribute__(cls, '__dict__').get('__abstractmethods__')
    except (AttributeError, TypeError):
        return None

def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', None)
    if flags is not None:
        if flags & TPFLAGS_IS_ABSTRACT:
            return True
    elif _own_abstracts(object):
        return True
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if _own_abstracts(object) is not None:
        # ABCMeta.__new__ has run: its answer above was the whole story.
        return False
    # Still inside ABCMeta.__new__ (in __init_subclass__): look for abstract methods by hand.
    for value in object.__dict__.values():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__", False):
                return True
    return False

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return its last object, or the first
    one for which stop(obj) is true. ValueError if the chain has a cycle."""
    first = func
    memo = {id(func): func}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        memo[id(func)] = func
    return func

def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)

def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation

# ---------------------------------------------------------------- signatures (PEP 362)

def _signature_get_user_defined_method(cls, method_name):
    """cls's attribute `method_name` if it is not a builtin callable, else None."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables) or getattr(meth, '__reap_stand_in__', False):
        return None
    return meth

def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature of a partial object (or partialmethod, with `extra_args`) of a callable
    with signature `wrapped_sig`."""
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = extra_args + (partial.args or ())
    partial_keywords = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    to_kwonly = False
    for name, param in old_params.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name not in partial_keywords:
                    new_params.pop(name)
                    continue
                # Given by keyword: it and every parameter after it become keyword-only.
                to_kwonly = True
                new_params[name] = param.replace(default=value)
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params[name].replace(kind=_KEYWORD_ONLY)
                new_params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(name)
    return wrapped_sig.replace(parameters=new_params.values())

def _signature_bound_method(sig):
    """The signature without its first parameter (self), as a bound method has it."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)

def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))

def _signature_is_functionlike(obj):
    """Whether obj has all the attributes of a Python function (Cython's functions do)."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))

def _split_text_signature(text):
    """The top-level comma-separated parts of an Argument Clinic signature '(...)'."""
    inner = text.strip()
    if not (inner.startswith('(') and inner.endswith(')')):
        raise SyntaxError(text)
    inner = inner[1:-1]
    parts, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(inner):
        ch = inner[i]
        if quote:
            if ch == '\\':
                i += 1
            elif ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(inner[start:i].strip())
            start = i + 1
        i += 1
    last = inner[start:].strip()
    if last:
        parts.append(last)
    return parts

_LITERAL_TYPES = (str, int, float, complex, bytes, bool, type(None), tuple, list, dict, set)

def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """The Signature that a __text_signature__ such as '($self, a, b=None, /)' describes."""
    invalid = ValueError("{!r} builtin has invalid signature".format(obj))
    try:
        parts = _split_text_signature(s)
    except SyntaxError:
        raise invalid from None
    module_dict = {}
    module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
    if module:
        module_dict = module.__dict__

    def evaluate(text):
        for namespace in (module_dict, dict(sys.modules)):
            try:
                value = eval(text, dict(namespace))
            except NameError:
                continue
            except Exception:
                break
            if isinstance(value, _LITERAL_TYPES):
                return value
            break
        raise invalid from None

    parameters = []
    self_index = None
    kind = _POSITIONAL_OR_KEYWORD
    has_slash = '/' in parts
    if has_slash:
        kind = _POSITIONAL_ONLY
    for part in parts:
        if part == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if part == '*':
            kind = _KEYWORD_ONLY
            continue
        if part.startswith('$'):
            self_index = len(parameters)
            part = part[1:]
        this_kind = kind
        if part.startswith('**'):
            this_kind, part = _VAR_KEYWORD, part[2:]
        elif part.startswith('*'):
            this_kind, part = _VAR_POSITIONAL, part[1:]
            kind = _KEYWORD_ONLY
        name, eq, default_text = part.partition('=')
        name = name.strip()
        if ':' in name:
            raise ValueError("Annotations are not currently supported")
        if not name.isidentifier():
            raise invalid
        default = evaluate(default_text.strip()) if eq else _empty
        parameters.append(cls._parameter_cls(name, this_kind, default=default))
    if self_index is not None:
        owner = getattr(obj, '__self__', None)
        if owner is not None and (ismodule(owner) or skip_bound_arg):
            parameters.pop(0)
        else:
            parameters[0] = parameters[0].replace(kind=_POSITIONAL_ONLY)
    return cls(parameters, return_annotation=cls.empty)

def _type_text_signature(cls):
    """A class's __text_signature__ as CPython's `type` attribute gives it (which an attribute
    of the class cannot hide): from a docstring that starts 'Name(...)\n--\n\n'."""
    descriptor = vars(type).get('__text_signature__')
    if descriptor is not None:
        return descriptor.__get__(cls, type)
    doc = vars(cls).get('__doc__')
    if not isinstance(doc, str) or not doc.startswith(cls.__name__ + '('):
        return None
    end = doc.find(')\n--\n\n')
    if end < 0 or '\n\n' in doc[:end]:
        return None
    return doc[len(cls.__name__):end + 1]

def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if not _signature_is_builtin(func):
        raise TypeError("{!r} is not a Python builtin function".format(func))
    s = getattr(func, "__text_signature__", None)
    if not s and func is object:
        # Reap's builtins have no __text_signature__; object's is needed for plain classes.
        s = '()'
    if not s:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)

def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """The signature of a Python function (or of an object with all its attributes)."""
    duck = False
    if not isfunction(func):
        if not _signature_is_functionlike(func):
            raise TypeError('{!r} is not a Python function'.format(func))
        duck = True
    s = getattr(func, "__text_signature__", None)
    if s:
        return _signature_fromstr(cls, func, s, skip_bound_arg)
    Param = cls._parameter_cls
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    posonly_left = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)
    parameters = []
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        if posonly_left:
            posonly_left -= 1
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Param(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[at]
        parameters.append(Param(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkwonly]:
        default = kwdefaults.get(name, _empty) if kwdefaults is not None else _empty
        parameters.append(Param(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        parameters.append(Param(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=duck)

def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The signature of any callable object."""
    def of(target):
        return _signature_from_callable(
            target, follow_wrapper_chains=follow_wrapper_chains, skip_bound_arg=skip_bound_arg,
            globals=globals, locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = of(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__")
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return of(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    partialmethod_type = getattr(functools, 'partialmethod', None)
    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if partialmethod_type is not None and isinstance(partialmethod, partialmethod_type):
            # An unbound partialmethod: like a partial that keeps its first parameter (self).
            wrapped_sig = of(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first = tuple(wrapped_sig.parameters.values())[0]
            if first.kind is Parameter.VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isinstance(obj, functools.partial):
        return _signature_get_partial(of(obj.func), obj)
    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = of(call)
        else:
            factory = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            # The first class along the MRO with its own Python __new__ or __init__ decides.
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = of(factory)
        if sig is None:
            for base in obj.__mro__[:-1]:
                text_sig = _type_text_signature(base)
                if text_sig:
                    return _signature_fromstr(sigcls, base, text_sig)
            if type not in obj.__mro__:
                # (A builtin class, which makes its instances in C in CPython, has none.)
                native = any(not base.__flags__ & _HEAPTYPE for base in obj.__mro__[:-1])
                if (not native and obj.__init__ is object.__init__
                        and obj.__new__ is object.__new__):
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = of(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex
    if sig is not None:
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))

class _void:
    """A private marker - used in Parameter & Signature."""

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""

class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self._value_]

    def __str__(self):
        return self.name

_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')
_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

class Parameter:
    """A parameter in a function signature: name, kind (one of Parameter.POSITIONAL_ONLY,
    POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD), default and
    annotation (Parameter.empty where there is none)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The implicit argument of a comprehension: '.0' becomes 'implicit0'.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if (iskeyword(name) and self._kind is not _POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            spacer = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{!r}'.format(text, spacer, self._default)
        if self.kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self.kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

class BoundArguments:
    """The result of Signature.bind(): `arguments` maps parameter names to the values bound
    to them (defaults not included); `args` and `kwargs` rebuild the call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments: () for *args, {} for **kwargs."""
        arguments = self.arguments
        result = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                result.append((name, arguments[name]))
            elif param.default is not _empty:
                result.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                result.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                result.append((name, {}))
        self.arguments = dict(result)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))

class Signature:
    """The signature of a function: `parameters`, an ordered mapping of names to Parameter
    objects, and `return_annotation` (Signature.empty where there is none)."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None and __validate_parameters__:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind, name = param.kind, param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                     .format(top_kind.description, kind.description))
                top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is not _empty:
                        seen_default = True
                    elif seen_default:
                        raise ValueError('non-default argument follows default argument')
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        elif parameters is not None:
            for param in parameters:
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwonly = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwonly, self.return_annotation

    def __hash__(self):
        params, kwonly, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwonly.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Map args and kwargs to the parameters: a BoundArguments, or TypeError."""
        arguments = {}
        params = iter(self.parameters.values())
        rest = ()
        values = iter(args)
        # Positional arguments first, each to the next parameter.
        while True:
            try:
                value = next(values)
            except StopIteration:
                param = next(params, None)
                if param is None or param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(param.name)) from None
                    rest = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    rest = (param,)
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
            param = next(params, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (value,) + tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = value
        # Then the keyword arguments, for the parameters left.
        kwargs_param = None
        for param in rest + tuple(params):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(name)) from None
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError('{!r} parameter is positional only, but was passed as a '
                                'keyword'.format(name))
            arguments[name] = kwargs.pop(name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map the arguments of a call to the parameters: a BoundArguments, or TypeError if
        they cannot be bound."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text

def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)
