"""fractions, written in Python for Reap: Fraction, exact rational numbers, as CPython 3.11's
(construction, arithmetic with int/float/complex, comparisons, hash, rounding, copying).

Differences: Reap has no `decimal` module, so Fraction(Decimal) cannot arise and
Fraction.from_decimal raises the ImportError of `from decimal import Decimal` (it is used
automatically once a `decimal` module exists). Strings are parsed by hand rather than with a
regular expression, accepting exactly what CPython's pattern accepts (including its quirk that
'1.d' passes the pattern and then fails in int())."""

import math
import numbers
import operator
import sys

try:
    from decimal import Decimal as _Decimal
except ImportError:
    _Decimal = None

__all__ = ['Fraction']

# hash(Fraction) must equal hash() of an equal int or float: all three reduce x modulo this prime.
_hash_info = getattr(sys, 'hash_info', None)
_HASH_MODULUS = _hash_info.modulus if _hash_info is not None else (1 << 61) - 1
_HASH_INF = _hash_info.inf if _hash_info is not None else 314159
del _hash_info


def _digits(s, i, n):
    """End of the run of `\\d+(_\\d+)*` starting at s[i], or i when there is none there."""
    j = i
    while True:
        k = j
        while k < n and s[k].isdecimal():
            k += 1
        if k == j:
            # A group must have a digit; an underscore must sit between two digits.
            return i if j == i else j - 1
        j = k
        if j < n and s[j] == '_':
            j += 1
        else:
            return j


def _parse(s):
    """(numerator, denominator) for a numeric string, or None when CPython would not accept it."""
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    end = n
    while end > i and s[end - 1].isspace():
        end -= 1
    negative = False
    if i < end and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # There must be a digit, or a point followed by a digit.
    if i == end or not (s[i].isdecimal() or s[i] == '.' and i + 1 < end and s[i + 1].isdecimal()):
        return None
    j = _digits(s, i, end)
    numerator = int(s[i:j]) if j > i else 0
    i = j
    denominator = 1
    if i < end and s[i] == '/':
        j = _digits(s, i + 1, end)
        if j == i + 1:
            return None
        denominator = int(s[i + 1:j])
        i = j
    else:
        if i < end and s[i] == '.':
            i += 1
            # CPython's pattern allows a run of letters d here (a typo for \d in its source);
            # int() then rejects it with its own ValueError.
            j = i
            while j < end and s[j] in 'dD':
                j += 1
            if j == i:
                j = _digits(s, i, end)
            fraction = s[i:j].replace('_', '')
            i = j
            if fraction:
                scale = 10 ** len(fraction)
                numerator = numerator * scale + int(fraction)
                denominator = scale
        if i < end and s[i] in 'eE':
            k = i + 1
            if k < end and s[k] in '+-':
                k += 1
            j = _digits(s, k, end)
            if j == k:
                return None
            exponent = int(s[i + 1:j])
            i = j
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
    if i != end:
        return None
    return (-numerator if negative else numerator), denominator


def _make(numerator, denominator):
    """A Fraction from a pair already in lowest terms with a positive denominator."""
    self = object.__new__(Fraction)
    self._numerator = numerator
    self._denominator = denominator
    return self


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, the denominator positive.

    Fraction(7, -14) == Fraction(-1, 2); it can also be made from another Rational, a float
    (exactly), or a string such as '3/4', '-1.5e3' or ' 1_000/3 '."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or (_Decimal is not None
                                                and isinstance(numerator, _Decimal)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                pair = _parse(numerator)
                if pair is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = pair
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (an Integral is taken as well)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (an Integral is taken as well)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        # The best approximations are the convergents and semiconvergents of self's continued
        # fraction: walk the convergents until the next denominator is too big, then compare
        # the last convergent with the largest semiconvergent that still fits. Ties go to the
        # smaller denominator (the convergent).
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Mixed arithmetic: with an int or a Fraction the result is exact; with a float (or any
    # other Real) both sides become floats, with a complex both become complex. Other types
    # get NotImplemented so that their own reflected method can answer.
    def _operators(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(float(a)), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(float(b)))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        reverse.__name__ = '__r%s__' % name
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(na * db + da * nb, da * db)
        # Only the common factor g of the denominators can divide the new numerator.
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        return _make(t // g2, s * (db // g2))

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _make(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        return _make(t // g2, s * (db // g2))

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # Cancelling across first keeps the products small and already in lowest terms.
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return _make(na * nb, db * da)

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        if d == 0:
            # CPython names the reduced numerator: the sign of a, or 0.
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _make(n, d)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _operators(_add, operator.add, 'add')
    __sub__, __rsub__ = _operators(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _operators(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _operators(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _operators(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _operators(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _operators(_mod, operator.mod, 'mod')
    del _operators

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, otherwise a float (or complex)."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _make(a._numerator ** power, a._denominator ** power)
                # A negative power inverts; the sign moves to the numerator.
                if a._numerator > 0:
                    return _make(a._denominator ** -power, a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
                return _make((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, a plain Fraction even for a subclass."""
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self) is an int, round(self, ndigits) a Fraction; halves go to the even side."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            if twice > self.denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # hash(n/d) is n * d**-1 modulo the prime, so that it matches int and float hashes;
        # a denominator divisible by the prime has no inverse and hashes as infinity.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # No finite value equals them; compare 0.0 so that the result is float's.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """op(self, other) for a Rational or float other, exactly; NotImplemented otherwise."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # Immutable: a plain Fraction is its own copy; a subclass instance is rebuilt as its class.
    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
