"""This module provides access to mathematical functions for complex
numbers."""

# Reap's cmath, written in Python on top of `math`.
#
# The formulas follow the C99 Annex G conventions for branch cuts, signed
# zeros and special values, with the usual rescaling tricks to avoid spurious
# overflow and underflow.  Two libm routines whose results CPython's cmath
# depends on (hypot and asinh) are re-implemented here with the same
# floating-point steps as the platform's C library, so that results agree to
# the last bit; math.hypot itself uses a different (vector norm) algorithm.

import math as _m

_sqrt = _m.sqrt
_log = _m.log
_log1p = _m.log1p
_atan2 = _m.atan2
_cos = _m.cos
_sin = _m.sin
_tan = _m.tan
_tanh = _m.tanh
_copysign = _m.copysign
_fabs = _m.fabs
_ldexp = _m.ldexp
_isfinite = _m.isfinite
_isinf = _m.isinf
_isnan = _m.isnan

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_INF = _m.inf
_NAN = _m.nan
_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _sqrt(_LARGE)
_LOG_LARGE = _log(_LARGE)
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_SCALE_UP = 53
_SCALE_DOWN = -27


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


# ---------------------------------------------------------------------------
# libm look-alikes

def _exp(x):
    if x > 709.782712893384:
        return _INF
    return _m.exp(x)


def _cosh(x):
    try:
        return _m.cosh(x)
    except OverflowError:
        return _INF


def _sinh(x):
    try:
        return _m.sinh(x)
    except OverflowError:
        return _copysign(_INF, x)


def _hkernel(ax, ay):
    # ax >= ay > 0, neither squared nor their difference over/underflows
    h = _sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        d = h - ay
        t1 = ax * (2.0 * d - ax)
        t2 = (d - 2.0 * (ax - ay)) * d
    else:
        d = h - ax
        t1 = 2.0 * d * (ax - 2.0 * ay)
        t2 = (4.0 * d - ay) * ay + d * d
    return h - (t1 + t2) / (2.0 * h)


_HSCALE = 2.0 ** -600
_HBIG = 2.0 ** 511
_HTINY = 2.0 ** -511
_HEPS = 2.0 ** -54


def _hypot(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) or _isinf(y):
            return _INF
        return x + y
    x = _fabs(x)
    y = _fabs(y)
    if x < y:
        x, y = y, x
    if x > _HBIG:
        if y <= x * _HEPS:
            return x + y
        return _hkernel(x * _HSCALE, y * _HSCALE) / _HSCALE
    if y < _HTINY:
        if x >= y / _HEPS:
            return x + y
        return _hkernel(x / _HSCALE, y / _HSCALE) * _HSCALE
    if y <= x * _HEPS:
        return x + y
    return _hkernel(x, y)


_ASINH_BIG = 2.0 ** 28 * (1.0 + 2.0 ** -20)
_ASINH_MID = 2.0 * (1.0 + 2.0 ** -20)
_ASINH_SMALL = 2.0 ** -28


def _asinh(x):
    if not _isfinite(x):
        return x + x
    t = _fabs(x)
    if t < _ASINH_SMALL:
        return x
    if t >= _ASINH_BIG:
        w = _log(t) + _LN2
    elif t >= _ASINH_MID:
        w = _log(2.0 * t + 1.0 / (_sqrt(t * t + 1.0) + t))
    else:
        s = t * t
        w = _log1p(t + s / (1.0 + _sqrt(1.0 + s)))
    return _copysign(w, x)


# ---------------------------------------------------------------------------
# special value tables (one entry per pair of classes of the real and the
# imaginary part: -inf, <0, -0, +0, >0, +inf, nan); 'E' entries raise
# ValueError, '.' entries are finite and never looked up.

_TOK = {'N': _NAN, 'I': _INF, '0': 0.0, '1': 1.0, 'P': pi, 'H': pi / 2,
        'Q': pi / 4, 'T': 0.75 * pi}


def _tok(s):
    if s[0] == '-':
        return -_TOK[s[1:]]
    return _TOK[s]


def _table(text):
    out = []
    for item in text.split():
        if item in ('.', 'E'):
            out.append(None)
        else:
            a, b = item.split(',')
            out.append((_tok(a), _tok(b)))
    return out


