"""Private part of the `decimal` module: Context, its flag/trap mappings, the current context
(kept in a context variable) and localcontext()."""

import contextvars
from collections.abc import MutableMapping

import _decimal_ops as _ops
import _decimal_math as _dmath
import _decimal_text as _text
from _decimal_base import (
    _ROUNDINGS, _rounding_index, _SIGNALS, _SIGNAL_BITS, _signal_bits, _status_names,
    _trap_exception, _conv_raise, _is_decimal, _mk, _p10, _nd,
    MAX_PREC, MAX_EMAX, MIN_EMIN, _QNAN,
    S_IEEE_INVALID, S_DIV_BY_ZERO, S_OVERFLOW, S_UNDERFLOW, S_CLAMPED, S_CONV_SYNTAX,
    _R_HALF_EVEN,
)

# ---------------------------------------------------------------------------------------------
# Flags and traps: mutable mappings from the nine signals to booleans, backed by the status
# words of their context.


class SignalDictMixin:
    __module__ = 'decimal'
    __slots__ = ()


class SignalDict(SignalDictMixin, MutableMapping):
    __module__ = 'abc'        # where CPython's dynamically built class says it lives

    def __init__(self, ctx=None, attr='_traps'):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(_SIGNALS)

    def __contains__(self, key):
        return any(key is s for s in _SIGNALS)

    def __getitem__(self, key):
        return bool(self._bits() & _signal_bits(key))

    def __setitem__(self, key, value):
        b = _signal_bits(key)
        cur = self._bits()
        setattr(self._ctx, self._attr, (cur | b) if value else (cur & ~b))

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __repr__(self):
        bits = self._bits()
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (s.__name__, bool(bits & b))
                               for s, b in zip(_SIGNALS, _SIGNAL_BITS)) + '}'

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            bits = _dict_bits(other, False)
            if bits is None:
                return NotImplemented
            return self._bits() == bits
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def copy(self):
        bits = self._bits()
        return {s: bool(bits & b) for s, b in zip(_SIGNALS, _SIGNAL_BITS)}


def _dict_bits(d, strict=True):
    """Status bits of a dict of all nine signals; errors (or None when not strict)."""
    if not isinstance(d, dict):
        if strict:
            raise TypeError("argument must be a signal dict")
        return None
    if len(d) != 9:
        if strict:
            raise KeyError("invalid signal dict")
        if not d:
            raise ValueError("invalid signal dict")
        return None
    bits = 0
    for s, b in zip(_SIGNALS, _SIGNAL_BITS):
        for k, v in d.items():
            if k is s:
                if v:
                    bits |= b
                break
        else:
            if strict:
                raise KeyError("invalid signal dict")
            return None
    return bits


def _list_bits(lst):
    bits = 0
    for item in lst:
        bits |= _signal_bits(item)
    return bits


def _mapping_bits(value):
    if isinstance(value, list):
        return _list_bits(value)
    if isinstance(value, SignalDict):
        return value._bits()
    return _dict_bits(value)


def _as_ssize(v):
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError("an integer is required")
        v = index(v)
    if not -(1 << 63) <= v < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(v)


# ---------------------------------------------------------------------------------------------
# Context


