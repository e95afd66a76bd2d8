"""dataclasses, written in Python for Reap: the @dataclass decorator and its helpers.

Like CPython, the generated `__init__`, `__repr__`, `__eq__`, ordering, `__hash__` and frozen
`__setattr__`/`__delattr__` methods are built as source text and compiled with `exec`, so their
signatures, error messages and annotations are those of ordinary functions.

Differences from CPython 3.11:
- The class docstring made for an undocumented class (`Point(x: int, y: int)`) is formatted
  here instead of by `inspect.signature`, from the metaclass `__call__` or the first
  `__new__`/`__init__` along the MRO, as inspect picks them.
- The recursion guard of the generated `__repr__` is keyed by the object only (Reap has no
  threads).
- `ClassVar` pseudo-fields are recognised, as in CPython, only once a `typing` module is
  loaded: an annotation that is `typing.ClassVar` or `typing.ClassVar[...]` (or whose repr
  says so), or a string naming it through the class's module.
"""

from collections import _generic_alias
import sys
import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


from types import MappingProxyType as mappingproxy

_EMPTY_METADATA = mappingproxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def _recursive_repr(fn):
    # A __repr__ that meets its own object again (a field holding its owner) prints '...'.
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __class_getitem__ = classmethod(_generic_alias)
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},'
                f'repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},'
                f'metadata={self.metadata!r},kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor still learns its name.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default or default_factory, whether it is a
    parameter of __init__, part of repr, hash and comparisons, keyword-only, and any
    metadata (a mapping stored as a read-only view)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- code generation

def _make_fn(name, params, body, env, globals, return_type=MISSING):
    """Compile `def name(params): body` inside a factory whose parameters are the names of
    env, so the function sees them as closure variables, and return it."""
    env = dict(env)
    ret = ''
    if return_type is not MISSING:
        env['__dataclass_return_type__'] = return_type
        ret = '->__dataclass_return_type__'
    lines = [f"def __create_fn__({', '.join(env)}):",
             f" def {name}({','.join(params)}){ret}:"]
    lines += [f'  {line}' for line in body]
    lines.append(f' return {name}')
    scope = {}
    exec('\n'.join(lines), globals, scope)
    return scope['__create_fn__'](**env)


def _tuple_str(obj, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj}.{f.name}' for f in flds) + ',)'