_T_SQRT = _table(
    'I,-I 0,-I 0,-I 0,I 0,I I,I N,I I,-I . . . . I,I N,N I,-I . . . . I,I N,N '
    'I,-I . . . . I,I N,N I,-I . . . . I,I N,N I,-I I,-0 I,-0 I,0 I,0 I,I I,N '
    'I,-I N,N N,N N,N N,N I,I N,N')
_T_EXP = _table(
    '0,0 -0,-0 0,-0 0,0 -0,0 0,0 0,0 E . . . . E N,N E . . . . E N,N '
    'E . . . . E N,N E . . . . E N,N E -I,-I I,-0 I,0 -I,I E I,N '
    'N,N N,N N,-0 N,0 N,N N,N N,N')
_T_LOG = _table(
    'I,-T I,-P I,-P I,P I,P I,T I,N I,-H . . . . I,H N,N I,-H . . . . I,H N,N '
    'I,-H . . . . I,H N,N I,-H . . . . I,H N,N I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N '
    'I,N N,N N,N N,N N,N I,N N,N')
_T_ACOS = _table(
    'T,I P,I P,I P,-I P,-I T,-I N,I H,I . . . . H,-I N,N H,I . . . . H,-I H,N '
    'H,I . . . . H,-I H,N H,I . . . . H,-I N,N Q,I 0,I 0,I 0,-I 0,-I Q,-I N,I '
    'N,I N,N N,N N,N N,N N,-I N,N')
_T_ACOSH = _T_LOG
_T_ASINH = _table(
    '-I,-Q -I,-0 -I,-0 -I,0 -I,0 -I,Q -I,N -I,-H . . . . -I,H N,N '
    '-I,-H . . . . -I,H N,N I,-H . . . . I,H N,N I,-H . . . . I,H N,N '
    'I,-Q I,-0 I,-0 I,0 I,0 I,Q I,N I,N N,N N,-0 N,0 N,N I,N N,N')
_T_ATANH = _table(
    '-0,-H -0,-H -0,-H -0,H -0,H -0,H -0,N -0,-H . . . . -0,H N,N '
    '-0,-H . . . . -0,H -0,N 0,-H . . . . 0,H 0,N 0,-H . . . . 0,H N,N '
    '0,-H 0,-H 0,-H 0,H 0,H 0,H 0,N 0,-H N,N N,N N,N N,N 0,H N,N')
_T_COSH = _table(
    'E -I,I I,0 I,-0 -I,-I E I,N E . . . . E N,N E . . . . E N,0 '
    'E . . . . E N,0 E . . . . E N,N E -I,-I I,-0 I,0 -I,I E I,N '
    'N,N N,N N,0 N,0 N,N N,N N,N')
_T_SINH = _table(
    'E I,-I -I,-0 -I,0 I,I E I,N E . . . . E N,N E . . . . E 0,N '
    'E . . . . E 0,N E . . . . E N,N E -I,-I I,-0 I,0 -I,I E I,N '
    'N,N N,N N,-0 N,0 N,N N,N N,N')
_T_TANH = _table(
    '-1,0 -1,0 -1,-0 -1,0 -1,-0 -1,0 -1,0 E . . . . E N,N E . . . . E N,N '
    'E . . . . E N,N E . . . . E N,N 1,0 1,0 1,-0 1,0 1,-0 1,0 1,0 '
    'N,N N,N N,-0 N,0 N,N N,N N,N')
_T_RECT = _table(
    'E I,I -I,0 -I,-0 I,-I E I,N E . . . . E N,N 0,0 . . . . 0,0 0,0 '
    '0,0 . . . . 0,0 0,0 E . . . . E N,N E -I,-I I,-0 I,0 -I,I E I,N '
    'N,N N,N N,0 N,0 N,N N,N N,N')


def _kind(v):
    if v != v:
        return 6
    if v == 0.0:
        return 2 if _copysign(1.0, v) < 0.0 else 3
    if v == _INF:
        return 5
    if v == -_INF:
        return 0
    return 1 if v < 0.0 else 4


def _special(table, x, y):
    r = table[_kind(x) * 7 + _kind(y)]
    if r is None:
        raise _domain()
    return r


# ---------------------------------------------------------------------------
# argument conversion

def _real(v):
    if type(v) is float:
        return v
    if isinstance(v, (int, float)):
        return float(v)
    t = type(v)
    f = getattr(t, '__float__', None)
    if f is not None:
        r = f(v)
        if not isinstance(r, float):
            raise TypeError('%s.__float__ returned non-float (type %s)'
                            % (t.__name__, type(r).__name__))
        return float(r)
    if getattr(t, '__index__', None) is not None:
        return float(t.__index__(v))
    raise TypeError('must be real number, not %s' % t.__name__)


