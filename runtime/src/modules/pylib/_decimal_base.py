"""Private foundation of the `decimal` module: constants, the signal classes, status bits,
integer helpers and the finalisation step that fits a result into a context.

A finite number is kept as three plain values: a sign (0 or 1), a non-negative int coefficient
and an int exponent. Special values carry a kind: _INF, _QNAN or _SNAN (a NaN's diagnostic
payload lives in the coefficient, 0 meaning "no payload").

The behaviour follows CPython 3.11's C implementation (libmpdec): operations collect condition
bits in a status word, and the context turns the bits into flags and, when trapped, into an
exception whose argument is the list of the signals raised.
"""

import collections

# ---------------------------------------------------------------------------------------------
# Rounding modes.  The index order is the one used internally (and by Context.__reduce__).

ROUND_UP = 'ROUND_UP'
ROUND_DOWN = 'ROUND_DOWN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
_R_UP, _R_DOWN, _R_CEILING, _R_FLOOR, _R_HALF_UP, _R_HALF_DOWN, _R_HALF_EVEN, _R_05UP = range(8)

_BAD_ROUNDING = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")


def _rounding_index(value):
    """The internal index of a rounding-mode string (TypeError for anything else)."""
    if isinstance(value, str):
        for i, name in enumerate(_ROUNDINGS):
            if value == name:
                return i
    raise TypeError(_BAD_ROUNDING)


# ---------------------------------------------------------------------------------------------
# Limits (64-bit build of libmpdec).

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
_EXP_INF = 2000000000000000001      # an exponent that certainly overflows
_EXP_CLAMP = -4000000000000000001   # an exponent that certainly underflows

# ---------------------------------------------------------------------------------------------
# Status bits: the conditions of the specification, one bit each.  Their order decides the
# order of the names in Context.__repr__.

S_CLAMPED = 1 << 0
S_CONV_SYNTAX = 1 << 1
S_DIV_BY_ZERO = 1 << 2
S_DIV_IMPOSSIBLE = 1 << 3
S_DIV_UNDEFINED = 1 << 4
S_FPU_ERROR = 1 << 5
S_INEXACT = 1 << 6
S_INVALID_CONTEXT = 1 << 7
S_INVALID_OP = 1 << 8
S_MALLOC_ERROR = 1 << 9
S_FLOAT_OP = 1 << 10
S_OVERFLOW = 1 << 11
S_ROUNDED = 1 << 12
S_SUBNORMAL = 1 << 13
S_UNDERFLOW = 1 << 14
_NUM_BITS = 15

# The IEEE "invalid operation" signal gathers several conditions.
S_IEEE_INVALID = (S_CONV_SYNTAX | S_DIV_IMPOSSIBLE | S_DIV_UNDEFINED | S_FPU_ERROR |
                  S_INVALID_CONTEXT | S_INVALID_OP | S_MALLOC_ERROR)
S_ERRORS = S_IEEE_INVALID | S_DIV_BY_ZERO

# ---------------------------------------------------------------------------------------------
# The signal classes.


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# The nine signals, in the order CPython lists them (SignalDict iteration, exceptions raised).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = (S_IEEE_INVALID, S_FLOAT_OP, S_DIV_BY_ZERO, S_OVERFLOW, S_UNDERFLOW,
                S_SUBNORMAL, S_INEXACT, S_ROUNDED, S_CLAMPED)
# Conditions that are reported through InvalidOperation, listed first in an exception.
_CONDITIONS = ((InvalidOperation, S_INVALID_OP), (ConversionSyntax, S_CONV_SYNTAX),
               (DivisionImpossible, S_DIV_IMPOSSIBLE), (DivisionUndefined, S_DIV_UNDEFINED),
               (InvalidContext, S_INVALID_CONTEXT))
# Name of each status bit in Context.__repr__ (index = bit number).
_BIT_NAMES = ('Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'Inexact', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow',
              'Rounded', 'Subnormal', 'Underflow')

_BAD_SIGNAL = ("valid values for signals are:\n"
               "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
               "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
               "   Clamped]")


def _signal_bits(signal):
    """The status bits of one of the nine signal classes (KeyError otherwise)."""
    for cls, bits in zip(_SIGNALS, _SIGNAL_BITS):
        if cls is signal:
            return bits
    raise KeyError(_BAD_SIGNAL)


def _status_names(bits):
    """'[Name, ...]' as printed by Context.__repr__ for flags or traps."""
    names = []
    invalid_done = False
    for j in range(_NUM_BITS):
        b = 1 << j
        if bits & b:
            if b & S_IEEE_INVALID:
                if invalid_done:
                    continue
                invalid_done = True
            names.append(_BIT_NAMES[j])
    return '[' + ', '.join(names) + ']'


