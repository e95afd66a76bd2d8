"""secrets, written in Python for Reap (PEP 506): random numbers and tokens strong enough for
passwords, authentication tokens and other secrets, following CPython 3.11.

The randomness comes from os.urandom() through random.SystemRandom.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']


import base64
import binascii

from hmac import compare_digest


from os import urandom as _urandom
from random import SystemRandom


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