class Context:
    """Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
    flags=None, traps=None): the environment of decimal arithmetic."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __slots__ = ('_prec', '_rnd', '_emin', '_emax', '_capitals', '_clamp', '_status', '_traps',
                 '_pmax', '_etop', '_etiny', '_flags_view', '_traps_view')

    def __new__(cls, *args, **kwargs):
        # Every context starts as a copy of DefaultContext (the arguments are applied by
        # __init__, so a subclass with its own __init__ still gets a complete context).
        self = object.__new__(cls)
        t = _TEMPLATE[0]
        if t is not None:
            self._set_numbers(t._prec, t._emin, t._emax)
            self._rnd = t._rnd
            self._clamp = t._clamp
            self._status = t._status
            self._traps = t._traps
        else:
            self._set_numbers(28, -999999, 999999)
            self._rnd = _R_HALF_EVEN
            self._clamp = 0
            self._status = 0
            self._traps = S_IEEE_INVALID | S_DIV_BY_ZERO | S_OVERFLOW
        self._capitals = 1
        self._flags_view = None
        self._traps_view = None
        return self

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, **kwargs):
        _no_kwargs(kwargs)
        _set_attrs(self, prec, rounding, Emin, Emax, capitals, clamp, flags, traps)

    def _set_numbers(self, prec, emin, emax):
        self._prec = prec
        self._emin = emin
        self._emax = emax
        self._pmax = _p10(prec if prec < 5000 else 5000)
        self._etop = emax - prec + 1
        self._etiny = emin - prec + 1

    def _signal(self, st):
        """Record status bits as flags; raise when one of them is trapped."""
        if st & ~self._status:
            self._status |= st
        t = st & self._traps
        if t:
            raise _trap_exception(t)

    # -- settings ------------------------------------------------------------------------------

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        v = _as_ssize(value)
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._set_numbers(v, self._emin, self._emax)

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        v = _as_ssize(value)
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._set_numbers(self._prec, v, self._emax)

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        v = _as_ssize(value)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._set_numbers(self._prec, self._emin, v)

    @property
    def rounding(self):
        return _ROUNDINGS[self._rnd]

    @rounding.setter
    def rounding(self, value):
        self._rnd = _rounding_index(value)

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        v = _as_ssize(value)
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        v = _as_ssize(value)
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = v

    @property
    def flags(self):
        v = self._flags_view
        if v is None:
            v = self._flags_view = SignalDict(self, '_status')
        return v

    @flags.setter
    def flags(self, value):
        if isinstance(value, SignalDict):
            self._status = value._bits()
        else:
            self._status = _dict_bits(value)

    @property
    def traps(self):
        v = self._traps_view
        if v is None:
            v = self._traps_view = SignalDict(self, '_traps')
        return v

    @traps.setter
    def traps(self, value):
        if isinstance(value, SignalDict):
            self._traps = value._bits()
        else:
            self._traps = _dict_bits(value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    def __setattr__(self, name, value):
        try:
            object.__setattr__(self, name, value)
        except AttributeError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (_type_name(self), name)) from None

    def clear_flags(self):
        self._status = 0

    def clear_traps(self):
        self._traps = 0

    def Etiny(self):
        return self._etiny

    def Etop(self):
        return self._etop

    def radix(self):
        return _mk(0, 10, 0)

    def copy(self):
        c = Context.__new__(Context)
        c._set_numbers(self._prec, self._emin, self._emax)
        c._rnd = self._rnd
        c._clamp = self._clamp
        c._capitals = self._capitals
        c._status = self._status
        c._traps = self._traps
        c._flags_view = None
        c._traps_view = None
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s, b in zip(_SIGNALS, _SIGNAL_BITS) if self._status & b]
        traps = [s for s, b in zip(_SIGNALS, _SIGNAL_BITS) if self._traps & b]
        return (type(self), (self._prec, _ROUNDINGS[self._rnd], self._emin, self._emax,
                             self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, _ROUNDINGS[self._rnd], self._emin,
                                         self._emax, self._capitals, self._clamp,
                                         _status_names(self._status),
                                         _status_names(self._traps)))

    # -- conversions ---------------------------------------------------------------------------

    def create_decimal(self, num=0, /):
        if _is_decimal(num):
            if num._kind >= _QNAN and num._coef and _nd(num._coef) > self._prec - self._clamp:
                self._signal(S_CONV_SYNTAX)
                return _mk(0, 0, 0, _QNAN)
            return _ops._finish(_mk(num._sign, num._coef, num._exp, num._kind), self)
        r, st = _text.convert_ctx(num, self)
        if st:
            self._signal(st)
        return r

    def create_decimal_from_float(self, f, /):
        d = _text.float_exact(f)
        return _ops._finish(d, self)

    def _apply(self, a, /):
        return _ops._finish(_copy(_conv_raise(a)), self)

    def copy_decimal(self, a, /):
        return _conv_raise(a)

    def canonical(self, a, /):
        if not _is_decimal(a):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a, /):
        if not _is_decimal(a):
            raise TypeError("argument must be a Decimal")
        return True

    def to_sci_string(self, a, /):
        return _text.to_string(_conv_raise(a), False, self._capitals)

    def to_eng_string(self, a, /):
        return _text.to_string(_conv_raise(a), True, self._capitals)

    # -- arithmetic ----------------------------------------------------------------------------

    def abs(self, a, /):
        return _ops.abs_(_conv_raise(a), self)

    def plus(self, a, /):
        return _ops.plus(_conv_raise(a), self)

    def minus(self, a, /):
        return _ops.minus(_conv_raise(a), self)

    def add(self, a, b, /):
        return _ops.add(_conv_raise(a), _conv_raise(b), self)

    def subtract(self, a, b, /):
        return _ops.sub(_conv_raise(a), _conv_raise(b), self)

    def multiply(self, a, b, /):
        return _ops.mul(_conv_raise(a), _conv_raise(b), self)

    def divide(self, a, b, /):
        return _ops.div(_conv_raise(a), _conv_raise(b), self)

    def divide_int(self, a, b, /):
        return _ops.divint(_conv_raise(a), _conv_raise(b), self)

    def remainder(self, a, b, /):
        return _ops.rem(_conv_raise(a), _conv_raise(b), self)

    def remainder_near(self, a, b, /):
        return _ops.rem_near(_conv_raise(a), _conv_raise(b), self)

    def divmod(self, a, b, /):
        return _ops.divmod_(_conv_raise(a), _conv_raise(b), self)

    def fma(self, a, b, c, /):
        return _ops.fma(_conv_raise(a), _conv_raise(b), _conv_raise(c), self)

    def power(self, a, b, modulo=None):
        a = _conv_raise(a)
        b = _conv_raise(b)
        if modulo is None:
            return _dmath.power(a, b, self)
        return _dmath.powmod(a, b, _conv_raise(modulo), self)

    def sqrt(self, a, /):
        return _dmath.sqrt(_conv_raise(a), self)

    def exp(self, a, /):
        return _dmath.exp(_conv_raise(a), self)

    def ln(self, a, /):
        return _dmath.ln(_conv_raise(a), self)

    def log10(self, a, /):
        return _dmath.log10(_conv_raise(a), self)

    def logb(self, a, /):
        return _ops.logb(_conv_raise(a), self)

    def scaleb(self, a, b, /):
        return _ops.scaleb(_conv_raise(a), _conv_raise(b), self)

    def quantize(self, a, b, /):
        return _ops.quantize(_conv_raise(a), _conv_raise(b), self)

    def normalize(self, a, /):
        return _ops.reduce(_conv_raise(a), self)

    def to_integral(self, a, /):
        return _ops.to_integral(_conv_raise(a), self)

    to_integral_value = to_integral

    def to_integral_exact(self, a, /):
        return _ops.to_integral(_conv_raise(a), self, None, True)

    def next_plus(self, a, /):
        return _ops.next_plus(_conv_raise(a), self)

    def next_minus(self, a, /):
        return _ops.next_minus(_conv_raise(a), self)

    def next_toward(self, a, b, /):
        return _ops.next_toward(_conv_raise(a), _conv_raise(b), self)

    def compare(self, a, b, /):
        return _ops.compare(_conv_raise(a), _conv_raise(b), self)

    def compare_signal(self, a, b, /):
        return _ops.compare_signal(_conv_raise(a), _conv_raise(b), self)

    def compare_total(self, a, b, /):
        return _ops.compare_total(_conv_raise(a), _conv_raise(b))

    def compare_total_mag(self, a, b, /):
        return _ops.compare_total_mag(_conv_raise(a), _conv_raise(b))

    def max(self, a, b, /):
        return _ops.max_(_conv_raise(a), _conv_raise(b), self)

    def min(self, a, b, /):
        return _ops.min_(_conv_raise(a), _conv_raise(b), self)

    def max_mag(self, a, b, /):
        return _ops.max_mag(_conv_raise(a), _conv_raise(b), self)

    def min_mag(self, a, b, /):
        return _ops.min_mag(_conv_raise(a), _conv_raise(b), self)

    def copy_abs(self, a, /):
        return _ops.copy_abs(_conv_raise(a))

    def copy_negate(self, a, /):
        return _ops.copy_negate(_conv_raise(a))

    def copy_sign(self, a, b, /):
        return _ops.copy_sign(_conv_raise(a), _conv_raise(b))

    def same_quantum(self, a, b, /):
        return _ops.same_quantum(_conv_raise(a), _conv_raise(b))

    def number_class(self, a, /):
        return _ops.number_class(_conv_raise(a), self)

    def is_finite(self, a, /):
        return _conv_raise(a)._kind == 0

    def is_infinite(self, a, /):
        return _conv_raise(a)._kind == 1

    def is_nan(self, a, /):
        return _conv_raise(a)._kind >= 2

    def is_qnan(self, a, /):
        return _conv_raise(a)._kind == 2

    def is_snan(self, a, /):
        return _conv_raise(a)._kind == 3

    def is_signed(self, a, /):
        return _conv_raise(a)._sign == 1

    def is_zero(self, a, /):
        a = _conv_raise(a)
        return a._kind == 0 and not a._coef

    def is_normal(self, a, /):
        return _ops.is_normal(_conv_raise(a), self)

    def is_subnormal(self, a, /):
        return _ops.is_subnormal(_conv_raise(a), self)

    def logical_and(self, a, b, /):
        return _ops.logical_and(_conv_raise(a), _conv_raise(b), self)

    def logical_or(self, a, b, /):
        return _ops.logical_or(_conv_raise(a), _conv_raise(b), self)

    def logical_xor(self, a, b, /):
        return _ops.logical_xor(_conv_raise(a), _conv_raise(b), self)

    def logical_invert(self, a, /):
        return _ops.logical_invert(_conv_raise(a), self)

    def rotate(self, a, b, /):
        return _ops.rotate(_conv_raise(a), _conv_raise(b), self)

    def shift(self, a, b, /):
        return _ops.shift(_conv_raise(a), _conv_raise(b), self)


Context.__module__ = 'decimal'


def _type_name(obj):
    t = type(obj)
    return 'decimal.Context' if t is Context else t.__name__


def _no_kwargs(kwargs):
    for name in kwargs:
        raise TypeError("'%s' is an invalid keyword argument for this function" % name)


def _copy(d):
    return _mk(d._sign, d._coef, d._exp, d._kind)


def _set_attrs(ctx, prec, rounding, Emin, Emax, capitals, clamp, flags, traps):
    if prec is not None:
        ctx.prec = prec
    if rounding is not None:
        ctx.rounding = rounding
    if Emin is not None:
        ctx.Emin = Emin
    if Emax is not None:
        ctx.Emax = Emax
    if capitals is not None:
        ctx.capitals = capitals
    if clamp is not None:
        ctx.clamp = clamp
    if traps is not None:
        ctx._traps = _mapping_bits(traps)
    if flags is not None:
        ctx._status = _mapping_bits(flags)


# ---------------------------------------------------------------------------------------------
# The current context


_TEMPLATE = [None]
_current = contextvars.ContextVar('decimal_context')


def _new_current():
    c = DefaultContext.copy()
    c._status = 0
    _current.set(c)
    return c


# Reap's contextvars is written in Python; reading its current mapping directly is several
# times faster than ContextVar.get(), and getcontext() runs for every operator.
_cv_now = getattr(contextvars, '_get_current', None)
if _cv_now is not None and isinstance(getattr(_cv_now(), '_data', None), dict):
    def getcontext():
        """The current context of the active thread/task."""
        c = _cv_now()._data.get(_current)
        if c is None:
            c = _new_current()
        return c
else:
    def getcontext():
        """The current context of the active thread/task."""
        c = _current.get(None)
        if c is None:
            c = _new_current()
        return c


def setcontext(context):
    """Make context the current context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._status = 0
    _current.set(context)


class _ContextManager:
    __slots__ = ('_local', '_saved')

    def __enter__(self):
        setcontext(self._local)
        return self._local

    def __exit__(self, *args):
        setcontext(self._saved)


_ContextManager.__module__ = 'decimal'
_ContextManager.__qualname__ = 'ContextManager'
_ContextManager.__name__ = 'ContextManager'


def localcontext(ctx=None, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context), changed
    by the keyword arguments, current inside the with-statement."""
    _no_kwargs(kwargs)
    saved = getcontext()
    if ctx is None:
        ctx = saved
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    m = _ContextManager()
    m._saved = saved
    m._local = ctx.copy()
    _set_attrs(m._local, prec, rounding, Emin, Emax, capitals, clamp, flags, traps)
    return m


DefaultContext = Context()
_TEMPLATE[0] = DefaultContext
BasicContext = Context(prec=9, rounding='ROUND_HALF_UP')
BasicContext._traps |= S_UNDERFLOW | S_CLAMPED
ExtendedContext = Context(prec=9, traps=[])
