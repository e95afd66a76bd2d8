"""Context variables (PEP 567), in Python for Reap.

Reap runs a single thread of Python code, so there is one current context
for the whole process.  A Context holds an immutable-looking mapping from
ContextVar objects to values: ContextVar.set() replaces the current context's
dict with an updated copy, so iterating over a context (or over a view of it)
never observes later changes."""

from types import GenericAlias as _GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MOD = '_contextvars'
_current = None
_NOTHING = object()


def _get_current():
    global _current
    if _current is None:
        _current = Context()
    return _current


def _no_subclass(cls, **kwargs):
    raise TypeError("type '%s.%s' is not an acceptable base type"
                    % (_MOD, cls.__mro__[1].__name__))


def _getattr(self, attr):
    raise AttributeError("'%s.%s' object has no attribute '%s'"
                         % (_MOD, type(self).__name__, attr))


def _not_subscriptable(cls, item):
    raise TypeError("type '%s.%s' is not subscriptable" % (_MOD, cls.__name__))


def _check_var(key):
    if type(key) is not ContextVar:
        raise TypeError('a ContextVar key was expected, got %r' % (key,))


class _View:
    __slots__ = ('_items', '_kind')

    def __init__(self, items, kind):
        self._items = items
        self._kind = kind

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        kind = self._kind
        if kind == 0:
            return iter(list(self._items))
        if kind == 1:
            return iter(list(self._items.values()))
        return iter(list(self._items.items()))

    def __repr__(self):
        return '<%s object at 0x%x>' % (('keys', 'values', 'items')[self._kind],
                                       id(self))


class Context:
    __slots__ = ('_data', '_prev', '_entered')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._data = {}
        self._prev = None
        self._entered = False
        return self

    def __init__(self, *args, **kwargs):
        pass

    __init_subclass__ = classmethod(_no_subclass)
    __class_getitem__ = classmethod(_not_subscriptable)
    __getattr__ = _getattr

    def run(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'run' of '_contextvars.Context' "
                            "object needs an argument")
        self = args[0]
        if not isinstance(self, Context):
            raise TypeError("descriptor 'run' for '_contextvars.Context' "
                            "objects doesn't apply to a '%s' object"
                            % type(self).__name__)
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        prev = _enter(self)
        try:
            return args[1](*args[2:], **kwargs)
        finally:
            _leave(self, prev)

    def copy(self):
        # Made without Context()'s argument checks: asyncio copies a context per callback.
        new = _new_context(Context)
        new._data = self._data
        new._prev = None
        new._entered = False
        return new

    def __getitem__(self, var):
        _check_var(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def get(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Context.get() takes no keyword arguments')
        n = len(args)
        if n == 0:
            raise TypeError('get expected at least 1 argument, got 0')
        if n > 2:
            raise TypeError('get expected at most 2 arguments, got %d' % n)
        var = args[0]
        _check_var(var)
        try:
            return self._data[var]
        except KeyError:
            return args[1] if n == 2 else None

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return _View(self._data, 0)

    def values(self):
        return _View(self._data, 1)

    def items(self):
        return _View(self._data, 2)

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data != other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __reduce__(self):
        raise TypeError("cannot pickle '_contextvars.Context' object")


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce__(self):
        return 'Token.MISSING'


_MissingType.__name__ = _MissingType.__qualname__ = 'MISSING'
_MissingType.__module__ = 'Token'
_MISSING = object.__new__(_MissingType)


class ContextVar:
    __slots__ = ('_name', '_default')

    def __new__(cls, *args, **kwargs):
        n = len(args)
        if n > 1:
            raise TypeError('ContextVar() takes at most 1 positional argument '
                            '(%d given)' % n)
        if n + len(kwargs) > 2:
            raise TypeError('ContextVar() takes at most 2 arguments '
                            '(%d given)' % (n + len(kwargs)))
        if not args:
            raise TypeError('ContextVar() takes exactly 1 positional argument '
                            '(0 given)')
        name = args[0]
        default = kwargs.pop('default', _NOTHING)
        if kwargs:
            raise TypeError("'%s' is an invalid keyword argument for "
                            "ContextVar()" % next(iter(kwargs)))
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)
        return self

    def __init__(self, *args, **kwargs):
        pass

    __init_subclass__ = classmethod(_no_subclass)
    __class_getitem__ = classmethod(_GenericAlias)
    __getattr__ = _getattr

    @property
    def name(self):
        return self._name

    def get(self, *args, **kwargs):
        """Return a value for the context variable for the current context.

If there is no value for the variable in the current context, the method will:
 * return the value of the default argument of the method, if provided; or
 * return the default value for the context variable, if it was created
   with one; or
 * raise a LookupError."""
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d'
                            % len(args))
        data = _get_current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NOTHING:
            return self._default
        raise LookupError(self)

    def set(self, *args, **kwargs):
        """Call to set a new value for the context variable in the current context.

The required value argument is the new value for the context variable.

Returns a Token object that can be used to restore the variable to its previous
value via the `ContextVar.reset()` method."""
        if kwargs:
            raise TypeError('ContextVar.set() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('ContextVar.set() takes exactly one argument '
                            '(%d given)' % len(args))
        ctx = _get_current()
        data = ctx._data
        old = data.get(self, _MISSING)
        data = dict(data)
        data[self] = args[0]
        ctx._data = data
        return Token._make(ctx, self, old)

    def reset(self, *args, **kwargs):
        """Reset the context variable.

The variable is reset to the value it had before the `ContextVar.set()` that
created the token was used."""
        if kwargs:
            raise TypeError('ContextVar.reset() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('ContextVar.reset() takes exactly one argument '
                            '(%d given)' % len(args))
        token = args[0]
        if type(token) is not Token:
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar'
                             % (token,))
        ctx = _get_current()
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        object.__setattr__(token, '_used', True)
        data = dict(ctx._data)
        if token._old is _MISSING:
            if self not in data:
                raise LookupError(self)
            del data[self]
        else:
            data[self] = token._old
        ctx._data = data

    def __repr__(self):
        if self._default is _NOTHING:
            return '<ContextVar name=%r at 0x%x>' % (self._name, id(self))
        return '<ContextVar name=%r default=%r at 0x%x>' % (
            self._name, self._default, id(self))

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError("'_contextvars.ContextVar' object has no "
                             "attribute '%s'" % attr)

    def __delattr__(self, attr):
        self.__setattr__(attr, None)

    def __reduce__(self):
        raise TypeError("cannot pickle '_contextvars.ContextVar' object")