def _trap_exception(bits):
    """The exception for trapped status bits: the first signal, with the list of all."""
    exc = None
    for cls, b in zip(_SIGNALS, _SIGNAL_BITS):
        if bits & b:
            exc = cls
            break
    listed = [cls for cls, b in _CONDITIONS if bits & b]
    listed.extend(cls for cls, b in zip(_SIGNALS[1:], _SIGNAL_BITS[1:]) if bits & b)
    return exc(listed)


DecimalTuple = collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

# ---------------------------------------------------------------------------------------------
# Integer helpers.  Python ints refuse str()/int() beyond 4300 digits, so long coefficients are
# converted piecewise.

_POW10 = [10 ** i for i in range(64)]


def _p10(n):
    """10 ** n for n >= 0."""
    if n < 64:
        return _POW10[n]
    return 10 ** n


def _nd(c):
    """Number of decimal digits of the int c >= 0 (1 for zero)."""
    if c < 10000000000000000:
        if c < 10:
            return 1
        return len(str(c))
    bits = c.bit_length()
    if bits < 13000:
        return len(str(c))
    d = ((bits - 1) * 1233 >> 12) + 1      # a slight under-estimate of the digit count
    p = 10 ** d
    while c >= p:
        p *= 10
        d += 1
    return d


def _c2s(c):
    """Decimal digits of the int c >= 0."""
    if c.bit_length() < 13000:
        return str(c)
    k = _nd(c) // 2
    hi, lo = divmod(c, 10 ** k)
    return _c2s(hi) + _c2s(lo).rjust(k, '0')


def _s2c(s):
    """Int value of a string of ASCII digits (any length)."""
    if len(s) <= 4000:
        return int(s)
    k = len(s) // 2
    return _s2c(s[:-k]) * 10 ** k + _s2c(s[-k:])


def _trailing_zeros(c, limit):
    """(c without up to `limit` trailing decimal zeros, number removed); c > 0."""
    n = 0
    while n + 8 <= limit:
        q, r = divmod(c, 100000000)
        if r:
            break
        c = q
        n += 8
    while n < limit:
        q, r = divmod(c, 10)
        if r:
            break
        c = q
        n += 1
    return c, n


def _shift_out(c, n):
    """Drop the n > 0 lowest digits of c: (quotient, indicator) where the indicator is 0 when
    nothing non-zero was dropped, 1 below one half of a unit, 5 exactly one half, 6 above."""
    if n > 18 and n > _nd(c):
        # every digit is dropped, and the value is below one half of a unit
        return 0, (1 if c else 0)
    p = _p10(n)
    q, r = divmod(c, p)
    if not r:
        return q, 0
    r += r
    if r < p:
        return q, 1
    if r == p:
        return q, 5
    return q, 6


def _round_up(ind, q, sign, rnd):
    """Whether truncated coefficient q (dropped part described by ind) must be incremented."""
    if not ind:
        return False
    if rnd == _R_HALF_EVEN:
        return ind > 5 or (ind == 5 and q & 1 == 1)
    if rnd == _R_DOWN:
        return False
    if rnd == _R_HALF_UP:
        return ind >= 5
    if rnd == _R_UP:
        return True
    if rnd == _R_HALF_DOWN:
        return ind > 5
    if rnd == _R_CEILING:
        return not sign
    if rnd == _R_FLOOR:
        return bool(sign)
    return q % 5 == 0      # ROUND_05UP: last digit 0 or 5


# ---------------------------------------------------------------------------------------------
# Creating Decimal objects.  The class is defined by the decimal module and bound here.

_INF, _QNAN, _SNAN = 1, 2, 3
_Dec = None                  # the Decimal class, bound by the decimal module
_new = object.__new__


def _bind(decimal_class):
    global _Dec
    _Dec = decimal_class


def _mk(sign, coef, exp, kind=0):
    d = _new(_Dec)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _is_decimal(v):
    return isinstance(v, _Dec)


class _Work:
    """A bare working context: the numeric settings an operation needs, nothing else."""
    __slots__ = ('_prec', '_emin', '_emax', '_rnd', '_clamp', '_pmax', '_etop', '_etiny')

    def __init__(self, prec, emin, emax, rnd, clamp):
        self._prec = prec
        self._emin = emin
        self._emax = emax
        self._rnd = rnd
        self._clamp = clamp
        self._pmax = _p10(prec if prec < 5000 else 5000)   # fast-path bound of _fin
        self._etop = emax - prec + 1
        self._etiny = emin - prec + 1


_MAXCTX = _Work(MAX_PREC, MIN_EMIN, MAX_EMAX, _R_HALF_EVEN, 0)


