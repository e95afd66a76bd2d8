"""Private part of the `decimal` module: square root, exp, ln, log10 and powers.

exp, ln and log10 are correctly rounded (ROUND_HALF_EVEN), as in CPython's C decimal: an
approximation is computed in fixed point with plain ints and a known error bound, and the
working precision grows until both ends of the error interval round to the same result.
Powers follow libmpdec's algorithms step by step (repeated squaring with intermediate rounding
for integral exponents, exp(y * ln(x)) otherwise) so that results and flags agree.
"""

from math import isqrt as _isqrt

from _decimal_base import (
    _mk, _fin, _fix_nan, _nd, _p10, _Work, _INF, _QNAN, _SNAN, _R_HALF_EVEN,
    MIN_EMIN, MAX_EMAX, _EXP_INF,
    S_CLAMPED, S_INEXACT, S_INVALID_OP, S_OVERFLOW, S_ROUNDED, S_SUBNORMAL,
    S_UNDERFLOW, S_ERRORS,
)
from _decimal_ops import (
    _check_nan, _check_nans, _signal, _qnan, _inf, _mul, _div, _cmp, _cmp_abs, _addsub,
    _apply,
)

# ---------------------------------------------------------------------------------------------
# Fixed-point kernels.  "Scale W" means the int N stands for N / 10**W.

_ln10_cache = [0, 0]     # [scale, value]


def _reduction_steps(w):
    k = 4
    while k * k < w:
        k += 1
    return k


def _ln_fixed(y, w):
    """ln(y / 10**w) * 10**w for 10**w <= y <= 10 * 10**w, error at most 3 units."""
    k = _reduction_steps(w)
    guard = len(str(1 << (k + 1))) + 3
    w2 = w + guard
    s = _p10(w2)
    v = y * _p10(guard)
    for _ in range(k):
        v = _isqrt(v * s)
    # ln(v) = 2 atanh(t), t = (v - 1) / (v + 1)
    t = (v - s) * s // (v + s)
    t2 = t * t // s
    total = t
    term = t
    j = 1
    while term:
        term = term * t2 // s
        j += 2
        total += term // j
    return (total << (k + 1)) // _p10(guard)


def _ln10(w):
    """ln(10) at scale w, error at most 1 unit."""
    cw, cv = _ln10_cache
    if cw < w:
        cw = w + 20
        cv = _ln_fixed(10 * _p10(cw), cw)
        _ln10_cache[0] = cw
        _ln10_cache[1] = cv
    return cv // _p10(cw - w)


def _ln_scaled(c, e, w):
    """ln(c * 10**e) * 10**w, error at most 2 units (c > 0)."""
    n = _nd(c)
    adj = e + n - 1
    extra = len(str(abs(adj))) + 4
    ww = w + extra
    shift = ww - n + 1
    y = c * _p10(shift) if shift >= 0 else c // _p10(-shift)
    total = _ln_fixed(y, ww)
    if adj:
        total += adj * _ln10(ww)
    return total // _p10(extra)


def _exp_fixed(r, w):
    """exp(r / 10**w) * 10**w for 0 <= r <= 3 * 10**w, relative error below 10**-(w-1)."""
    k = _reduction_steps(w)
    guard = len(str(1 << k)) + 4
    w2 = w + guard
    s = _p10(w2)
    x = (r * _p10(guard)) >> k
    total = s
    term = s
    j = 1
    while term:
        term = term * x // (s * j)
        total += term
        j += 1
    for _ in range(k):
        total = total * total // s
    return total // _p10(guard)


def _exp_scaled(sign, c, e, w):
    """(m, q): exp(+-c * 10**e) is about m * 10**(q - w), m between 10**w and 10**(w+1),
    relative error below 10**-(w-2).  |x| must be below 10**19."""
    ip = _nd(c) + e
    qd = (ip if ip > 0 else 0) + 2
    ww = w + qd + 4
    sh = ww + e
    x = c * _p10(sh) if sh >= 0 else c // _p10(-sh)
    if sign:
        x = -x
    l10 = _ln10(ww)
    q = x // l10
    r = x - q * l10
    m = _exp_fixed(r, ww)
    return m // _p10(qd + 4), q