def _assign(frozen, self_name, name, value):
    if frozen:
        # Frozen classes refuse setattr, even from their own __init__.
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_fn(all_fields, std_fields, kw_fields, frozen, has_post_init, self_name, globals,
             slots):
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    env = {f'__dataclass_type_{f.name}__': f.type for f in all_fields}
    env['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    env['__dataclass_builtins_object__'] = object
    body = []
    for f in all_fields:
        dflt = f'__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            env[dflt] = f.default_factory
            if f.init:
                value = f'{dflt}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
            else:
                value = f'{dflt}()'
        elif f.init:
            if f.default is not MISSING:
                env[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            # With slots the class attribute holding the default is gone: set it here.
            env[dflt] = f.default
            value = dflt
        else:
            continue
        if f._field_type is _FIELD:
            body.append(_assign(frozen, self_name, f.name, value))
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    if not body:
        body = ['pass']

    def param(f):
        if f.default is not MISSING:
            default = f'=__dataclass_dflt_{f.name}__'
        elif f.default_factory is not MISSING:
            default = '=__dataclass_HAS_DEFAULT_FACTORY__'
        else:
            default = ''
        return f'{f.name}:__dataclass_type_{f.name}__{default}'

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params += ['*'] + [param(f) for f in kw_fields]
    return _make_fn('__init__', params, body, env, globals, return_type=None)


def _repr_fn(flds, globals):
    inner = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    fn = _make_fn('__repr__', ['self'],
                  [f'return self.__class__.__qualname__ + f"({inner})"'], {}, globals)
    return _recursive_repr(fn)


def _cmp_fn(name, op, flds, globals):
    return _make_fn(name, ['self', 'other'],
                    ['if other.__class__ is self.__class__:',
                     f' return {_tuple_str("self", flds)}{op}{_tuple_str("other", flds)}',
                     'return NotImplemented'], {}, globals)


def _frozen_fns(cls, flds, globals):
    names = '(' + ''.join(f'{f.name!r},' for f in flds) + ')'
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setattr_fn = _make_fn('__setattr__', ['self', 'name', 'value'],
                          [f'if type(self) is cls or name in {names}:',
                           ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                           'super(cls, self).__setattr__(name, value)'], env, globals)
    delattr_fn = _make_fn('__delattr__', ['self', 'name'],
                          [f'if type(self) is cls or name in {names}:',
                           ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                           'super(cls, self).__delattr__(name)'], env, globals)
    return setattr_fn, delattr_fn


def _set_qualname(cls, value):
    if type(value) is type(_set_qualname):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    # Never replaces what the class body defined; says whether it was there.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ---- __hash__: what to do, by (unsafe_hash, eq, frozen, the class defines __hash__)

def _hash_add(cls, flds, globals):
    flds = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _make_fn('__hash__', ['self'],
                                       [f'return hash({_tuple_str("self", flds)})'], {},
                                       globals))


def _hash_set_none(cls, flds, globals):
    return None


def _hash_exception(cls, flds, globals):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


def _hash_action(unsafe_hash, eq, frozen, explicit):
    if unsafe_hash:
        return _hash_exception if explicit else _hash_add
    if eq and not explicit:
        return _hash_add if frozen else _hash_set_none
    return None


# ---- recognising ClassVar, InitVar and KW_ONLY annotations

def _is_classvar(tp, typing):
    classvar = getattr(typing, 'ClassVar', MISSING)
    if tp is classvar:
        return True
    if isinstance(tp, (str, type)) or tp is None:
        return False
    try:
        if getattr(tp, '__origin__', None) is classvar:
            return True
        return repr(tp).startswith('typing.ClassVar')
    except Exception:
        return False


def _is_initvar(tp, dataclasses):
    return tp is dataclasses.InitVar or type(tp) is dataclasses.InitVar


def _is_kw_only(tp, dataclasses):
    return tp is dataclasses.KW_ONLY


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _annotation_names(text):
    """The `module.name` or `name` a string annotation starts with, as (module, name)
    or None: what CPython matches with r'^(?:\\s*(\\w+)\\s*\\.)?\\s*(\\w+)'."""
    def word(i):
        while i < len(text) and text[i].isspace():
            i += 1
        j = i
        while j < len(text) and _is_word_char(text[j]):
            j += 1
        return text[i:j], j

    first, i = word(0)
    if not first:
        return None
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if text[j:j + 1] == '.':
        second, _ = word(j + 1)
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, predicate):
    # A string annotation names the type as it is bound in the class's module, either
    # directly ('ClassVar[int]') or through its module ('typing.ClassVar[int]', when the
    # class's module has `typing` bound to that module).
    names = _annotation_names(annotation)
    if names is None:
        return False
    module_name, name = names
    module = sys.modules.get(cls.__module__)
    ns = None
    if module is not None:
        if not module_name:
            ns = module.__dict__
        elif module.__dict__.get(module_name) is a_module:
            ns = a_module.__dict__
    return bool(ns) and predicate(ns.get(name), a_module)


