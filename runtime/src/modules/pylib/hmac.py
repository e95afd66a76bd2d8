"""HMAC (Keyed-Hashing for Message Authentication) module, written in Python for Reap.

Implements the HMAC algorithm as described by RFC 2104, on top of Reap's hashlib.

Results, attributes and error messages follow CPython 3.11 built with OpenSSL: a digest name
or one of hashlib's constructors behaves as OpenSSL's HMAC does there (SHAKE is refused with
"no reason supplied"); `_hmac` is always None (CPython keeps an OpenSSL object there) and the
inner and outer hash objects are in `_inner` and `_outer`. `compare_digest` compares without
stopping at the first difference, but Python code cannot promise constant time.
"""

import warnings as _warnings
import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# PEP 247's module-level digest size: none here, it depends on the digest (see each object's).
digest_size = None

try:
    from array import array as _array
    _BYTES_LIKE = (bytes, bytearray, memoryview, _array)
except ImportError:  # a host built without the `data` group has no arrays
    _BYTES_LIKE = (bytes, bytearray, memoryview)


def _is_buffer(obj):
    return isinstance(obj, _BYTES_LIKE)


def _buffer(obj):
    if isinstance(obj, (bytes, bytearray)):
        return obj
    if _is_buffer(obj):
        return bytes(obj)
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


def compare_digest(*args, **kwargs):
    """compare_digest(a, b): a == b for two str (ASCII only) or two bytes-like objects,
    looking at every byte whatever the first difference (meant against timing attacks; a
    difference in length shows, the contents do not)."""
    if kwargs:
        raise TypeError('_hashlib.compare_digest() takes no keyword arguments')
    if len(args) != 2:
        raise TypeError('compare_digest expected 2 arguments, got %d' % len(args))
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        if not _is_buffer(a) and not _is_buffer(b):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        a = _buffer(a)
        b = _buffer(b)
    # Every byte takes part, whatever the first difference: one XOR of the whole values.
    if len(a) != len(b):
        a = b
        equal = False
    else:
        equal = True
    return (int.from_bytes(a, 'big') ^ int.from_bytes(b, 'big')) == 0 and equal


def _openssl_engine(digestmod):
    """The hash engine OpenSSL would use for `digestmod` (a name or one of hashlib's
    constructors), or None when CPython takes its Python path."""
    if isinstance(digestmod, str):
        return _hashlib._engine_for_openssl(digestmod)
    try:
        return _hashlib._CONSTRUCTOR_ENGINES.get(digestmod)
    except TypeError:
        return None


def _check_openssl_engine(engine):
    if engine in _hashlib._XOF_ENGINES:
        raise ValueError('no reason supplied')


def _constructor(digestmod):
    """A function making a new hash object (optionally fed with data) from `digestmod`: a
    constructor, a digest name, or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _padded_key(key, make, block_size):
    """The key as HMAC uses it: hashed first if longer than a block, then zero-filled."""
    if len(key) > block_size:
        key = make(key).digest()
    return bytes(key).ljust(block_size, b'\0')


class HMAC:
    """HMAC (RFC 2104, RFC 4231) over any hash object with the PEP 247 interface.

    `new(key, msg, digestmod)` and `HMAC(...)` are the same. The object has update(),
    digest(), hexdigest() and copy() like a hash object, and name, digest_size and block_size.
    """
    blocksize = 64  # The block size assumed when the hash object gives none (or a tiny one).

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """key: bytes or bytearray; msg: data to start with (or None); digestmod: a name for
        hashlib.new(), a constructor such as hashlib.sha256, or a module with new(). Although
        it comes third, digestmod is required."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        try:
            engine = _openssl_engine(digestmod)
        except _hashlib._UnsupportedDigestmodError:
            engine = None
        if engine is not None:
            _check_openssl_engine(engine)
        make = _constructor(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        if not hasattr(self._inner, 'block_size'):
            _warnings.warn('No block_size attribute on given digest object; Assuming %d.'
                           % self.blocksize, RuntimeWarning, 2)
            size = self.blocksize
        elif self._inner.block_size < 16:
            _warnings.warn('block_size of %d seems too small; using our default of %d.'
                           % (self._inner.block_size, self.blocksize), RuntimeWarning, 2)
            size = self.blocksize
        else:
            size = self._inner.block_size
        self.block_size = size
        key = _padded_key(key, make, size)
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Adds the bytes of msg to the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        cls = type(self)
        other = cls.__new__(cls)
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other.digest_size = self.digest_size
        # As in CPython 3.11, block_size is not copied: the copy has no block_size.
        return other

    def _current(self):
        """The outer hash object fed with the inner digest so far (this object is unchanged)."""
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far, as bytes; more data may still be added."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the message so far, in hexadecimal."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: see HMAC. Feed it with update(); digest() or hexdigest() give the
    MAC of what it was given so far."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg with key, in one call; digest is a name, a constructor or a module as
    for new()."""
    if isinstance(digest, str) or _openssl_engine(digest) is not None:
        key = _buffer(key)
        msg = _buffer(msg)
        try:
            engine = _openssl_engine(digest)
        except _hashlib._UnsupportedDigestmodError:
            engine = None
        if engine is not None:
            _check_openssl_engine(engine)
            inner, outer = _hashlib._hmac_engines(engine, bytes(key))
            inner.update(msg)
            outer.update(inner.digest())
            return outer.digest()
    make = _constructor(digest)
    inner = make()
    outer = make()
    size = getattr(inner, 'block_size', 64)
    if len(key) > size:
        key = make(key).digest()
    key = key + b'\x00' * (size - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