# ---------------------------------------------------------------------------------------------
# Correct rounding


def _cr_pick(sign, a, aexp, err, w):
    """The rounded result if (a - err) and (a + err) round to the same value in w, else None."""
    lo, st = _fin(sign, a - err, aexp, w)
    hi, st2 = _fin(sign, a + err, aexp, w)
    if lo._kind != hi._kind or lo._coef != hi._coef or lo._exp != hi._exp:
        return None
    st2 |= S_INEXACT | S_ROUNDED
    if st2 & S_SUBNORMAL:
        st2 |= S_UNDERFLOW
    return hi, st2


def _even_ctx(ctx):
    return _Work(ctx._prec, ctx._emin, ctx._emax, _R_HALF_EVEN, ctx._clamp)


def _exp_cr(a, ctx):
    """exp of a finite non-zero a, correctly rounded in ctx (ROUND_HALF_EVEN): (r, st)."""
    w = _even_ctx(ctx)
    adj = a._exp + _nd(a._coef) - 1
    if adj >= 19:
        if a._sign:
            return _mk(0, 0, ctx._etiny), (S_INEXACT | S_ROUNDED | S_SUBNORMAL | S_UNDERFLOW |
                                           S_CLAMPED)
        return _inf(0), S_OVERFLOW | S_INEXACT | S_ROUNDED
    if adj >= 0:
        # a rough magnitude check avoids building huge numbers
        approx = a._coef // _p10(-a._exp) if a._exp < 0 else a._coef * _p10(a._exp)
        if not a._sign and approx > (ctx._emax + 2) * 2.302585092994046 + 2:
            return _fin(0, 1, _EXP_INF, w)[0], S_OVERFLOW | S_INEXACT | S_ROUNDED
        if a._sign and approx > (2 - ctx._etiny) * 2.302585092994046 + 2:
            return _mk(0, 0, ctx._etiny), (S_INEXACT | S_ROUNDED | S_SUBNORMAL | S_UNDERFLOW |
                                           S_CLAMPED)
    if adj < -(ctx._prec + 3):
        # |a| < 10**-(prec+2): the result rounds to 1 (with prec digits)
        p = ctx._prec - 1
        r, st = _fin(0, _p10(p), -p, w)
        return r, st | S_INEXACT | S_ROUNDED
    prec = ctx._prec + 8
    while True:
        m, q = _exp_scaled(a._sign, a._coef, a._exp, prec)
        err = m // _p10(prec - 2) + 2
        got = _cr_pick(0, m, q - prec, err, w)
        if got is not None:
            return got
        prec += prec // 2 + 10


def _ln_cr(a, ctx):
    """ln of a finite positive a != 1, correctly rounded in ctx (ROUND_HALF_EVEN): (r, st)."""
    w = _even_ctx(ctx)
    c = a._coef
    e = a._exp
    nd = _nd(c)
    adj = e + nd - 1
    prec = ctx._prec + 4
    if adj in (0, -1):
        # close to 1 the logarithm is tiny: ask for more fraction digits
        diff = c - _p10(-e) if e < 0 else c * _p10(e) - 1
        if diff:
            prec += max(0, -(e + _nd(abs(diff)) - 1))
    while True:
        v = _ln_scaled(c, e, prec)
        if abs(v) < _p10(ctx._prec + 3):
            prec += ctx._prec + 10
            continue
        got = _cr_pick(1 if v < 0 else 0, abs(v), -prec, 3, w)
        if got is not None:
            return got
        prec += prec // 2 + 10


