"""enum, written in Python for Reap: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, unique,
verify (UNIQUE, CONTINUOUS, NAMED_FLAGS), member/nonmember, property, global_enum and the flag
boundaries, behaving as CPython 3.11's.

Where it differs from CPython:
- The class body's namespace refuses a member's name bound twice as CPython's does, but
  members, `auto()` values, `_ignore_` and the checks on `_sunder_` names are worked out when
  the class is made, in the order the names were first bound. Inside the body an `auto()` is
  still an `auto` object, not yet its value (so "already defined as" shows the auto); `|`,
  `&`, `^`, `~`, `+`, `-` and `*` on auto()s give a deferred `auto` so that
  `WHITE = RED | GREEN | BLUE` still works.
- DeprecationWarnings that CPython 3.11 gives (a class nested in an enum becoming a member,
  `1 in Color`, the old `auto()` fallback) are only given if a `warnings` module can be imported.
- A class made by the functional API (`Enum('Animal', 'ANT BEE')`) takes its `__module__` from
  `sys._getframe` when Reap has it, else it is '__main__'.
- `__members__` is a read-only mapping that looks like CPython's mappingproxy.
- `_convert_`, `_simple_enum` and `_test_simple_enum` (used by CPython's own library) are left out.
"""

import sys
import builtins as _builtins

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# EnumType.__new__ consults these while it is building them; None until each exists.
Enum = Flag = ReprEnum = None
STRICT = CONFORM = EJECT = KEEP = None


class nonmember:
    """Wraps a value in an enum body so that it stays a plain attribute."""

    def __init__(self, value):
        self.value = value


class member:
    """Wraps a value in an enum body so that it becomes a member (a function, say)."""

    def __init__(self, value):
        self.value = value


def _f():
    pass


class _C:
    def m(self):
        pass


# Reap's functions, methods and method wrappers answer no to hasattr(obj, '__get__'), so the
# kinds that are descriptors in CPython are named here as well.
_DESCRIPTOR_TYPES = (type(_f), type(_C().m), staticmethod, classmethod, _builtins.property)
del _f, _C


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__')
            or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % (cls_name,)
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    return value.bit_length() - 1


def _bit_count(num):
    return format(abs(num), 'b').count('1')


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % (original,))
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the builtin bin(), but two's complement with the sign bit first and apart:
    bin(10) is '0b0 1010' and bin(~10) is '0b1 0101'."""
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    digits = format(num & ((1 << width) - 1), '0%db' % width) if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return '0b%s %s' % (sign, digits)


_type_delattr = getattr(type, '__delattr__', None)


def _class_repr(cls):
    # What '%r' % cls gives in CPython: Reap's repr() of a class does not ask its metaclass yet.
    return type(cls).__repr__(cls)


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a value the enum class chooses (see `_generate_next_value_`)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    def __invert__(self):
        return _AutoExpr(lambda a: ~a, (self,))


# In CPython each auto() has its value by the next line of the class body, so
# `WHITE = RED | GREEN | BLUE` is arithmetic on ints. Reap fills auto()s in only once the body
# has run, so such an expression is kept (as an _AutoExpr) and worked out then.
def _deferred(op, reflected):
    if reflected:
        return lambda self, other: _AutoExpr(op, (other, self))
    return lambda self, other: _AutoExpr(op, (self, other))


for _name, _op in (('or', lambda a, b: a | b), ('and', lambda a, b: a & b),
                   ('xor', lambda a, b: a ^ b), ('add', lambda a, b: a + b),
                   ('sub', lambda a, b: a - b), ('mul', lambda a, b: a * b)):
    setattr(auto, '__%s__' % _name, _deferred(_op, False))
    setattr(auto, '__r%s__' % _name, _deferred(_op, True))
del _name, _op


class _AutoExpr(auto):
    """An expression on auto()s in a class body, worked out when they have their values."""

    def __init__(self, op, operands):
        self._op = op
        self._operands = operands

    @_builtins.property
    def value(self):
        return self._op(*[x.value if isinstance(x, auto) else x for x in self._operands])


class property:
    """A property of enum members. Read through a member it runs fget; read through the class it
    gives the member of that name, so members may be called `name` or `value`."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            message = '%s has no attribute %r' % (_class_repr(ownerclass), self.name)
            if instance is not None:
                raise AttributeError(message) from None
        # CPython goes on to the metaclass's __getattr__ when a class attribute's __get__
        # raises AttributeError; Reap does not yet, so it is called from here.
        hook = getattr(type(ownerclass), '__getattr__', None)
        if hook is not None:
            return hook(ownerclass, self.name)
        raise AttributeError(message)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class _PendingMember:
    """A member to be, in the namespace given to type.__new__. Its __set_name__ makes the member,
    so that (as in CPython) members exist by the time __init_subclass__ runs."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        value = self.value
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        new = enum_class._new_member_
        enum_member = new(enum_class, *args) if enum_class._use_args_ else new(enum_class)
        if not hasattr(enum_member, '_value_'):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # A value already taken makes this name an alias of the member that has it.
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            # Multi-bit flags are kept out of iteration as aliases are.
            enum_class._member_names_.append(member_name)

        # A property of that name in a base (`name`, `value`, ...) must keep working on members:
        # the class gets an enum.property that serves both.
        found = None
        for base in enum_class.__mro__[1:]:
            descriptor = base.__dict__.get(member_name)
            if descriptor is not None:
                if isinstance(descriptor, property):
                    found = descriptor
                    break
                if (hasattr(descriptor, 'fget') and hasattr(descriptor, 'fset')
                        and hasattr(descriptor, 'fdel')):
                    found = descriptor
        if found is not None:
            redirect = property()
            redirect.member = enum_member
            redirect.__set_name__(enum_class, member_name)
            redirect.fget = found.fget
            redirect.fset = found.fset
            redirect.fdel = found.fdel
            setattr(enum_class, member_name, redirect)
        else:
            setattr(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


_ALLOWED_SUNDERS = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
)


def _sort_namespace(cls_name, namespace, first_enum):
    """Do what CPython's _EnumDict does as each name is bound in the class body: pick the members
    (filling in auto() values), apply _ignore_, check _sunder_ names. Returns the namespace to
    build the class from and the member names in order."""
    generate = getattr(first_enum, '_generate_next_value_', None)
    ignore = []
    names = []
    last_values = []
    auto_called = False
    # CPython's namespace starts with the inherited _generate_next_value_.
    out = {} if first_enum is None else {'_generate_next_value_': generate}
    for key, value in namespace.items():
        if _is_private(cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                generate = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                ignore = value
                already = set(value) & set(names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if isinstance(value, member):
                value = value.value
            single = isinstance(value, auto)
            if single:
                value = (value,)
            if type(value) is tuple and any(isinstance(v, auto) for v in value):
                # auto() is understood alone or directly inside a tuple, nowhere deeper.
                filled = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(key, 1, len(names), last_values[:])
                            auto_called = True
                        v = v.value
                        last_values.append(v)
                    filled.append(v)
                value = filled[0] if single else tuple(filled)
            else:
                last_values.append(value)
            names.append(key)
        out[key] = value
    for key in ignore + ['_ignore_']:
        out.pop(key, None)
    return out, names


class _MappingProxy:
    """A read-only view of a dict, as CPython's types.MappingProxyType (Reap has no `types`)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __or__(self, other):
        return dict(self._mapping) | other

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_MappingProxy.__name__ = _MappingProxy.__qualname__ = 'mappingproxy'


