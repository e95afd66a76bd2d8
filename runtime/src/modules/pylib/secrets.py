"""secrets, written in Python for Reap (PEP 506): random numbers and tokens strong enough for
passwords, authentication tokens and other secrets, following CPython 3.11.

The randomness comes from os.urandom() and random.SystemRandom when the interpreter has them.
Reap has neither yet: see _urandom below for what stands in for them.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']


import base64
import binascii
import random as _random

from hmac import compare_digest
from hashlib import _index  # hmac has loaded hashlib already


try:
    from os import urandom as _urandom
except ImportError:
    # Reap's os has no urandom() yet, and /dev/urandom cannot be read: Reap's open() reads a
    # whole file when it opens it, which never ends for /dev/urandom. Until the core has
    # os.urandom(), the bytes come from a generator built on keyed BLAKE2b (a PRF), seeded
    # from _random.entropy() (SipHash under the hasher keys the Rust runtime draws from the
    # operating system, mixed with the clock), and rekeyed at every refill of its buffer.
    # A stopgap: os.urandom() in the core should replace it.

    class _Generator:
        """Output blocks are BLAKE2b(counter) under the key; every refill of the buffer ends
        with a new key, so that earlier output cannot be recomputed from the state."""

        def __init__(self):
            import _random
            import time
            import os
            import hashlib
            self._blake2b = hashlib.blake2b
            seed = [_random.entropy() for _ in range(8)]
            seed += [time.time_ns(), time.perf_counter_ns(), os.getpid(), id(object())]
            self._key = hashlib.blake2b(repr(seed).encode(), person=b'reap-secrets').digest()
            self._counter = 0
            self._buffer = b''

        def _block(self, person):
            self._counter += 1
            return self._blake2b(self._counter.to_bytes(16, 'little'), key=self._key,
                                 person=person).digest()

        def read(self, size):
            if size > len(self._buffer):
                count = max(16, -(-(size - len(self._buffer)) // 64))
                self._buffer += b''.join([self._block(b'output') for _ in range(count)])
                self._key = self._block(b'rekey')
            data = self._buffer[:size]
            self._buffer = self._buffer[size:]
            return data

    _generator = None

    def _urandom(size):
        """os.urandom() for Reap until its os has one: `size` random bytes."""
        global _generator
        size = _index(size)
        if size < 0:
            raise ValueError('negative argument not allowed')
        if _generator is None:
            _generator = _Generator()
        return _generator.read(size)


try:
    from random import SystemRandom
except ImportError:
    class SystemRandom(_random.Random):
        """random.Random drawing from os.urandom() instead of the Mersenne Twister: no seed,
        no state. (Reap's random has no SystemRandom yet; this one stands in for it.)"""

        def random(self):
            """A float in [0.0, 1.0) from 53 random bits."""
            return (int.from_bytes(_urandom(7), 'big') >> 3) * 2.0 ** -53

        def getrandbits(self, k):
            """An int of k random bits."""
            k = _index(k)
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            numbytes = (k + 7) // 8
            x = int.from_bytes(_urandom(numbytes), 'big')
            return x >> (numbytes * 8 - k)

        def randbytes(self, n):
            """n random bytes."""
            return _urandom(n)

        def seed(self, *args, **kwds):
            """Does nothing: the system source cannot be seeded."""
            return None

        def _notimplemented(self, *args, **kwds):
            """getstate() and setstate(): the system source has no state."""
            raise NotImplementedError('System entropy source does not have state.')

        getstate = setstate = _notimplemented

    SystemRandom.__module__ = 'random'


_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32  # bytes of randomness in a token when no size is given


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY if None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _urandom(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY if None) as a str of hexadecimal digits, two per
    byte."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY if None) in URL-safe Base64, without padding:
    about 1.3 characters per byte."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
