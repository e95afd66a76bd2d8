"""Decimal fixed-point and floating-point arithmetic.

This is Reap's implementation of the module, written in Python and modelled on CPython 3.11's
C implementation (libmpdec): results, flags, exceptions and their messages follow it.  The
work is split over private modules: _decimal_base (signals, finalisation), _decimal_context
(Context), _decimal_ops (arithmetic), _decimal_math (sqrt, exp, logarithms, powers) and
_decimal_text (strings and format()).
"""

import math as _math
import numbers as _numbers

import _decimal_base as _base
import _decimal_ops as _ops
import _decimal_math as _dmath
import _decimal_text as _text
from _decimal_base import (
    ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
    ROUND_HALF_EVEN, ROUND_05UP, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY,
    DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionImpossible,
    DivisionUndefined, InvalidContext, DivisionByZero, Inexact, Rounded, Subnormal, Overflow,
    Underflow, FloatOperation, DecimalTuple,
)
from _decimal_base import (
    _mk, _conv, _conv_raise, _from_int, _rounding_index, _shift_out, _round_up, _p10, _c2s,
    _INF, _QNAN, _SNAN, _R_DOWN, _R_FLOOR, _R_CEILING, _R_HALF_EVEN,
)
from _decimal_base import S_FLOAT_OP as _S_FLOAT_OP, S_INVALID_OP as _S_INVALID_OP
from _decimal_context import (
    Context, DefaultContext, BasicContext, ExtendedContext, getcontext, setcontext,
    localcontext,
)

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_CONTEXTVAR = True
HAVE_THREADS = True

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
    'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
    'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

_HASH_MODULUS = 2305843009213693951          # 2**61 - 1, sys.hash_info.modulus
_HASH_INV10 = 2075258708292324556            # inverse of 10 modulo the above
_HASH_INF = 314159
# 10**e modulo the hash modulus for -64 < e < 64 (negative indexes count from the end)
_HASH_POW10 = ([pow(10, e, _HASH_MODULUS) for e in range(64)] +
               [pow(_HASH_INV10, 64 - i, _HASH_MODULUS) for i in range(64)])

_EQ, _NE, _LT, _LE, _GT, _GE = range(6)


def _identity_hash(obj):
    # CPython hashes a quiet NaN by identity (_Py_HashPointer).  (Reap's object has no
    # __hash__ attribute to delegate to.)
    h = id(obj)
    h = ((h >> 4) | (h << 60)) & 0xFFFFFFFFFFFFFFFF
    if h >= 1 << 63:
        h -= 1 << 64
    return -2 if h == -1 else h


def _type_name(obj):
    t = type(obj)
    return 'decimal.' + t.__name__ if t is Decimal or t is Context else t.__name__


def _ctx(context):
    if context is None:
        return getcontext()
    if isinstance(context, Context):
        return context
    raise TypeError("optional argument must be a context")


def _rnd(rounding):
    return None if rounding is None else _rounding_index(rounding)


def _no_float(other, symbol, reflected, self):
    """CPython names its C type 'decimal.Decimal' when float operands are refused."""
    if type(other) is float or type(other) is complex:
        names = (type(other).__name__, 'decimal.Decimal') if reflected else \
            ('decimal.Decimal', type(other).__name__)
        if type(self) is not Decimal:
            names = tuple(type(self).__name__ if n == 'decimal.Decimal' else n for n in names)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % ((symbol,) + names))
    return NotImplemented


_MISSING_ARG = object()