class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    __init_subclass__ = classmethod(_no_subclass)
    __class_getitem__ = classmethod(_GenericAlias)
    __getattr__ = _getattr

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        sa = object.__setattr__
        sa(self, '_ctx', ctx)
        sa(self, '_var', var)
        sa(self, '_old', old)
        sa(self, '_used', False)
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '',
                                            self._var, id(self))

    def __setattr__(self, attr, value):
        if attr in ('var', 'old_value', 'MISSING'):
            raise AttributeError("attribute '%s' of '_contextvars.Token' "
                                 "objects is not writable" % attr)
        raise AttributeError("'_contextvars.Token' object has no attribute "
                             "'%s'" % attr)

    def __delattr__(self, attr):
        self.__setattr__(attr, None)

    def __reduce__(self):
        raise TypeError("cannot pickle '_contextvars.Token' object")


def _enter(ctx):
    """Context.run's first half, for asyncio's handles: makes ctx current and returns the
    context it replaces. No frame of this module stays on the stack while the callback runs,
    so none keeps the callback (and a task behind it) alive from a traceback."""
    global _current
    if ctx._entered:
        raise RuntimeError('cannot enter context: %s is already entered'
                           % (object.__repr__(ctx),))
    prev = _get_current()
    ctx._prev = prev
    ctx._entered = True
    _current = ctx
    return prev


def _leave(ctx, prev):
    global _current
    _current = prev
    ctx._prev = None
    ctx._entered = False


def copy_context():
    """Return a copy of the current Context."""
    current = _current
    if current is None:
        current = _get_current()
    return current.copy()


_new_context = object.__new__


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = _MOD
copy_context.__module__ = _MOD
del _cls
