"""Private part of the `decimal` module: the arithmetic and the other operations of the
General Decimal Arithmetic specification, with the semantics of libmpdec (CPython's C decimal).

Functions named with a leading underscore take any context-like object (a Context or a
_decimal_base._Work) and return (result, status bits).  The public-style functions take Operands
that are already Decimals plus a real Context, signal the status there (raising when trapped)
and return the result.
"""

import _decimal_base as _base
from _decimal_base import (
    _mk, _fin, _fix_nan, _nd, _p10, _c2s, _shift_out, _round_up, _trailing_zeros, _Work,
    _INF, _QNAN, _SNAN, _R_FLOOR, _R_CEILING, _EXP_INF, _EXP_CLAMP,
    S_CLAMPED, S_DIV_BY_ZERO, S_DIV_IMPOSSIBLE, S_DIV_UNDEFINED, S_INEXACT, S_INVALID_OP,
    S_OVERFLOW, S_ROUNDED, S_SUBNORMAL, S_UNDERFLOW, S_ERRORS,
)

def _plain(d):
    """d itself if it is a Decimal, else a Decimal copy of the subclass instance."""
    if type(d) is _base._Dec:
        return d
    return _mk(d._sign, d._coef, d._exp, d._kind)


def _qnan():
    return _mk(0, 0, 0, _QNAN)


def _inf(sign):
    return _mk(sign, 0, 0, _INF)


def _signal(r, st, ctx):
    if st:
        ctx._signal(st)
    return r


# ---------------------------------------------------------------------------------------------
# NaN propagation


def _check_nan(a, ctx):
    """For a NaN operand: (quiet NaN result, status); None otherwise."""
    k = a._kind
    if k >= _QNAN:
        return _fix_nan(_mk(a._sign, a._coef, 0, _QNAN), ctx), (S_INVALID_OP if k == _SNAN else 0)
    return None


def _check_nans(a, b, ctx):
    """For NaN operands: (quiet NaN result, status), sNaN first, then a; None otherwise."""
    ka = a._kind
    kb = b._kind
    if ka < _QNAN and kb < _QNAN:
        return None
    st = 0
    choice = b
    if ka == _SNAN:
        choice = a
        st = S_INVALID_OP
    elif kb == _SNAN:
        st = S_INVALID_OP
    elif ka == _QNAN:
        choice = a
    return _fix_nan(_mk(choice._sign, choice._coef, 0, _QNAN), ctx), st


# ---------------------------------------------------------------------------------------------
# Comparison helpers (no NaNs)


def _adj(d):
    return d._exp + _nd(d._coef) - 1


def _cmp_abs(a, b):
    """Compare magnitudes of two non-NaN numbers: -1, 0 or 1."""
    if a._kind == _INF:
        return 0 if b._kind == _INF else 1
    if b._kind == _INF:
        return -1
    ca = a._coef
    cb = b._coef
    if not ca:
        return 0 if not cb else -1
    if not cb:
        return 1
    ea = a._exp
    eb = b._exp
    if ea != eb:
        aa = ea + _nd(ca)
        ab = eb + _nd(cb)
        if aa != ab:
            return -1 if aa < ab else 1
        if ea > eb:
            ca *= _p10(ea - eb)
        else:
            cb *= _p10(eb - ea)
    if ca == cb:
        return 0
    return -1 if ca < cb else 1


def _cmp(a, b):
    """Compare two non-NaN numbers: -1, 0 or 1."""
    if a._kind == _INF:
        if b._kind == _INF:
            return b._sign - a._sign
        return -1 if a._sign else 1
    if b._kind == _INF:
        return 1 if b._sign else -1
    if not a._coef:
        if not b._coef:
            return 0
        return 1 if b._sign else -1
    if not b._coef:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return b._sign - a._sign
    c = _cmp_abs(a, b)
    return -c if a._sign else c