class Decimal:
    """Decimal(value='0', context=None): a decimal floating-point number, created from an int,
    a string, a float (exactly), a (sign, digits, exponent) tuple or another Decimal."""
    __reap_c_type__ = True  # named with its module in messages, as CPython's C type

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        ctx = _ctx(context)
        if isinstance(value, Decimal):
            if cls is Decimal:
                if type(value) is Decimal:
                    return value
                return _mk(value._sign, value._coef, value._exp, value._kind)
            r = value
        else:
            r, st = _text.convert_exact(value)
            if st:
                ctx._signal(st)
        if cls is Decimal:
            return r
        d = object.__new__(cls)
        d._sign = r._sign
        d._coef = r._coef
        d._exp = r._exp
        d._kind = r._kind
        return d

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        d = _text.float_exact(f)
        if cls is not Decimal:
            return cls(d)
        return d

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))

    # -- representations -----------------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % _text.to_string(self, False, getcontext()._capitals)

    def __str__(self):
        return _text.to_string(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        return _text.to_string(self, True, _ctx(context)._capitals)

    def __format__(self, spec, override=None):
        return _text.format_decimal(self, spec, getcontext(), override)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def as_tuple(self):
        k = self._kind
        if k == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        c = self._coef
        if k:
            digits = tuple(map(int, _c2s(c))) if c else ()
            return DecimalTuple(self._sign, digits, 'n' if k == _QNAN else 'N')
        return DecimalTuple(self._sign, tuple(map(int, _c2s(c))), self._exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = -self._coef if self._sign else self._coef
        e = self._exp if self._coef else 0
        if e >= 0:
            return n * _p10(e), 1
        d = _p10(-e)
        g = _math.gcd(n, d)
        return n // g, d // g

    # -- numeric conversions -------------------------------------------------------------------

    def _to_int(self, rnd):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        if e >= 0:
            v = self._coef * _p10(e)
        else:
            v, ind = _shift_out(self._coef, -e)
            if _round_up(ind, v, self._sign, rnd):
                v += 1
        return -v if self._sign else v

    def __int__(self):
        return self._to_int(_R_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._to_int(_R_FLOOR)

    def __ceil__(self):
        return self._to_int(_R_CEILING)

    def __round__(self, n=_MISSING_ARG):
        # round(d) calls this with no argument; an explicit None is refused, as by CPython's.
        if n is _MISSING_ARG:
            return self._to_int(_R_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        if not -(1 << 63) <= n < (1 << 63):
            raise OverflowError("Python int too large to convert to C ssize_t")
        q = _mk(0, 1, (1 << 63) - 1 if n == -(1 << 63) else -n)
        return _ops.quantize(self, q, getcontext())

    def __float__(self):
        if self._kind >= _QNAN:
            if self._kind == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan' if self._sign else 'nan')
        return float(_text.to_string(self, False, True))

    def __complex__(self):
        return complex(self.__float__(), 0.0)

    def __bool__(self):
        return self._kind != 0 or self._coef != 0

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _mk(0, 0, 0)

    def conjugate(self):
        return self

    def __hash__(self):
        k = self._kind
        if k:
            if k == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if k == _QNAN:
                return _identity_hash(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        if -64 < e < 64:
            eh = _HASH_POW10[e]
        elif e >= 0:
            eh = pow(10, e, _HASH_MODULUS)
        else:
            eh = pow(_HASH_INV10, -e, _HASH_MODULUS)
        h = self._coef * eh % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons ---------------------------------------------------------------------------

    def _compare(self, other, op):
        ctx = getcontext()
        a = self
        if isinstance(other, Decimal):
            b = other
        elif isinstance(other, int):
            b = _from_int(other)
        elif isinstance(other, float):
            if op >= _LT:
                ctx._signal(_S_FLOAT_OP)
            else:
                ctx._status |= _S_FLOAT_OP
            b = _text.float_exact(other)
        elif isinstance(other, complex) and op <= _NE:
            if other.imag != 0.0:
                return NotImplemented
            ctx._status |= _S_FLOAT_OP
            b = _text.float_exact(other.real)
        elif isinstance(other, _numbers.Rational):
            b = _from_int(other.numerator)
            if not a._kind:
                den = int(other.denominator)
                a = _mk(a._sign ^ (den < 0), a._coef * abs(den), a._exp)
        else:
            return NotImplemented
        if a._kind >= _QNAN or b._kind >= _QNAN:
            if a._kind == _SNAN or b._kind == _SNAN or op >= _LT:
                ctx._signal(_S_INVALID_OP)
            return op == _NE
        c = _ops._cmp(a, b)
        if op == _EQ:
            return c == 0
        if op == _NE:
            return c != 0
        if op == _LT:
            return c < 0
        if op == _LE:
            return c <= 0
        if op == _GT:
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare(other, _EQ)

    def __ne__(self, other):
        return self._compare(other, _NE)

    def __lt__(self, other):
        return self._compare(other, _LT)

    def __le__(self, other):
        return self._compare(other, _LE)

    def __gt__(self, other):
        return self._compare(other, _GT)

    def __ge__(self, other):
        return self._compare(other, _GE)

    # -- arithmetic operators ------------------------------------------------------------------

    def __add__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, '+', False, self)
        return _ops.add(self, b, getcontext())

    def __radd__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, '+', True, self)
        return _ops.add(a, self, getcontext())

    def __sub__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, '-', False, self)
        return _ops.sub(self, b, getcontext())

    def __rsub__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, '-', True, self)
        return _ops.sub(a, self, getcontext())

    def __mul__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, '*', False, self)
        return _ops.mul(self, b, getcontext())

    def __rmul__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, '*', True, self)
        return _ops.mul(a, self, getcontext())

    def __truediv__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, '/', False, self)
        return _ops.div(self, b, getcontext())

    def __rtruediv__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, '/', True, self)
        return _ops.div(a, self, getcontext())

    def __floordiv__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, '//', False, self)
        return _ops.divint(self, b, getcontext())

    def __rfloordiv__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, '//', True, self)
        return _ops.divint(a, self, getcontext())

    def __mod__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, '%', False, self)
        return _ops.rem(self, b, getcontext())

    def __rmod__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, '%', True, self)
        return _ops.rem(a, self, getcontext())

    def __divmod__(self, other):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            return _no_float(other, 'divmod()', False, self)
        return _ops.divmod_(self, b, getcontext())

    def __rdivmod__(self, other):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            return _no_float(other, 'divmod()', True, self)
        return _ops.divmod_(a, self, getcontext())

    def __pow__(self, other, modulo=None):
        b = other if type(other) is Decimal else _conv(other)
        if b is NotImplemented:
            if modulo is None:
                return _no_float(other, '** or pow()', False, self)
            return NotImplemented
        if modulo is None:
            return _dmath.power(self, b, getcontext())
        m = _conv(modulo)
        if m is NotImplemented:
            return m
        return _dmath.powmod(self, b, m, getcontext())

    def __rpow__(self, other, modulo=None):
        a = other if type(other) is Decimal else _conv(other)
        if a is NotImplemented:
            if modulo is None:
                return _no_float(other, '** or pow()', True, self)
            return NotImplemented
        if modulo is None:
            return _dmath.power(a, self, getcontext())
        m = _conv(modulo)
        if m is NotImplemented:
            return m
        return _dmath.powmod(a, self, m, getcontext())

    def __neg__(self):
        return _ops.minus(self, getcontext())

    def __pos__(self):
        return _ops.plus(self, getcontext())

    def __abs__(self):
        return _ops.abs_(self, getcontext())

    # -- methods of the specification ----------------------------------------------------------

    def exp(self, context=None):
        return _dmath.exp(self, _ctx(context))

    def ln(self, context=None):
        return _dmath.ln(self, _ctx(context))

    def log10(self, context=None):
        return _dmath.log10(self, _ctx(context))

    def sqrt(self, context=None):
        return _dmath.sqrt(self, _ctx(context))

    def logb(self, context=None):
        return _ops.logb(self, _ctx(context))

    def next_plus(self, context=None):
        return _ops.next_plus(self, _ctx(context))

    def next_minus(self, context=None):
        return _ops.next_minus(self, _ctx(context))

    def normalize(self, context=None):
        return _ops.reduce(self, _ctx(context))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _ops.to_integral(self, ctx, _rnd(rounding))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        return _ops.to_integral(self, ctx, _rnd(rounding), True)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        rnd = _rnd(rounding)
        return _ops.quantize(_conv_raise(self), _conv_raise(exp), ctx, rnd)

    def compare(self, other, context=None):
        ctx = _ctx(context)
        return _ops.compare(self, _conv_raise(other), ctx)

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        return _ops.compare_signal(self, _conv_raise(other), ctx)

    def compare_total(self, other, context=None):
        _ctx(context)
        return _ops.compare_total(self, _conv_raise(other))

    def compare_total_mag(self, other, context=None):
        _ctx(context)
        return _ops.compare_total_mag(self, _conv_raise(other))

    def max(self, other, context=None):
        ctx = _ctx(context)
        return _ops.max_(self, _conv_raise(other), ctx)

    def min(self, other, context=None):
        ctx = _ctx(context)
        return _ops.min_(self, _conv_raise(other), ctx)

    def max_mag(self, other, context=None):
        ctx = _ctx(context)
        return _ops.max_mag(self, _conv_raise(other), ctx)

    def min_mag(self, other, context=None):
        ctx = _ctx(context)
        return _ops.min_mag(self, _conv_raise(other), ctx)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        return _ops.next_toward(self, _conv_raise(other), ctx)

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        return _ops.rem_near(self, _conv_raise(other), ctx)

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        return _ops.fma(self, _conv_raise(other), _conv_raise(third), ctx)

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        return _ops.scaleb(self, _conv_raise(other), ctx)

    def shift(self, other, context=None):
        ctx = _ctx(context)
        return _ops.shift(self, _conv_raise(other), ctx)

    def rotate(self, other, context=None):
        ctx = _ctx(context)
        return _ops.rotate(self, _conv_raise(other), ctx)

    def logical_and(self, other, context=None):
        ctx = _ctx(context)
        return _ops.logical_and(self, _conv_raise(other), ctx)

    def logical_or(self, other, context=None):
        ctx = _ctx(context)
        return _ops.logical_or(self, _conv_raise(other), ctx)

    def logical_xor(self, other, context=None):
        ctx = _ctx(context)
        return _ops.logical_xor(self, _conv_raise(other), ctx)

    def logical_invert(self, context=None):
        return _ops.logical_invert(self, _ctx(context))

    def same_quantum(self, other, context=None):
        _ctx(context)
        return _ops.same_quantum(self, _conv_raise(other))

    def copy_sign(self, other, context=None):
        _ctx(context)
        return _ops.copy_sign(self, _conv_raise(other))

    def copy_abs(self):
        return _ops.copy_abs(self)

    def copy_negate(self):
        return _ops.copy_negate(self)

    def number_class(self, context=None):
        return _ops.number_class(self, _ctx(context))

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _base._nd(self._coef) - 1

    def canonical(self):
        return self

    def radix(self):
        return _mk(0, 10, 0)

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == 0

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == 0 and not self._coef

    def is_normal(self, context=None):
        return _ops.is_normal(self, _ctx(context))

    def is_subnormal(self, context=None):
        return _ops.is_subnormal(self, _ctx(context))


_base._bind(Decimal)
_numbers.Number.register(Decimal)