def _log10_cr(a, ctx):
    w = _even_ctx(ctx)
    c = a._coef
    e = a._exp
    adj = e + _nd(c) - 1
    extra = len(str(abs(adj))) + 4
    prec = ctx._prec + 4
    if adj in (0, -1):
        diff = c - _p10(-e) if e < 0 else c * _p10(e) - 1
        if diff:
            prec += max(0, -(e + _nd(abs(diff)) - 1))
    while True:
        ww = prec + extra
        v = _ln_scaled(c, e, ww) * _p10(ww) // _ln10(ww)
        v //= _p10(extra)
        if abs(v) < _p10(ctx._prec + 3):
            prec += ctx._prec + 10
            continue
        got = _cr_pick(1 if v < 0 else 0, abs(v), -prec, 4, w)
        if got is not None:
            return got
        prec += prec // 2 + 10


def _log_overflow(adj, ctx, factor):
    t = (-adj - 1) if adj < 0 else adj
    t *= factor
    if len(str(t)) - 1 > ctx._emax:
        return _inf(1 if adj < 0 else 0), S_OVERFLOW | S_INEXACT | S_ROUNDED
    return None


def _exp(a, ctx):
    if a._kind:
        r = _check_nan(a, ctx)
        if r is not None:
            return r
        return (_mk(0, 0, 0) if a._sign else _inf(0)), 0
    if not a._coef:
        return _mk(0, 1, 0), 0
    return _exp_cr(a, ctx)


def exp(a, ctx):
    r, st = _exp(a, ctx)
    return _signal(r, st, ctx)


def _ln(a, ctx):
    if a._kind:
        r = _check_nan(a, ctx)
        if r is not None:
            return r
        if a._sign:
            return _qnan(), S_INVALID_OP
        return _inf(0), 0
    if not a._coef:
        return _inf(1), 0
    if a._sign:
        return _qnan(), S_INVALID_OP
    if a._exp <= 0 and a._coef == _p10(-a._exp):
        return _mk(0, 0, 0), 0
    ov = _log_overflow(a._exp + _nd(a._coef) - 1, ctx, 2)
    if ov is not None:
        return ov
    return _ln_cr(a, ctx)


def ln(a, ctx):
    r, st = _ln(a, ctx)
    return _signal(r, st, ctx)


def log10(a, ctx):
    if a._kind:
        r = _check_nan(a, ctx)
        if r is not None:
            return _signal(r[0], r[1], ctx)
        if a._sign:
            return _signal(_qnan(), S_INVALID_OP, ctx)
        return _inf(0)
    c = a._coef
    if not c:
        return _inf(1)
    if a._sign:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    adj = a._exp + _nd(c) - 1
    if c == _p10(_nd(c) - 1):
        r, st = _fin(1 if adj < 0 else 0, abs(adj), 0, _even_ctx(ctx))
        return _signal(r, st, ctx)
    ov = _log_overflow(adj, ctx, 1)
    if ov is not None:
        return _signal(ov[0], ov[1], ctx)
    r, st = _log10_cr(a, ctx)
    return _signal(r, st, ctx)


# ---------------------------------------------------------------------------------------------
# Square root (the exact algorithm of the specification)


def sqrt(a, ctx):
    e = a._exp
    ideal = (e - (e & 1)) // 2
    if a._kind:
        r = _check_nan(a, ctx)
        if r is not None:
            return _signal(r[0], r[1], ctx)
        if a._sign:
            return _signal(_qnan(), S_INVALID_OP, ctx)
        return _inf(0)
    if not a._coef:
        r, st = _fin(a._sign, 0, ideal, ctx)
        return _signal(r, st, ctx)
    if a._sign:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    prec = ctx._prec + 1
    c = a._coef
    nd = _nd(c)
    if e & 1:
        c *= 10
        half = (nd >> 1) + 1
    else:
        half = (nd + 1) >> 1
    shift = prec - half
    if shift >= 0:
        c *= _p10(2 * shift)
        exact = True
    else:
        c, rest = divmod(c, _p10(-2 * shift))
        exact = not rest
    ideal -= shift
    r = _isqrt(c)
    if exact:
        exact = r * r == c
    if exact:
        if shift >= 0:
            r //= _p10(shift)
        else:
            r *= _p10(-shift)
        ideal += shift
    elif r % 5 == 0:
        r += 1
    res, st = _fin(0, r, ideal, _even_ctx(ctx))
    return _signal(res, st, ctx)