def _parts(z):
    if isinstance(z, complex):
        return z.real, z.imag
    if type(z) is float or type(z) is int:
        return float(z), 0.0
    t = type(z)
    f = getattr(t, '__complex__', None)
    if f is not None:
        r = f(z)
        if not isinstance(r, complex):
            raise TypeError('__complex__ returned non-complex (type %s)'
                            % type(r).__name__)
        if type(r) is not complex:
            import warnings
            warnings.warn('__complex__ returned non-complex (type %s).  The '
                          'ability to return an instance of a strict subclass '
                          'of complex is deprecated, and may be removed in a '
                          'future version of Python.' % type(r).__name__,
                          DeprecationWarning, stacklevel=3)
        return r.real, r.imag
    return _real(z), 0.0


def _mk(x, y):
    # complex(x, -0.0) must keep the sign of the imaginary zero
    if y == 0.0 and _copysign(1.0, y) < 0.0:
        return complex(x, 0.0).conjugate()
    return complex(x, y)


# ---------------------------------------------------------------------------
# the functions on pairs of floats

def _c_sqrt(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_T_SQRT, x, y)
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = _fabs(x)
    ay = _fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def _c_log(x, y):
    # returns (re, im, domain_error)
    if not (_isfinite(x) and _isfinite(y)):
        r = _special(_T_LOG, x, y)
        return r[0], r[1], False
    ax = _fabs(x)
    ay = _fabs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _log(_hypot(_ldexp(ax, 53), _ldexp(ay, 53))) - 53 * _LN2
        else:
            return -_INF, _atan2(y, x), True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            if ax > ay:
                am, an = ax, ay
            else:
                am, an = ay, ax
            re = _log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x), False


def _c_acos(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_T_ACOS, x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        re = _atan2(_fabs(y), x)
        t = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0:
            im = -_copysign(t, y)
        else:
            im = _copysign(t, -y)
        return re, im
    ar, ai = _c_sqrt(1.0 - x, -y)
    br, bi = _c_sqrt(1.0 + x, y)
    return 2.0 * _atan2(ar, br), _asinh(br * ai - bi * ar)


def _c_acosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_T_ACOSH, x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        return _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x)
    ar, ai = _c_sqrt(x - 1.0, y)
    br, bi = _c_sqrt(x + 1.0, y)
    return _asinh(ar * br + ai * bi), 2.0 * _atan2(ai, br)


def _c_asinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_T_ASINH, x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        t = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if y >= 0:
            re = _copysign(t, x)
        else:
            re = -_copysign(t, -x)
        return re, _atan2(y, _fabs(x))
    ar, ai = _c_sqrt(1.0 + y, -x)
    br, bi = _c_sqrt(1.0 - y, x)
    return _asinh(ar * bi - br * ai), _atan2(y, ar * br - ai * bi)


def _c_asin(x, y):
    r, i = _c_asinh(-y, x)
    return i, -r


def _c_atanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_T_ATANH, x, y)
    if x < 0.0:
        r, i = _c_atanh(-x, -y)
        return -r, -i
    ay = _fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_copysign(pi / 2.0, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        re = -_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0)))
        return re, _copysign(_atan2(2.0, -ay) / 2.0, y)
    re = _log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    im = -_atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return re, im


def _c_atan(x, y):
    r, i = _c_atanh(-y, x)
    return i, -r


def _c_cosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isinf(x) and y != 0.0 and _isfinite(y):
            if x > 0:
                return _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
            return _copysign(_INF, _cos(y)), -_copysign(_INF, _sin(y))
        return _special(_T_COSH, x, y)
    if _fabs(x) > _LOG_LARGE:
        xm = x - _copysign(1.0, x)
        re = _cos(y) * _cosh(xm) * e
        im = _sin(y) * _sinh(xm) * e
    else:
        re = _cos(y) * _cosh(x)
        im = _sin(y) * _sinh(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return re, im


def _c_cos(x, y):
    return _c_cosh(-y, x)


def _c_sinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isinf(x) and y != 0.0 and _isfinite(y):
            if x > 0:
                return _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
            return -_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
        return _special(_T_SINH, x, y)
    if _fabs(x) > _LOG_LARGE:
        xm = x - _copysign(1.0, x)
        re = _cos(y) * _sinh(xm) * e
        im = _sin(y) * _cosh(xm) * e
    else:
        re = _cos(y) * _sinh(x)
        im = _sin(y) * _cosh(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return re, im


def _c_sin(x, y):
    r, i = _c_sinh(-y, x)
    return i, -r


def _c_tanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and _isfinite(x):
            raise _domain()
        if _isinf(x) and y != 0.0 and _isfinite(y):
            return _copysign(1.0, x), _copysign(0.0, 2.0 * _sin(y) * _cos(y))
        return _special(_T_TANH, x, y)
    if _fabs(x) > _LOG_LARGE:
        return (_copysign(1.0, x),
                4.0 * _sin(y) * _cos(y) * _exp(-2.0 * _fabs(x)))
    tx = _tanh(x)
    ty = _tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _c_tan(x, y):
    r, i = _c_tanh(-y, x)
    return i, -r


def _c_exp(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(y) and (_isfinite(x) or x == _INF):
            raise _domain()
        if _isinf(x) and y != 0.0 and _isfinite(y):
            if x > 0:
                return _copysign(_INF, _cos(y)), _copysign(_INF, _sin(y))
            return _copysign(0.0, _cos(y)), _copysign(0.0, _sin(y))
        return _special(_T_EXP, x, y)
    if x > _LOG_LARGE:
        l = _exp(x - 1.0)
        re = l * _cos(y) * e
        im = l * _sin(y) * e
    else:
        l = _exp(x)
        re = l * _cos(y)
        im = l * _sin(y)
    if _isinf(re) or _isinf(im):
        raise _range()
    return re, im


def _c_abs(x, y):
    # like abs(complex) but with the C library's hypot
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x):
            return _fabs(x)
        if _isinf(y):
            return _fabs(y)
        return _NAN
    return _hypot(x, y)


def _c_phase(x, y):
    if x != x or y != y:
        return _NAN
    if _isinf(y):
        if _isinf(x):
            if _copysign(1.0, x) == 1.0:
                return _copysign(0.25 * pi, y)
            return _copysign(0.75 * pi, y)
        return _copysign(0.5 * pi, y)
    if _isinf(x) or y == 0.0:
        if _copysign(1.0, x) == 1.0:
            return _copysign(0.0, y)
        return _copysign(pi, y)
    return _atan2(y, x)


def _phase_checked(x, y):
    phi = _c_phase(x, y)
    # the C library flags an underflow to zero as a range error
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        raise _range()
    return phi


def _quot(ar, ai, br, bi):
    # complex division as CPython's complex type does it; (nan, nan, True)
    # on division by zero
    abr = _fabs(br)
    abi = _fabs(bi)
    if abr >= abi:
        if abr == 0.0:
            return 0.0, 0.0, True
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom, False
    if abi >= abr:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom, False
    return _NAN, _NAN, False


# ---------------------------------------------------------------------------
# public functions

def _unary(name, impl, doc):
    def func(*args, **kwargs):
        if kwargs:
            raise TypeError('cmath.%s() takes no keyword arguments' % name)
        if len(args) != 1:
            raise TypeError('cmath.%s() takes exactly one argument (%d given)'
                            % (name, len(args)))
        x, y = _parts(args[0])
        r, i = impl(x, y)
        return _mk(r, i)
    func.__name__ = func.__qualname__ = name
    func.__doc__ = doc
    func.__module__ = 'cmath'
    return func


sqrt = _unary('sqrt', _c_sqrt, 'Return the square root of z.')
exp = _unary('exp', _c_exp, 'Return the exponential value e**z.')
acos = _unary('acos', _c_acos, 'Return the arc cosine of z.')
acosh = _unary('acosh', _c_acosh,
               'Return the inverse hyperbolic cosine of z.')
asin = _unary('asin', _c_asin, 'Return the arc sine of z.')
asinh = _unary('asinh', _c_asinh, 'Return the inverse hyperbolic sine of z.')
atan = _unary('atan', _c_atan, 'Return the arc tangent of z.')
atanh = _unary('atanh', _c_atanh,
               'Return the inverse hyperbolic tangent of z.')
cos = _unary('cos', _c_cos, 'Return the cosine of z.')
cosh = _unary('cosh', _c_cosh, 'Return the hyperbolic cosine of z.')
sin = _unary('sin', _c_sin, 'Return the sine of z.')
sinh = _unary('sinh', _c_sinh, 'Return the hyperbolic sine of z.')
tan = _unary('tan', _c_tan, 'Return the tangent of z.')
tanh = _unary('tanh', _c_tanh, 'Return the hyperbolic tangent of z.')


def _log10_impl(x, y):
    r, i, bad = _c_log(x, y)
    if bad:
        raise _domain()
    return r / _LN10, i / _LN10


log10 = _unary('log10', _log10_impl, 'Return the base-10 logarithm of z.')


def _check1(name, args, kwargs):
    if kwargs:
        raise TypeError('cmath.%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('cmath.%s() takes exactly one argument (%d given)'
                        % (name, len(args)))


def phase(*args, **kwargs):
    """Return argument, also known as the phase angle, of a complex."""
    _check1('phase', args, kwargs)
    x, y = _parts(args[0])
    return _phase_checked(x, y)


def polar(*args, **kwargs):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    _check1('polar', args, kwargs)
    x, y = _parts(args[0])
    phi = _c_phase(x, y)
    r = _c_abs(x, y)
    if _isinf(r) and _isfinite(x) and _isfinite(y):
        raise _range()
    return r, phi


def rect(*args, **kwargs):
    """Convert from polar coordinates to rectangular coordinates."""
    if kwargs:
        raise TypeError('cmath.rect() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('rect expected 2 arguments, got %d' % len(args))
    r = _real(args[0])
    phi = _real(args[1])
    if not (_isfinite(r) and _isfinite(phi)):
        if r != 0.0 and r == r and _isinf(phi):
            raise _domain()
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                return _mk(_copysign(_INF, _cos(phi)),
                           _copysign(_INF, _sin(phi)))
            return _mk(-_copysign(_INF, _cos(phi)),
                       -_copysign(_INF, _sin(phi)))
        re, im = _special(_T_RECT, r, phi)
        return _mk(re, im)
    if phi == 0.0:
        return _mk(r, r * phi)
    return _mk(r * _cos(phi), r * _sin(phi))


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    if kwargs:
        raise TypeError('cmath.log() takes no keyword arguments')
    n = len(args)
    if n == 0:
        raise TypeError('log expected at least 1 argument, got 0')
    if n > 2:
        raise TypeError('log expected at most 2 arguments, got %d' % n)
    x, y = _parts(args[0])
    r, i, bad = _c_log(x, y)
    if n == 2:
        bx, by = _parts(args[1])
        br, bi, bad = _c_log(bx, by)
        r, i, qbad = _quot(r, i, br, bi)
        bad = bad or qbad
    if bad:
        raise _domain()
    return _mk(r, i)


def isfinite(*args, **kwargs):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    _check1('isfinite', args, kwargs)
    x, y = _parts(args[0])
    return _isfinite(x) and _isfinite(y)


def isinf(*args, **kwargs):
    """Checks if the real or imaginary part of z is infinite."""
    _check1('isinf', args, kwargs)
    x, y = _parts(args[0])
    return _isinf(x) or _isinf(y)


def isnan(*args, **kwargs):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    _check1('isnan', args, kwargs)
    x, y = _parts(args[0])
    return _isnan(x) or _isnan(y)


_NOARG = object()


def isclose(*args, **kwargs):
    """Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves."""
    if len(args) > 2:
        raise TypeError('isclose() takes exactly 2 positional arguments '
                        '(%d given)' % len(args))
    vals = list(args) + [_NOARG] * (2 - len(args))
    rel_tol = 1e-09
    abs_tol = 0.0
    for key, v in kwargs.items():
        if key == 'a' or key == 'b':
            pos = 0 if key == 'a' else 1
            if vals[pos] is not _NOARG:
                raise TypeError("argument for isclose() given by name ('%s') "
                                "and position (%d)" % (key, pos + 1))
            vals[pos] = v
        elif key == 'rel_tol':
            rel_tol = v
        elif key == 'abs_tol':
            abs_tol = v
        else:
            raise TypeError("'%s' is an invalid keyword argument for isclose()"
                            % key)
    for pos in (0, 1):
        if vals[pos] is _NOARG:
            raise TypeError("isclose() missing required argument '%s' (pos %d)"
                            % ('ab'[pos], pos + 1))
    ar, ai = _parts(vals[0])
    br, bi = _parts(vals[1])
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ar == br and ai == bi:
        return True
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    diff = _c_abs(ar - br, ai - bi)
    return (diff <= rel_tol * _c_abs(br, bi) or
            diff <= rel_tol * _c_abs(ar, ai) or
            diff <= abs_tol)
