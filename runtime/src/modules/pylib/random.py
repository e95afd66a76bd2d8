"""Pseudo-random numbers: the Mersenne Twister (`_random`, native) and the distributions and
choices built on it. Every method draws from the twister in the same order and amounts as
CPython's, so a seeded generator gives CPython's numbers.

Seeding from a str or bytes needs SHA-512, which Reap does not have yet: it raises
NotImplementedError (ints, floats, None and other hashable values work)."""

import _random
from math import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin, floor as _floor
from math import ceil as _ceil, isfinite as _isfinite, pi as _pi, e as _e, acos as _acos
from os import urandom as _urandom
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from operator import index as _index

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice", "sample", "randrange",
           "shuffle", "normalvariate", "triangular", "choices", "getrandbits", "randbytes",
           "gauss", "expovariate", "getstate", "setstate", "lognormvariate", "vonmisesvariate",
           "gammavariate", "betavariate", "paretovariate", "weibullvariate", "SystemRandom"]

TWOPI = 2.0 * _pi
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
BPF = 53
RECIP_BPF = 2 ** -BPF


def _as_index(value, what):
    """An int argument of randrange; CPython 3.11 still takes a float equal to an int (and a
    str that int() reads, when equal), with a deprecation warning at the caller."""
    try:
        return _index(value)
    except TypeError:
        from warnings import warn as _warn
        as_int = int(value)
        if as_int != value:
            _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
            raise ValueError(f"non-integer {what} for randrange()")
        _warn("non-integer arguments to randrange() have been deprecated since Python 3.10 and will be "
              "removed in a subsequent version", DeprecationWarning, 3)
        return as_int


class Random:
    """A generator with its own state: `Random(seed)`. The module's functions are the methods
    of one shared instance."""

    VERSION = 3

    def __init__(self, x=None):
        self._state = _random.new_state()
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Starts the sequence again from `a`: an int as it is (its absolute value), None from
        fresh entropy, a str or bytes from its text, a float from its hash."""
        if a is None:
            n = _random.entropy()
        elif type(a) is int:
            n = abs(a)
        elif isinstance(a, (str, bytes, bytearray)):
            if version == 1 and not isinstance(a, bytearray):
                # Python 2's scheme, which version=1 keeps: a string hash of the text's
                # code points (bytes read as Latin-1).
                text = a.decode('latin-1') if isinstance(a, bytes) else a
                x = ord(text[0]) << 7 if text else 0
                for c in map(ord, text):
                    x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
                x ^= len(text)
                _random.seed(self._state, x)
                self.gauss_next = None
                return
            # Version 2, as CPython's: the text's bytes followed by their SHA-512, as one int.
            from hashlib import sha512
            data = a.encode() if isinstance(a, str) else bytes(a)
            n = int.from_bytes(data + sha512(data).digest(), 'big')
        elif isinstance(a, (int, float)):
            # CPython seeds from the hash of anything but an exact int, read as unsigned.
            n = hash(a) & 0xFFFFFFFFFFFFFFFF
        else:
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        _random.seed(self._state, n)
        self.gauss_next = None

    def random(self):
        """A float in [0.0, 1.0)."""
        return _random.random(self._state)

    def getrandbits(self, k):
        """An int of `k` random bits."""
        return _random.getrandbits(self._state, k)

    def randbytes(self, n):
        """`n` random bytes."""
        bits = self.getrandbits(n * 8)
        return bytes((bits >> (8 * i)) & 0xFF for i in range(n))

    def getstate(self):
        return (self.VERSION, tuple(self._state), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version != 3:
            raise ValueError(f"state with version {version} passed to Random.setstate() of version {self.VERSION}")
        _, internal, self.gauss_next = state
        if not isinstance(internal, tuple) or len(internal) != 625:
            raise ValueError("state vector is the wrong size")
        words = [int(w) for w in internal]
        if any(w < 0 or w > 0xFFFFFFFF for w in words[:624]) or not 0 <= words[624] <= 624:
            raise ValueError("invalid state")
        # In place: the module's functions draw from this list.
        self._state[:] = words

    # Copying and pickling go through the state, as CPython's: a copy draws the same numbers.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """A subclass that brings its own random() but no getrandbits() draws its ints from
        random() (as CPython's does); one with getrandbits(), or its own _randbelow, keeps
        that."""
        for c in cls.__mro__:
            if "_randbelow" in c.__dict__:
                break
            if "getrandbits" in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n): draws of n's bit length until one falls below n."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone: floats past the largest multiple of n that
        fits in 2**53 are drawn again, so every int is as likely."""
        random = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """A random item of `range(start, stop, step)`, without making the range."""
        istart = _as_index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop, "stop")
        width = istop - istart
        istep = _as_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """An int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list `x` in place (Fisher-Yates, from the end)."""
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """`k` distinct items of the sequence `population` (with `counts`, each item repeated
        that many times), in selection order."""
        if not isinstance(population, (list, tuple, str, range, bytes)) and not (
            hasattr(population, "__getitem__") and hasattr(population, "__len__") and not isinstance(population, dict)
        ):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cumulative = list(_accumulate(counts))
            if len(cumulative) != n:
                raise ValueError("The number of counts does not match the population")
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cumulative, s)] for s in picks]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # A small population is copied and drawn from without replacement; a large one is
        # drawn from with a set of the positions taken (the cheaper for few picks).
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in taken:
                    j = self._randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """`k` items of `population`, with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: k={k}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)] for _ in _repeat(None, k)]

    def uniform(self, a, b):
        """A float between `a` and `b`."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """A float between `low` and `high`, most likely near `mode` (the middle by default)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller: two draws give two values, the second kept for
        the next call)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def expovariate(self, lambd):
        """Exponential distribution with rate `lambd`."""
        return -_log(1.0 - self.random()) / lambd

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its logarithm is normal with mean `mu`, deviation `sigma`."""
        return _exp(self.normalvariate(mu, sigma))

    def vonmisesvariate(self, mu, kappa):
        """Circular data: mean angle `mu`, concentration `kappa` (0 gives a uniform angle)."""
        if kappa <= 1e-6:
            return 2.0 * _pi * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % (2.0 * _pi)
        return (mu - _acos(f)) % (2.0 * _pi)

    def gammavariate(self, alpha, beta):
        """Gamma distribution of shape `alpha` and scale `beta` (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection method (1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _log(4.0)
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + (1.0 + _log(4.5)) - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        # Ahrens and Dieter's method for a shape below one.
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha, beta > 0), in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution of shape `alpha`."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution of scale `alpha` and shape `beta`."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Numbers from the system's random source (`os.urandom`): no state, no seed."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * 2.0 ** -53

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
triangular = _inst.triangular
sample = _inst.sample
# Natively where the arguments are plain ints, lists and floats; the method otherwise. Each
# draws what the method draws.
random = _random.fast("random", _inst._state, _inst.random)
getrandbits = _random.fast("getrandbits", _inst._state, _inst.getrandbits)
uniform = _random.fast("uniform", _inst._state, _inst.uniform)
randint = _random.fast("randint", _inst._state, _inst.randint)
choice = _random.fast("choice", _inst._state, _inst.choice)
randrange = _random.fast("randrange", _inst._state, _inst.randrange)
shuffle = _random.fast("shuffle", _inst._state, _inst.shuffle)
choices = _inst.choices
normalvariate = _inst.normalvariate
gauss = _inst.gauss
expovariate = _inst.expovariate
lognormvariate = _inst.lognormvariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
randbytes = _inst.randbytes