# ---------------------------------------------------------------------------------------------
# Powers


def _is_int(d):
    """Whether a finite value is an integer."""
    c = d._coef
    if not c or d._exp >= 0:
        return True
    if -d._exp >= _nd(c):
        return False
    return c % _p10(-d._exp) == 0


def _is_odd(d):
    """Whether an integral finite value is odd."""
    e = d._exp
    if e > 0:
        return False
    if e == 0:
        return d._coef & 1 == 1
    return (d._coef // _p10(-e)) & 1 == 1


def _int_value(d):
    if d._exp >= 0:
        v = d._coef * _p10(d._exp)
    else:
        v = d._coef // _p10(-d._exp)
    return -v if d._sign else v


def _exp_digits(n):
    return len(str(abs(n)))


def _lower_bound_zeta(x):
    t = x._exp + _nd(x._coef) - 1
    if t > 0:
        return _exp_digits(t) - 1
    if t < -1:
        return _exp_digits(t + 1) - 1
    d, _ = _addsub(x, _mk(0, 1, 0), 1, _Work(10 ** 18, -10 ** 18, 10 ** 18, 6, 0))
    u = d._exp + _nd(d._coef) - 1
    return u - 2 if t == 0 else u - 1


def _pow_bounds(base, exp, rsign, ctx):
    """Certain overflow or underflow of base ** exp: (r, st) or None."""
    absx = _mk(0, base._coef, base._exp)
    lb_theta = exp._exp + _nd(exp._coef) - 1
    lb_zeta = _lower_bound_zeta(absx)
    small = (absx._exp + _nd(absx._coef) - 1) < 0
    if (1 if small else 0) ^ exp._sign == 0:
        if _exp_digits(ctx._emax) < lb_zeta + lb_theta:
            return _fin(rsign, 1, _EXP_INF, ctx)
    else:
        if _exp_digits(ctx._etiny) < lb_zeta + lb_theta:
            return _fin(rsign, 1, ctx._etiny - 1, ctx)
    return None


def _pow_int(base, exp, rsign, ctx):
    """Integral exponent: libmpdec's repeated squaring with a wider working precision."""
    wprec = ctx._prec + _nd(exp._coef) + exp._exp + 2
    st = 0
    if exp._sign:
        wprec += 1
    w = _Work(wprec, ctx._emin, ctx._emax, _R_HALF_EVEN, 0)
    if exp._sign:
        tbase, st = _div(_mk(0, 1, 0), base, w)
        if st & S_ERRORS:
            return _qnan(), st
    else:
        tbase = base
    n = abs(_int_value(exp))
    if n < 1 << 64:
        result = tbase
        ws = 0
        bit = 1 << (n.bit_length() - 1)
        bit >>= 1
        while bit:
            result, s = _mul(result, result, w)
            ws |= s
            if n & bit:
                result, s = _mul(result, tbase, w)
                ws |= s
            if result._kind or (not result._coef and ws & S_CLAMPED):
                break
            bit >>= 1
        st |= ws
    else:
        result = _mk(0, 1, 0)
        b = tbase
        while n:
            if n & 1:
                result, s = _mul(result, b, w)
                st |= s
                if result._kind or (not result._coef and s & S_CLAMPED):
                    break
            b, s = _mul(b, b, w)
            n >>= 1
    if result._kind == _INF:
        result = _mk(rsign, 1, _EXP_INF)
    else:
        result = _mk(rsign, result._coef, result._exp, result._kind)
    r, s = _apply(result, ctx)
    return r, st | s


def _pow_real(base, exp, ctx):
    """Non-integral exponent: exp(exp * ln(base)) at a wider precision."""
    prec = ctx._prec
    wp = max(_nd(base._coef), prec) + 4 + 19
    w = _Work(wp, MIN_EMIN, MAX_EMAX, _R_HALF_EVEN, 0)
    t, st = _ln(base, w)
    t, s = _mul(t, exp, w)
    st |= s
    st &= S_ERRORS
    r, s = _exp(t, w)
    st |= s | S_INEXACT | S_ROUNDED
    if r._kind == 0 and _cmp(r, _mk(0, 1, 0)) == 0:
        r = _mk(0, _p10(prec - 1), 1 - prec)
    if r._kind == _INF:
        r = _mk(0, 1, _EXP_INF)
    r, s = _apply(r, ctx)
    return r, st | s


def _pow(base, exp, ctx):
    if base._kind >= _QNAN or exp._kind >= _QNAN:
        return _check_nans(base, exp, ctx)
    intexp = False
    rsign = 0
    if exp._kind == 0 and _is_int(exp):
        intexp = True
        rsign = 1 if (base._sign and _is_odd(exp)) else 0
    if base._kind == 0 and not base._coef:
        if exp._kind == 0 and not exp._coef:
            return _qnan(), S_INVALID_OP
        if exp._sign:
            return _inf(rsign), 0
        return _mk(rsign, 0, 0), 0
    if base._sign and (not intexp or exp._kind == _INF):
        return _qnan(), S_INVALID_OP
    if exp._kind == _INF:
        c = _cmp(base, _mk(0, 1, 0))
        if c == 0:
            p = ctx._prec - 1
            return _mk(rsign, _p10(p), -p), S_INEXACT | S_ROUNDED
        if exp._sign:
            c = -c
        if c < 0:
            return _mk(rsign, 0, 0), 0
        return _inf(rsign), 0
    if base._kind == _INF:
        if not exp._coef:
            return _mk(rsign, 1, 0), 0
        if exp._sign:
            return _mk(rsign, 0, 0), 0
        return _inf(rsign), 0
    if not exp._coef:
        return _mk(rsign, 1, 0), 0
    if _cmp_abs(base, _mk(0, 1, 0)) == 0:
        # a power of one
        st = 0
        if intexp:
            if exp._sign:
                return _mk(rsign, 1, 0), 0
            sh = _int_value(exp) * -base._exp
            if sh > ctx._prec - 1:
                sh = ctx._prec - 1
                st = S_ROUNDED
        else:
            sh = ctx._prec - 1
            st = S_INEXACT | S_ROUNDED
        return _mk(rsign, _p10(sh), -sh), st
    r = _pow_bounds(base, exp, rsign, ctx)
    if r is not None:
        return r
    if intexp:
        return _pow_int(base, exp, rsign, ctx)
    return _pow_real(base, exp, ctx)


def power(base, exp, ctx):
    r, st = _pow(base, exp, ctx)
    return _signal(r, st, ctx)


def powmod(base, exp, mod, ctx):
    if base._kind or exp._kind or mod._kind:
        if base._kind >= _QNAN or exp._kind >= _QNAN or mod._kind >= _QNAN:
            choice = mod
            st = 0
            for d in (base, exp, mod):
                if d._kind == _SNAN:
                    choice = d
                    st = S_INVALID_OP
                    break
            else:
                for d in (base, exp):
                    if d._kind == _QNAN:
                        choice = d
                        break
            r = _mk(choice._sign, choice._coef, 0, _QNAN)
            return _signal(_fix_nan(r, ctx), st, ctx)
        return _signal(_qnan(), S_INVALID_OP, ctx)
    if not (_is_int(base) and _is_int(exp) and _is_int(mod)):
        return _signal(_qnan(), S_INVALID_OP, ctx)
    if not mod._coef:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    if _nd(mod._coef) + mod._exp > ctx._prec:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    e = _int_value(exp)
    sign = 1 if (base._sign and _is_odd(exp)) else 0
    if not exp._coef:
        if not base._coef:
            return _signal(_qnan(), S_INVALID_OP, ctx)
        m = abs(_int_value(mod))
        return _mk(sign, 0 if m == 1 else 1, 0)
    if exp._sign:
        return _signal(_qnan(), S_INVALID_OP, ctx)
    if not base._coef:
        return _mk(sign, 0, 0)
    m = abs(_int_value(mod))
    b = abs(_int_value(base)) % m
    return _mk(sign, pow(b, e, m), 0)