def _work(ctx, prec=None, rnd=None, clamp=None):
    """A working copy of ctx with some settings replaced."""
    return _Work(ctx._prec if prec is None else prec, ctx._emin, ctx._emax,
                 ctx._rnd if rnd is None else rnd, ctx._clamp if clamp is None else clamp)


def _fix_nan(d, ctx):
    """A quiet/signalling NaN with its payload cut to prec - clamp digits."""
    c = d._coef
    if c:
        keep = ctx._prec - ctx._clamp
        if _nd(c) > keep:
            c = c % _p10(keep) if keep > 0 else 0
            return _mk(d._sign, c, 0, d._kind)
    return d


def _fin(sign, coef, exp, ctx):
    """Fit the finite value (-1)**sign * coef * 10**exp into ctx: (Decimal, status bits)."""
    if coef < ctx._pmax and ctx._emin <= exp <= ctx._etop:
        return _mk(sign, coef, exp), 0
    return _fin_slow(sign, coef, exp, ctx)


def _fin_slow(sign, coef, exp, ctx):
    st = 0
    prec = ctx._prec
    nd = _nd(coef)
    adj = exp + nd - 1
    if adj > ctx._emax:
        return _overflow(sign, coef, exp, ctx)
    if ctx._clamp and exp > ctx._etop:
        shift = exp - ctx._etop
        if coef:
            coef *= _p10(shift)
            if adj < ctx._emin:
                st |= S_SUBNORMAL
        exp -= shift
        return _mk(sign, coef, exp), st | S_CLAMPED
    if adj < ctx._emin:
        etiny = ctx._etiny
        if not coef:
            if exp < etiny:
                return _mk(sign, 0, etiny), S_CLAMPED
            return _mk(sign, 0, exp), 0
        st = S_SUBNORMAL
        if exp < etiny:
            coef, ind = _shift_out(coef, etiny - exp)
            if _round_up(ind, coef, sign, ctx._rnd):
                coef += 1
            st |= S_ROUNDED
            if ind:
                st |= S_INEXACT | S_UNDERFLOW
                if not coef:
                    st |= S_CLAMPED
            exp = etiny
        return _mk(sign, coef, exp), st
    if nd > prec:
        shift = nd - prec
        p = _POW10[shift] if shift < 64 else 10 ** shift
        coef, r = divmod(coef, p)
        exp += shift
        st = S_ROUNDED
        if r:
            st |= S_INEXACT
            r += r
            ind = 1 if r < p else (5 if r == p else 6)
            rnd = ctx._rnd
            if ((ind > 5 or (ind == 5 and coef & 1)) if rnd == _R_HALF_EVEN
                    else _round_up(ind, coef, sign, rnd)):
                coef += 1
                if coef % 10 == 0 and _nd(coef) > prec:
                    coef //= 10
                    exp += 1
                    if exp > ctx._etop:
                        r, st2 = _overflow(sign, coef, exp, ctx)
                        return r, st | st2
    return _mk(sign, coef, exp), st


def _overflow(sign, coef, exp, ctx):
    """The result of an overflow (or of a zero whose exponent is too large)."""
    if not coef:
        e = ctx._emax - (ctx._prec - 1 if ctx._clamp else 0)
        return _mk(sign, 0, e), S_CLAMPED
    rnd = ctx._rnd
    if (rnd in (_R_DOWN, _R_05UP) or (rnd == _R_CEILING and sign)
            or (rnd == _R_FLOOR and not sign)):
        r = _mk(sign, _p10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)
    else:
        r = _mk(sign, 0, 0, _INF)
    return r, S_OVERFLOW | S_INEXACT | S_ROUNDED


def _exact_ok(coef, exp):
    """Whether a parsed finite value is representable without rounding in the maximum context."""
    if not coef:
        return MIN_ETINY <= exp <= MAX_EMAX
    adj = exp + _nd(coef) - 1
    if adj > MAX_EMAX:
        return False
    return adj >= MIN_EMIN or exp >= MIN_ETINY


# ---------------------------------------------------------------------------------------------
# Operand conversion: Decimal and int operands are accepted by the arithmetic.

def _from_int(v):
    if v < 0:
        return _mk(1, -v, 0)
    return _mk(0, int(v), 0)


def _conv(v):
    """Decimal, or int converted exactly; NotImplemented for other types."""
    if isinstance(v, _Dec):
        return v
    if isinstance(v, int):
        return _from_int(v)
    return NotImplemented


def _conv_raise(v):
    """Decimal, or int converted exactly; TypeError for other types."""
    if isinstance(v, _Dec):
        return v
    if isinstance(v, int):
        return _from_int(v)
    raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)