def _cmp_total(a, b):
    """Total ordering of the specification (compare_total)."""
    if a._sign != b._sign:
        return b._sign - a._sign
    if a._kind >= _QNAN:
        c = 1
        if b._kind >= _QNAN:
            qa = 1 if a._kind == _QNAN else 0
            qb = 1 if b._kind == _QNAN else 0
            if qa == qb:
                pa = a._coef
                pb = b._coef
                c = (pa > pb) - (pa < pb)
            else:
                c = qa - qb
    elif b._kind >= _QNAN:
        c = -1
    else:
        c = _cmp_abs(a, b)
        if c == 0 and a._kind == 0 and b._kind == 0 and a._exp != b._exp:
            c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


def _triple_from_cmp(c):
    return _mk(1 if c < 0 else 0, 1 if c else 0, 0)


def compare(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return _signal(r[0], r[1], ctx)
    return _triple_from_cmp(_cmp(a, b))


def compare_signal(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return _signal(r[0], r[1] | S_INVALID_OP, ctx)
    return _triple_from_cmp(_cmp(a, b))


def compare_total(a, b):
    return _triple_from_cmp(_cmp_total(a, b))


def compare_total_mag(a, b):
    return _triple_from_cmp(_cmp_total(_mk(0, a._coef, a._exp, a._kind),
                                       _mk(0, b._coef, b._exp, b._kind)))


def _numequal(a, b):
    if a._sign != b._sign:
        return b._sign - a._sign
    c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


def _minmax(a, b, ctx, want_max, mag):
    if a._kind == _QNAN and b._kind < _QNAN:
        choice = b
    elif b._kind == _QNAN and a._kind < _QNAN:
        choice = a
    else:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return _signal(r[0], r[1], ctx)
        c = _cmp_abs(a, b) if mag else _cmp(a, b)
        if c == 0:
            c = _numequal(a, b)
        if want_max:
            choice = b if c < 0 else a
        else:
            choice = a if c < 0 else b
    return _finish(choice, ctx)


def max_(a, b, ctx):
    return _minmax(a, b, ctx, True, False)


def min_(a, b, ctx):
    return _minmax(a, b, ctx, False, False)


def max_mag(a, b, ctx):
    return _minmax(a, b, ctx, True, True)


def min_mag(a, b, ctx):
    return _minmax(a, b, ctx, False, True)


def _finish(d, ctx):
    """A copy of d fitted into ctx, with the status signalled."""
    if d._kind:
        if d._kind >= _QNAN:
            return _fix_nan(d, ctx)
        return _plain(d)
    r, st = _fin(d._sign, d._coef, d._exp, ctx)
    return _signal(r, st, ctx)


def _apply(d, ctx):
    """(d fitted into ctx, status), for any context-like ctx."""
    if d._kind:
        if d._kind >= _QNAN:
            return _fix_nan(d, ctx), 0
        return _plain(d), 0
    return _fin(d._sign, d._coef, d._exp, ctx)


# ---------------------------------------------------------------------------------------------
# Unary operations


def minus(a, ctx):
    if a._kind >= _QNAN:
        r = _check_nan(a, ctx)
        return _signal(r[0], r[1], ctx)
    if a._kind == 0 and not a._coef and ctx._rnd != _R_FLOOR:
        sign = 0
    else:
        sign = 1 - a._sign
    return _finish(_mk(sign, a._coef, a._exp, a._kind), ctx)


def plus(a, ctx):
    if a._kind >= _QNAN:
        r = _check_nan(a, ctx)
        return _signal(r[0], r[1], ctx)
    if a._kind == 0 and not a._coef and ctx._rnd != _R_FLOOR:
        return _finish(_mk(0, 0, a._exp), ctx)
    return _finish(a, ctx)


def abs_(a, ctx):
    if a._kind >= _QNAN:
        r = _check_nan(a, ctx)
        return _signal(r[0], r[1], ctx)
    if a._sign:
        return minus(a, ctx)
    return plus(a, ctx)


def copy_sign(a, b):
    return _mk(b._sign, a._coef, a._exp, a._kind)


def copy_abs(a):
    return _mk(0, a._coef, a._exp, a._kind)


def copy_negate(a):
    return _mk(1 - a._sign, a._coef, a._exp, a._kind)


# ---------------------------------------------------------------------------------------------
# Addition, multiplication


def _addsub(a, b, sb, ctx):
    """a + b, where sb replaces the sign of b (subtraction passes the flipped sign)."""
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF and a._sign != sb:
                return _qnan(), S_INVALID_OP
            return _inf(a._sign), 0
        return _inf(sb), 0
    ca = a._coef
    cb = b._coef
    ea = a._exp
    eb = b._exp
    if ea != eb:
        prec = ctx._prec
        # The operand with the larger exponent is shifted left to align the two, unless it
        # is zero (then the result simply takes the smaller exponent).
        if ea > eb:
            shift = ea - eb
            if not ca:
                shift = 0
            elif shift > prec + 3:
                nda = _nd(ca)
                e = ea - 1 + (0 if nda > prec else nda - prec - 1)
                if eb + _nd(cb) - 1 < e:
                    cb = 1 if cb else 0
                    eb = e
                    shift = ea - e
            ca *= _p10(shift)
            exp = eb
        else:
            shift = eb - ea
            if not cb:
                shift = 0
            elif shift > prec + 3:
                ndb = _nd(cb)
                e = eb - 1 + (0 if ndb > prec else ndb - prec - 1)
                if ea + _nd(ca) - 1 < e:
                    ca = 1 if ca else 0
                    ea = e
                    shift = eb - e
            cb *= _p10(shift)
            exp = ea
    else:
        exp = ea
    sa = a._sign
    if sa == sb:
        c = ca + cb
        if c < ctx._pmax and ctx._emin <= exp <= ctx._etop:
            return _mk(sa, c, exp), 0
        return _fin(sa, c, exp, ctx)
    c = ca - cb
    if c > 0:
        return _fin(sa, c, exp, ctx)
    if c < 0:
        return _fin(sb, -c, exp, ctx)
    return _fin(1 if ctx._rnd == _R_FLOOR else 0, 0, exp, ctx)


def add(a, b, ctx):
    r, st = _addsub(a, b, b._sign, ctx)
    if st:
        ctx._signal(st)
    return r


def sub(a, b, ctx):
    r, st = _addsub(a, b, 1 - b._sign, ctx)
    if st:
        ctx._signal(st)
    return r


def _mul_special(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    other = b if a._kind == _INF else a
    if other._kind == 0 and not other._coef:
        return _qnan(), S_INVALID_OP
    return _inf(a._sign ^ b._sign), 0


def _mul(a, b, ctx):
    if a._kind or b._kind:
        return _mul_special(a, b, ctx)
    return _fin(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp, ctx)


def mul(a, b, ctx):
    if a._kind or b._kind:
        r, st = _mul_special(a, b, ctx)
    else:
        c = a._coef * b._coef
        e = a._exp + b._exp
        if c < ctx._pmax and ctx._emin <= e <= ctx._etop:
            return _mk(a._sign ^ b._sign, c, e)
        r, st = _fin(a._sign ^ b._sign, c, e, ctx)
    if st:
        ctx._signal(st)
    return r


def fma(a, b, c, ctx):
    if a._kind or b._kind:
        p, st = _mul_special(a, b, ctx)
    else:
        p, st = _mk(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp), 0
    if not st & S_INVALID_OP:
        p, st2 = _addsub(p, c, c._sign, ctx)
        st |= st2
    return _signal(p, st, ctx)


# ---------------------------------------------------------------------------------------------
# Division


def _div(a, b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF:
                return _qnan(), S_INVALID_OP
            return _inf(a._sign ^ b._sign), 0
        return _mk(a._sign ^ b._sign, 0, ctx._etiny), S_CLAMPED
    sign = a._sign ^ b._sign
    cb = b._coef
    if not cb:
        if not a._coef:
            return _qnan(), S_DIV_UNDEFINED
        return _inf(sign), S_DIV_BY_ZERO
    ca = a._coef
    ideal = a._exp - b._exp
    if not ca:
        return _fin(sign, 0, ideal, ctx)
    if cb == 1:
        # exact: the quotient is the dividend
        return _fin(sign, ca, ideal, ctx)
    shift = _nd(cb) - _nd(ca) + ctx._prec + 1
    exp = ideal - shift
    if shift > 0:
        ca *= _p10(shift)
    elif shift < 0:
        cb *= _p10(-shift)
    q, rem = divmod(ca, cb)
    if rem:
        if q % 5 == 0:
            q += 1
    elif shift > 0:
        q, n = _trailing_zeros(q, shift)
        exp += n
    return _fin(sign, q, exp, ctx)


def div(a, b, ctx):
    r, st = _div(a, b, ctx)
    if st:
        ctx._signal(st)
    return r


def _divmod_finite(a, b, ctx):
    """Integer division of finite a by finite non-zero b:
    (q sign, q coef, r sign, r coef, r exp) or None when the quotient needs > prec digits."""
    ideal = a._exp if a._exp < b._exp else b._exp
    sab = a._sign ^ b._sign
    ca = a._coef
    if not ca:
        return sab, 0, a._sign, 0, ideal
    cb = b._coef
    ea = a._exp
    eb = b._exp
    expdiff = (ea + _nd(ca)) - (eb + _nd(cb))
    if expdiff < 0:
        if ea > eb:
            return sab, 0, a._sign, ca * _p10(ea - eb), ideal
        return sab, 0, a._sign, ca, ea
    if expdiff > ctx._prec:
        return None
    if ea > eb:
        ca *= _p10(ea - eb)
    elif eb > ea:
        cb *= _p10(eb - ea)
    q, r = divmod(ca, cb)
    if q >= ctx._pmax and _nd(q) > ctx._prec:
        return None
    return sab, q, a._sign, r, ideal


def divint(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return _signal(r[0], r[1], ctx)
        if a._kind == _INF and b._kind == _INF:
            return _signal(_qnan(), S_INVALID_OP, ctx)
        if a._kind == _INF:
            return _inf(sign)
        return _mk(sign, 0, 0)
    if not b._coef:
        if not a._coef:
            return _signal(_qnan(), S_DIV_UNDEFINED, ctx)
        return _signal(_inf(sign), S_DIV_BY_ZERO, ctx)
    t = _divmod_finite(a, b, ctx)
    if t is None:
        return _signal(_qnan(), S_DIV_IMPOSSIBLE, ctx)
    r, st = _fin(t[0], t[1], 0, ctx)
    return _signal(r, st, ctx)


def rem(a, b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return _signal(r[0], r[1], ctx)
        if a._kind == _INF:
            return _signal(_qnan(), S_INVALID_OP, ctx)
        return _finish(a, ctx)
    if not b._coef:
        if not a._coef:
            return _signal(_qnan(), S_DIV_UNDEFINED, ctx)
        return _signal(_qnan(), S_INVALID_OP, ctx)
    t = _divmod_finite(a, b, ctx)
    if t is None:
        return _signal(_qnan(), S_DIV_IMPOSSIBLE, ctx)
    r, st = _fin(t[2], t[3], t[4], ctx)
    return _signal(r, st, ctx)


def divmod_(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            _signal(None, r[1], ctx)
            return r[0], r[0]
        if a._kind == _INF:
            q = _qnan() if b._kind == _INF else _inf(sign)
            _signal(None, S_INVALID_OP, ctx)
            return q, _qnan()
        r, st = _apply(a, ctx)
        _signal(None, st, ctx)
        return _mk(sign, 0, 0), r
    if not b._coef:
        if not a._coef:
            _signal(None, S_DIV_UNDEFINED, ctx)
            return _qnan(), _qnan()
        _signal(None, S_DIV_BY_ZERO | S_INVALID_OP, ctx)
        return _inf(sign), _qnan()
    t = _divmod_finite(a, b, ctx)
    if t is None:
        _signal(None, S_DIV_IMPOSSIBLE, ctx)
        return _qnan(), _qnan()
    q, st = _fin(t[0], t[1], 0, ctx)
    r, st2 = _fin(t[2], t[3], t[4], ctx)
    _signal(None, st | st2, ctx)
    return q, r


def rem_near(a, b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return _signal(r[0], r[1], ctx)
        if a._kind == _INF:
            return _signal(_qnan(), S_INVALID_OP, ctx)
        return _finish(a, ctx)
    if not b._coef:
        if not a._coef:
            return _signal(_qnan(), S_DIV_UNDEFINED, ctx)
        return _signal(_qnan(), S_INVALID_OP, ctx)
    t = _divmod_finite(a, b, ctx)
    if t is None:
        return _signal(_qnan(), S_DIV_IMPOSSIBLE, ctx)
    qsign, q, rsign, rc, rexp = t
    r = _mk(rsign, rc, rexp)
    if rc:
        expdiff = _adj(b) - _adj(r)
        if -1 <= expdiff <= 1:
            # candidate: r - b (same signs) or r + b, computed exactly
            wide = _Work(10 ** 18, -10 ** 18, 10 ** 18, 6, 0)
            if a._sign == b._sign:
                alt, _ = _addsub(r, b, 1 - b._sign, wide)
            else:
                alt, _ = _addsub(r, b, b._sign, wide)
            c = _cmp_abs(alt, r)
            if c < 0 or (c == 0 and q & 1):
                if _nd(q + 1) > ctx._prec:
                    return _signal(_qnan(), S_DIV_IMPOSSIBLE, ctx)
                r = alt
    return _finish(r, ctx)


# ---------------------------------------------------------------------------------------------
# Quantize, integral values, normalize


def _quantize(a, b, ctx, rnd):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _INF and b._kind == _INF:
            return _plain(a), 0
        return _qnan(), S_INVALID_OP
    bexp = b._exp
    if bexp > ctx._emax or bexp < ctx._etiny:
        return _qnan(), S_INVALID_OP
    w = ctx if rnd is None or rnd == ctx._rnd else _Work(ctx._prec, ctx._emin, ctx._emax,
                                                          rnd, ctx._clamp)
    if not a._coef:
        return _fin(a._sign, 0, bexp, w)
    coef = a._coef
    expdiff = a._exp - bexp
    nd = _nd(coef)
    prec = ctx._prec
    if nd + expdiff > prec:
        return _qnan(), S_INVALID_OP
    st = 0
    if expdiff >= 0:
        coef *= _p10(expdiff)
    else:
        coef, ind = _shift_out(coef, -expdiff)
        if _round_up(ind, coef, a._sign, w._rnd):
            coef += 1
            if _nd(coef) > prec:
                return _qnan(), S_INVALID_OP
        st = S_ROUNDED | (S_INEXACT if ind else 0)
    adj = bexp + _nd(coef) - 1
    if adj > ctx._emax or adj < ctx._etiny:
        return _qnan(), S_INVALID_OP
    r, st2 = _fin(a._sign, coef, bexp, w)
    return r, st | st2


def quantize(a, b, ctx, rnd=None):
    r, st = _quantize(a, b, ctx, rnd)
    if st:
        ctx._signal(st)
    return r


def to_integral(a, ctx, rnd=None, exact=False):
    if a._kind:
        if a._kind >= _QNAN:
            r = _check_nan(a, ctx)
            return _signal(r[0], r[1], ctx)
        return _plain(a)
    if a._exp >= 0:
        return _plain(a)
    if not a._coef:
        return _mk(a._sign, 0, 0)
    q, ind = _shift_out(a._coef, -a._exp)
    if _round_up(ind, q, a._sign, ctx._rnd if rnd is None else rnd):
        q += 1
    r = _mk(a._sign, q, 0)
    if exact:
        return _signal(r, S_ROUNDED | (S_INEXACT if ind else 0), ctx)
    return r


def reduce(a, ctx):
    if a._kind:
        if a._kind >= _QNAN:
            r = _check_nan(a, ctx)
            return _signal(r[0], r[1], ctx)
        return _plain(a)
    r, st = _fin(a._sign, a._coef, a._exp, ctx)
    if st:
        ctx._signal(st)
    if r._kind:
        return r
    if not r._coef:
        return _mk(a._sign, 0, 0)
    maxexp = ctx._etop if ctx._clamp else ctx._emax
    c, n = _trailing_zeros(r._coef, maxexp - r._exp)
    if n:
        return _mk(r._sign, c, r._exp + n)
    return r


# ---------------------------------------------------------------------------------------------
# Neighbours, logb, scaleb


def _next(a, ctx, up):
    if a._kind:
        r = _check_nan(a, ctx)
        if r is not None:
            return r[0], r[1]
        if a._sign == (0 if up else 1):
            return _plain(a), 0
        prec = ctx._prec
        return _mk(1 if up else 0, _p10(prec) - 1, ctx._emax - prec + 1), 0
    w = _Work(ctx._prec, ctx._emin, ctx._emax, _R_CEILING if up else _R_FLOOR, ctx._clamp)
    r, st = _fin(a._sign, a._coef, a._exp, w)
    if st & (S_INEXACT | S_ERRORS):
        return r, st & S_ERRORS
    tiny = _mk(0, 1, ctx._etiny - 1)
    r, st = _addsub(a, tiny, 0 if up else 1, w)
    return r, st & S_ERRORS


def next_plus(a, ctx):
    r, st = _next(a, ctx, True)
    return _signal(r, st, ctx)


def next_minus(a, ctx):
    r, st = _next(a, ctx, False)
    return _signal(r, st, ctx)


def next_toward(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return _signal(r[0], r[1], ctx)
    c = _cmp(a, b)
    if c == 0:
        return copy_sign(a, b)
    r, st = _next(a, ctx, c < 0)
    if r._kind == _INF:
        st |= S_OVERFLOW | S_ROUNDED | S_INEXACT
    elif r._kind == 0 and _adj(r) < ctx._emin:
        st |= S_UNDERFLOW | S_SUBNORMAL | S_ROUNDED | S_INEXACT
        if not r._coef:
            st |= S_CLAMPED
    return _signal(r, st, ctx)


def logb(a, ctx):
    if a._kind:
        if a._kind >= _QNAN:
            r = _check_nan(a, ctx)
            return _signal(r[0], r[1], ctx)
        return _inf(0)
    if not a._coef:
        return _signal(_inf(1), S_DIV_BY_ZERO, ctx)
    e = _adj(a)
    r, st = _fin(1 if e < 0 else 0, abs(e), 0, ctx)
    return _signal(r, st, ctx)


def _int_operand(b):
    """The value of an operand that must be an integer with exponent 0, or None."""
    if b._kind or b._exp != 0:
        return None
    return -b._coef if b._sign else b._coef


def scaleb(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return _signal(r[0], r[1], ctx)
    n = _int_operand(b)
    if n is None or abs(n) >= 1 << 64 or abs(n) > 2 * (ctx._emax + ctx._prec):
        return _signal(_qnan(), S_INVALID_OP, ctx)
    if a._kind == _INF:
        return _plain(a)
    exp = a._exp + n
    if exp > _EXP_INF:
        exp = _EXP_INF
    elif exp < _EXP_CLAMP:
        exp = _EXP_CLAMP
    r, st = _fin(a._sign, a._coef, exp, ctx)
    return _signal(r, st, ctx)


def _cap(coef, prec):
    """Keep the prec least significant digits."""
    if _nd(coef) > prec:
        return coef % _p10(prec)
    return coef


def _shift_count(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    n = _int_operand(b)
    if n is None or abs(n) > ctx._prec:
        return _qnan(), S_INVALID_OP
    return n


def shift(a, b, ctx):
    n = _shift_count(a, b, ctx)
    if isinstance(n, tuple):
        return _signal(n[0], n[1], ctx)
    if a._kind == _INF:
        return _plain(a)
    prec = ctx._prec
    if n >= 0:
        c = _cap(a._coef * _p10(n), prec)
    else:
        c = _cap(a._coef, prec) // _p10(-n)
    return _mk(a._sign, c, a._exp)


def rotate(a, b, ctx):
    n = _shift_count(a, b, ctx)
    if isinstance(n, tuple):
        return _signal(n[0], n[1], ctx)
    if a._kind == _INF:
        return _plain(a)
    prec = ctx._prec
    if n >= 0:
        lshift, rshift = n, prec - n
    else:
        lshift, rshift = prec + n, -n
    c = _cap(a._coef, prec)
    big = _cap(c * _p10(lshift), prec)
    small = c // _p10(rshift)
    return _mk(a._sign, big + small, a._exp)


# ---------------------------------------------------------------------------------------------
# Logical operations (operands made of the digits 0 and 1)


def _logical_digits(d):
    if d._kind or d._sign or d._exp != 0:
        return None
    s = _c2s(d._coef)
    if s.strip('01'):
        return None
    return s


def _logical(a, b, ctx, op):
    sa = _logical_digits(a)
    sb = _logical_digits(b)
    if sa is None or sb is None:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    n = max(len(sa), len(sb))
    sa = sa.rjust(n, '0')
    sb = sb.rjust(n, '0')
    if op == 'and':
        out = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(sa, sb))
    elif op == 'or':
        out = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(sa, sb))
    else:
        out = ''.join('1' if x != y else '0' for x, y in zip(sa, sb))
    return _mk(0, _cap(int(out), ctx._prec), 0)


def logical_and(a, b, ctx):
    return _logical(a, b, ctx, 'and')


def logical_or(a, b, ctx):
    return _logical(a, b, ctx, 'or')


def logical_xor(a, b, ctx):
    return _logical(a, b, ctx, 'xor')


def logical_invert(a, ctx):
    s = _logical_digits(a)
    if s is None:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    n = max(len(s), ctx._prec)
    s = s.rjust(n, '0')
    out = ''.join('0' if x == '1' else '1' for x in s)
    return _mk(0, _cap(int(out), ctx._prec), 0)


# ---------------------------------------------------------------------------------------------
# Classification


def is_normal(a, ctx):
    return a._kind == 0 and a._coef != 0 and _adj(a) >= ctx._emin


def is_subnormal(a, ctx):
    return a._kind == 0 and a._coef != 0 and _adj(a) < ctx._emin


def number_class(a, ctx):
    k = a._kind
    if k == _QNAN:
        return 'NaN'
    if k == _SNAN:
        return 'sNaN'
    s = '-' if a._sign else '+'
    if k == _INF:
        return s + 'Infinity'
    if not a._coef:
        return s + 'Zero'
    if _adj(a) >= ctx._emin:
        return s + 'Normal'
    return s + 'Subnormal'


def same_quantum(a, b):
    if a._kind or b._kind:
        return ((a._kind >= _QNAN and b._kind >= _QNAN) or
                (a._kind == _INF and b._kind == _INF))
    return a._exp == b._exp