def _get_field(cls, name, tp, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING  # a slot of the class, not a default
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing is not None:
        if _is_classvar(tp, typing) or (isinstance(tp, str) and
                                        _is_type(tp, cls, typing, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if _is_initvar(tp, this) or (isinstance(tp, str) and
                                     _is_type(tp, cls, this, _is_initvar)):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and _unhashable_class(type(f.default)):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


# The built-in classes whose __hash__ is None in CPython (Reap's report a __hash__).
_UNHASHABLE = (list, dict, set, bytearray, slice)


def _unhashable_class(cls):
    for c in cls.__mro__:
        if c in _UNHASHABLE:
            return True
        if '__hash__' in c.__dict__:
            return c.__dict__['__hash__'] is None
    return False


# ---- the class docstring, "Name(x: int, y: int = 0)"

def _format_annotation(tp):
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if type(tp).__name__ == 'GenericAlias':
        return str(tp)
    if isinstance(tp, type):
        module = getattr(tp, '__module__', 'builtins')
        if module == 'builtins':
            return tp.__qualname__
        return f'{module}.{tp.__qualname__}'
    return repr(tp)


def _signature_text(cls):
    # What inspect.signature(cls) finds: a metaclass __call__, else the first user-defined
    # __new__ or __init__ along the MRO, else object's "()".  (Reap's abc.ABCMeta has a
    # __call__ that CPython's lacks: it is passed over.)
    func = None
    for meta in type(cls).__mro__:
        if meta is type or meta is object:
            break
        if '__call__' in meta.__dict__ and getattr(meta, '__module__', None) != 'abc':
            func = meta.__dict__['__call__']
            break
    if func is None:
        for c in cls.__mro__:
            if c is object:
                return '()'
            if '__new__' in c.__dict__:
                func = getattr(cls, '__new__')
                break
            if '__init__' in c.__dict__:
                func = c.__dict__['__init__']
                break
    if type(func) is not type(_set_qualname):
        raise ValueError('no signature')
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__

    def one(name, default):
        text = name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
            if default is not MISSING:
                text += ' = ' + repr(default)
        elif default is not MISSING:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(1, npos):  # without self
        parts.append(one(names[i], defaults[i - first_default] if i >= first_default else MISSING))
        if i == code.co_posonlyargcount - 1:
            parts.append('/')
    rest = npos + nkw
    if code.co_flags & 4:
        parts.append('*' + one(names[rest], MISSING))
        rest += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(one(name, kwdefaults.get(name, MISSING)))
    if code.co_flags & 8:
        parts.append('**' + one(names[rest], MISSING))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in annotations and annotations['return'] is not None:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


# ---- slots

def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only works when the class is created, so the class is made again.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)  # the defaults live on in __init__
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _update_abstractmethods(cls):
    # What abc.update_abstractmethods does: generated methods may implement abstract ones.
    if not hasattr(cls, '__abstractmethods__'):
        return
    abstracts = {name for name, value in cls.__dict__.items()
                 if getattr(value, '__isabstractmethod__', False)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


# ---- the decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases first, the most basic first; redefinitions keep their place.
    flds = {}
    has_dataclass_bases = False
    any_frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    this = sys.modules[__name__]
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_seen = False
    for name, tp in annotations.items():
        if _is_kw_only(tp, this) or (isinstance(tp, str) and
                                     _is_type(tp, cls, this, _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, tp, kw_only))
    for f in own:
        flds[f.name] = f
        # A field(...) in the class body leaves its default (or nothing) as class attribute.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, flds)

    # An explicit __hash__ in the body counts, not the None Python sets when __eq__ is there.
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in flds.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_fields = [f for f in init_fields if f.init and f.kw_only]

    if init:
        _set_new_attribute(cls, '__init__',
                           _init_fn(init_fields, std_fields, kw_fields, frozen,
                                    hasattr(cls, '__post_init__'),
                                    '__dataclass_self__' if 'self' in flds else 'self',
                                    globals, slots))

    field_list = [f for f in flds.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f for f in field_list if f.repr], globals))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', '==', compared, globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared, globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action:
        cls.__hash__ = action(cls, field_list, globals)

    if not cls.__dict__.get('__doc__'):
        try:
            sig = _signature_text(cls).replace(' -> None', '')
        except (TypeError, ValueError, AttributeError):
            sig = ''
        cls.__doc__ = cls.__name__ + sig

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    _update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and, as asked, ordering, __hash__, frozen attributes,
    __match_args__ and __slots__ to a class, from the fields its annotations declare.
    Usable as @dataclass and as @dataclass(...)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---- functions on dataclasses

def fields(class_or_instance):
    """The fields of a dataclass or of one of its instances, as a tuple of Field objects
    (ClassVar and InitVar pseudo-fields left out)."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts; other values are deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, True)


def _convert(obj, factory, as_tuple):
    if _is_dataclass_instance(obj):
        flds = fields(obj)
        values = [_convert(getattr(obj, f.name), factory, as_tuple) for f in flds]
        if as_tuple:
            return factory(values)
        return factory([(f.name, v) for f, v in zip(flds, values)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple takes its items as separate arguments.
        return type(obj)(*[_convert(v, factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_tuple), _convert(v, factory, as_tuple))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed, made by calling
    the class with every init field."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name: fields are names, (name, type) or
    (name, type, Field or default) items; bases and namespace are as for type()."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    # Like types.new_class: bases such as Generic[T] stand for the classes they name.
    orig_bases = tuple(bases)
    bases = []
    resolved = False
    for base in orig_bases:
        entries = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if entries is not None:
            bases.extend(entries(orig_bases))
            resolved = True
        else:
            bases.append(base)
    bases = tuple(bases)
    meta = type
    for base in bases:
        base_meta = type(base)
        if issubclass(base_meta, meta):
            meta = base_meta
        elif not issubclass(meta, base_meta):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                            '(non-strict) subclass of the metaclasses of all its bases')
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(cls_name, bases) if prepare is not None else {}
    if resolved:
        ns['__orig_bases__'] = orig_bases
    ns.update(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # CPython 3.11 creates the class inside types.new_class, hence this module name.
    ns.setdefault('__module__', 'types')
    cls = meta(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