class _EnumDict(dict):
    """The namespace of an enum's class body: it refuses to bind a member's name twice, or a
    member over a method, as each name is bound (CPython's check); the rest of what CPython's
    _EnumDict does as names are bound, `_sort_namespace` works out when the class is made."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = set()
        self._ignore = ()

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                self._ignore = (value.replace(',', ' ').split() if isinstance(value, str)
                                else list(value))
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore or isinstance(value, nonmember) or _is_descriptor(value):
            pass
        elif key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        else:
            self._member_names.add(key)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        # Raised before the class body runs, as CPython does.
        metacls._get_mixins_(cls, bases)
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # From here on the namespace is worked on as a plain dict.
        classdict = dict(classdict)
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        classdict, member_names = _sort_namespace(cls, classdict, first_enum)
        invalid = [name for name in member_names if name in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
        order = classdict.pop('_order_', None)

        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict['_new_member_'] = new
        classdict['_use_args_'] = use_args
        for name in member_names:
            classdict[name] = _PendingMember(classdict[name])
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = ((Flag is None and cls == 'Flag')
                   or (Flag is not None and any(issubclass(b, Flag) for b in bases)))
        if is_flag:
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None
        error = None
        try:
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            # CPython 3.11 wraps what a __set_name__ raises (a member's __new__ or __init__).
            error = e.__cause__ or e
        if error is not None:
            raise error
        # __init_subclass__ may have changed the class.
        classdict.update(enum_class.__dict__)

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                enum_class.__format__ = classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = classdict['__str__'] = method
        # The data type's repr and friends must not hide Enum's (unless the class set its own).
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in classdict:
                found = getattr(enum_class, name)
                if (found is getattr(member_type, name, None)
                        or found is getattr(object, name, None)):
                    setattr(enum_class, name, getattr(first_enum, name))

        if Flag is not None and is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    setattr(enum_class, name, getattr(Flag, name))
                    classdict[name] = getattr(Flag, name)

        # Calling the class looks a value up; the member-making __new__ stays reachable for
        # subclasses as __new_member__.
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            enum_class.__new__ = Enum.__new__

        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        member_map = enum_class._member_map_
        if is_flag and Flag is not None:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [o for o in order
                         if o not in member_map or _is_single_bit(member_map[o]._value_)]
        if order:
            order = [o for o in order if o not in member_map or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            # What Enum.__new__ looks up first, without its call.
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                pass
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _deprecated("in 3.12 __contains__ will no longer raise TypeError, but will return "
                        "True or\nFalse depending on whether the value is a member or the value "
                        "of a member")
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        if _type_delattr is not None:
            return super().__delattr__(attr)
        # Reap's type has no __delattr__ to hand the deletion on to: lift this hook while
        # the native deletion runs.
        hook = EnumType.__dict__['__delattr__']
        del EnumType.__delattr__
        try:
            delattr(cls, attr)
        finally:
            EnumType.__delattr__ = hook

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                       '__iter__', '__len__', '__members__', '__module__', '__name__',
                       '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is not object:
            interesting.update(dir(cls._member_type_))
        return sorted(interesting)

    def __getattr__(cls, name):
        if _is_dunder(name) or name == '_member_map_':
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return map(cls._member_map_.__getitem__, cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            if member_name in classdict and not _is_dunder(member_name) and not _is_sunder(member_name):
                raise TypeError('%r already defined as %r' % (member_name, classdict[member_name]))
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                # Reap has no frames to ask: a script is the likeliest caller.
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %s' % (class_name, _class_repr(base)))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # The data type is the first class, along each base's MRO, that defines __new__ (or is a
        # dataclass); an enum base brings its own.
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The __new__ that makes members, whether it was defined here, and whether it takes the
        member's value as arguments."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not _is_plain_new(target):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is object.__new__
                        or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args


def _is_plain_new(target):
    return (target is None or target is object.__new__
            or target is getattr(None, '__new__', None)
            or (Enum is not None and target is Enum.__new__))


EnumMeta = EnumType



def _subscript(cls, name):
    return type(cls).__getitem__(cls, name)


# Reap subscripts a class through its metaclass's __class_getitem__, not its __getitem__, so
# `Color['RED']` needs this (CPython never looks at it: the metaclass's __getitem__ wins).
EnumType.__class_getitem__ = _subscript


class Enum(metaclass=EnumType):
    """A set of named constants: each member has a name and a value.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Members are reached as Color.RED, by value as Color(1) and by name as Color['RED'];
    len(Color) is 3 and list(Color) lists them in definition order.
    """

    def __new__(cls, value):
        # Members are all made with the class; calling the class only finds one.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError('%s has no members defined' % _class_repr(cls))
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if isinstance(exc, ValueError):
            raise exc
        # exc.__context__ = ve_exc, which Reap does not take yet: raising ve_exc first sets it.
        try:
            raise ve_exc
        except ValueError:
            raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            _deprecated("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                        "values to be sortable and support adding +1\nand the value returned will "
                        "be the largest value in the enum incremented by 1")
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        cls = self.__class__
        interesting = set()
        if cls._member_type_ is not object:
            try:
                interesting = set(object.__dir__(self))
            except AttributeError:
                # Reap's object has no __dir__ yet: the class's and the instance's names.
                interesting = set(dir(cls)) | set(getattr(self, '__dict__', ()))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for klass in cls.__mro__:
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are its data type's; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        self = str.__new__(cls, value)
        self._value_ = value
        return self

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has: "strict" raises (Flag's
    default), "conform" drops them, "eject" gives a plain int, "keep" keeps them (IntFlag's)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(self, other):
    # The int to combine a flag with: another member's value, or a value of the data type.
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is not object and isinstance(other, self._member_type_):
        return other
    return NotImplemented


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # A value that is no member's becomes a pseudo-member made of the members whose bits it
        # has; bits beyond them are dealt with as the class's boundary says.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%s invalid value %r\n    given %s\n  allowed %s' % (
                    _class_repr(cls), value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%s unknown flag boundary %r' % (_class_repr(cls), boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%s: no members with value %r' % (_class_repr(cls), unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls = self.__class__
        v_repr = cls._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        cls = self.__class__
        if type(other) is cls:
            # Two members of this flag: the member of the result, as cls(value) finds it.
            value = self._value_ | other._value_
            member = cls._value2member_map_.get(value)
            return member if member is not None else cls(value)
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return other
        return cls(self._value_ | other)

    def __and__(self, other):
        cls = self.__class__
        if type(other) is cls:
            # Two members of this flag: the member of the result, as cls(value) finds it.
            value = self._value_ & other._value_
            member = cls._value2member_map_.get(value)
            return member if member is not None else cls(value)
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return other
        return cls(self._value_ & other)

    def __xor__(self, other):
        cls = self.__class__
        if type(other) is cls:
            # Two members of this flag: the member of the result, as cls(value) finds it.
            value = self._value_ ^ other._value_
            member = cls._value2member_map_.get(value)
            return member if member is not None else cls(value)
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return other
        return cls(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A flag whose members are ints."""


def unique(enumeration):
    """Rejects an enum in which two names share one value."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % pair for pair in duplicates)
        raise ValueError('duplicate values found in %s: %s' % (_class_repr(enumeration), details))
    return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not KEEP:
        return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))
    return '|'.join(n if n[0].isdigit() else '%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members' repr() names the module instead of the class, and the members
    are put in the module's namespace."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """What `verify` can require of an enum."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: checks an enum against the EnumCheck conditions given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    details = ', '.join('%s -> %s' % pair for pair in duplicates)
                    raise ValueError('aliases found in %s: %s'
                                     % (_class_repr(enumeration), details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    # Cut short so a huge gap cannot make a huge message.
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration
