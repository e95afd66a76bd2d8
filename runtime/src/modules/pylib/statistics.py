"""statistics, written in Python for Reap: averages, measures of spread, relations between two
inputs and NormalDist, as CPython 3.11's module.

Results equal CPython's bit for bit: sums of the data are exact (each value becomes an integer
ratio; the ratios are added per denominator and the partial sums as Fractions), a result is
converted to the data's type only at the end, and standard deviations are correctly rounded
square roots of the exact variance. NormalDist.samples draws from `random` in CPython's order.

Differences: Reap has no `decimal` module, so Decimal data cannot occur (the Decimal
branches are used once such a module exists). `math.erf` is used when Reap's math has it;
until then a Python erf stands in: fdlibm's algorithm in glibc's evaluation order, equal bit for
bit to the erf of the glibc CPython links to here (2.36; another libm's erf may differ in the
last bit)."""

import math
import numbers
import random

from fractions import Fraction
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple, defaultdict
from functools import reduce
from itertools import groupby, repeat
from math import hypot, sqrt, fabs, exp, tau, log, fsum
from operator import mul

try:
    from decimal import Decimal
except ImportError:
    class Decimal:
        """Stand-in while there is no decimal module: no value is ever an instance."""

        __slots__ = ()

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


# === Exact sums ===

def _exact_ratio(x):
    """x as (numerator, denominator); an infinity or NaN as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)


def _coerce(T, S):
    """The type a result over values of types T and S is given, or TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    # A subclass wins over its base; an int kind gives way to the other type.
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # Fractions mixed with floats give floats.
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact sum as a Fraction, count) of the values of data.

    Numerators are added per denominator (binary floats share few denominators) and only
    those partial sums are combined as Fractions. An infinity or NaN makes the sum the
    float sum of the non-finite values alone."""
    count = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return reduce(_coerce, types, int), total, count


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count), exact and in one pass over data.

    With c given, the deviations from c are computed in the data's own arithmetic."""
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx = defaultdict(int)
    sxx = defaultdict(int)
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx[d] += n
            sxx[d] += n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        squares = sum(Fraction(n, d * d) for d, n in sxx.items())
        # n*Sxx - Sx**2 over n cancels catastrophically in floats, but these are exact.
        ssd = (count * squares - total * total) / count
        c = total / count
    return (reduce(_coerce, types, int), ssd, c, count)


def _convert(value, T):
    """The exact value as type T (a float instead of an int when it is not whole)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _isqrt_frac_rto(n, m):
    """The integer square root of n/m, rounded to odd (the last bit set if inexact)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded to a float.

    An integer root of 109 bits (twice the float precision plus three) rounded to odd keeps
    enough information for the final int/int division to round as the exact root would."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (_isqrt_frac_rto(n, m << 2 * q) << q) / 1
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded Decimal: Decimal's sqrt, moved a step if it is off."""
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np_, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np_ + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _sqrt_of_frac(mss, T):
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# === Averages ===

def mean(data):
    """The arithmetic mean of data, exact before the final conversion to the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean as a float, computed with floats (optionally weighted)."""
    try:
        n = len(data)
    except TypeError:
        # An iterator: count the values as they are consumed.
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as exp of the mean of the logarithms (floats)."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The reciprocal of the (weighted) mean of the reciprocals; 0 if a value is 0."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (numbers.Real, Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value; the mean of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value; the smaller of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value; the larger of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data binned into intervals of the given width around each value,
    interpolated within the median's bin (a float)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The values equal to x (its bin) are data[lo:hi].
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    counts = Counter(iter(data))
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """All most common values, in the order they were first seen ([] for no data)."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n groups of equal probability, linearly
    interpolated; 'exclusive' (R6) or 'inclusive' (R7, min and max are the 0th and 100th
    percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n          # exact: the position is j + delta/n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# === Spread ===

def variance(data, xbar=None):
    """The sample variance (divisor n - 1), exact before the conversion to the data's type.
    xbar, if given, is taken as the mean without checking."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divisor n); mu, if given, is taken as the mean."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded to a float."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_frac(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded to a float."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_frac(ss / n, T)


def _mean_stdev(data):
    """The mean and the sample standard deviation as floats, in one pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # An infinity or NaN in the data: ss is a float.
        return float(xbar), float(xbar) / float(ss)


# === Two inputs ===

def covariance(x, y, /):
    """The sample covariance of x and y (floats)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, between -1 and +1."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module=__name__)


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with proportional=True
    the line goes through the origin (intercept 0.0)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# === The normal distribution ===

_SQRT2 = sqrt(2.0)

try:
    from math import erf
except ImportError:
    # fdlibm's rational approximations (Sun Microsystems, 1993, freely distributable), in the
    # term grouping glibc evaluates them in, so that results match the C library's erf.
    _ERX = 8.45062911510467529297e-01
    _EFX = 1.28379167095512586316e-01
    _PP = (1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
           -5.77027029648944159157e-03, -2.37630166566501626084e-05)
    _QQ = (1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
           1.32494738004321644526e-04, -3.96022827877536812320e-06)
    _PA = (-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
           3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
           -2.16637559486879084300e-03)
    _QA = (1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
           1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02)
    _RA = (-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
           -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
           -8.12874355063065934246e+01, -9.81432934416914548592e+00)
    _SA = (1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
           6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
           6.57024977031928170135e+00, -6.04244152148580987438e-02)
    _RB = (-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
           -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
           -4.83519191608651397019e+02)
    _SB = (1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
           3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
           -2.24409524465858183362e+01)

    # glibc compares only the high 32 bits of |x| with those of 1/0.35, so it switches
    # approximations at the first double whose high word is larger, not at 1/0.35 itself.
    _ERFC_SPLIT = float.fromhex('0x1.6db6ep+1')

    def _pairs(c, s, s2, s4, s6, s8=None):
        """c[0] + c[1]*s + ... as glibc groups it: pairs (c[i] + s*c[i+1]) times even powers."""
        total = (c[0] + s * c[1]) + s2 * (c[2] + s * c[3])
        if len(c) > 4:
            total += s4 * (c[4] + s * c[5]) if len(c) > 5 else s4 * c[4]
        if len(c) > 6:
            total += s6 * (c[6] + s * c[7]) if len(c) > 7 else s6 * c[6]
        if len(c) > 8:
            total += s8 * c[8]
        return total

    def erf(x):
        """The error function, as the C library computes it."""
        x = float(x)
        if x != x:
            return x
        a = fabs(x)
        if a < 0.84375:
            if a < 2.0 ** -28:
                if a < 2.0 ** -1015:
                    # Scaled to keep the tiny product from underflowing early.
                    return 0.0625 * (16.0 * x + (16.0 * _EFX) * x)
                return x + _EFX * x
            z = x * x
            z2 = z * z
            z4 = z2 * z2
            return x + x * (_pairs(_PP, z, z2, z4, None) / _pairs(_QQ, z, z2, z4, None))
        if a < 1.25:
            s = a - 1.0
            s2 = s * s
            s4 = s2 * s2
            s6 = s4 * s2
            ratio = _pairs(_PA, s, s2, s4, s6) / _pairs(_QA, s, s2, s4, s6)
            return _ERX + ratio if x > 0 else -_ERX - ratio
        if a >= 6.0:
            return 1.0 if x > 0 else -1.0
        # erf = 1 - erfc, with erfc(a) = exp(-a*a - 0.5625 + R/S) / a.
        s = 1.0 / (a * a)
        s2 = s * s
        s4 = s2 * s2
        s6 = s4 * s2
        if a < _ERFC_SPLIT:
            ratio = _pairs(_RA, s, s2, s4, s6) / _pairs(_SA, s, s2, s4, s6, s4 * s4)
        else:
            ratio = _pairs(_RB, s, s2, s4, s6) / _pairs(_SB, s, s2, s4, s6)
        # z is a with the low 32 bits of its significand cleared, so that z*z is exact.
        m, e = math.frexp(a)
        z = math.ldexp(math.floor(math.ldexp(m, 21)), e - 21)
        r = exp(-z * z - 0.5625) * exp((z - a) * (z + a) + ratio)
        return 1.0 - r / a if x > 0 else r / a - 1.0


# Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): rational approximations of the
# inverse normal CDF, coefficients highest degree first.
_AS241_CENTRAL = (
    (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
     13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608),
    (5226.495278852854561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
     5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0),
)
_AS241_NEAR = (
    (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
     1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
     4.6303378461565452959, 1.42343711074968357734),
    (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
     0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
     2.05319162663775882187, 1.0),
)
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
     0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
     5.4637849111641143699, 6.6579046435011037772),
    (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
     0.59983220655588793769, 1.0),
)


def _horner(coefficients, r):
    total = coefficients[0]
    for c in coefficients[1:]:
        total = total * r + c
    return total


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        x = (_horner(num, r) * q) / _horner(den, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_FAR
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal (Gaussian) distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'The mean (a float).',
        '_sigma': 'The standard deviation (a float).',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the mean and sample standard deviation of data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (from a Random(seed) when seed is given)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that a value is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x at which cdf(x) is p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves, between 0.0 and 1.0."""
        # Inman & Bradley (1989): the densities cross at up to two points x1, x2; the
        # overlap is what lies under the lower density between and beyond them.
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):   # the same order either way round
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    # For a normal distribution the mean, median and mode coincide.
    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # Sums and differences of independent normal variables add their variances; a constant
    # only shifts the mean. Scaling by a constant scales both mean and sigma.
    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
