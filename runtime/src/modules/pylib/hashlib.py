"""hashlib, written in Python for Reap: secure hashes and message digests.

Every algorithm is computed by _reap_digests (its blocks natively; CPython uses OpenSSL): MD5,
SHA-1, SHA-224/256/384/512, SHA-512/224, SHA-512/256, SHA3-224/256/384/512, SHAKE-128/256,
BLAKE2b and BLAKE2s (keys, salt, personalization and the tree parameters), RIPEMD-160, SM3 and
OpenSSL's MD5-SHA1. Objects, names and error messages follow CPython 3.11 built with OpenSSL:
`md5()`, `sha256()` and the others return `_hashlib.HASH` objects (`_hashlib.HASHXOF` for SHAKE),
`blake2b()`/`blake2s()` are the classes `_blake2.blake2b`/`_blake2.blake2s`.

Differences a script can see:
- the data may be bytes, bytearray, memoryview or array.array: Reap has no other object with
  the buffer protocol;
- a megabyte hashes in a few milliseconds with MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2
  (about CPython's time), but RIPEMD-160 and SM3 run in Python (about a second); a SHAKE digest
  of 4 GiB or more raises MemoryError;
- `scrypt` is not provided.
"""

import _reap_digests as _engines
import _reap_digest_blocks as _blocks

_M32 = 0xFFFFFFFF

try:
    from array import array as _array
    _BYTES_LIKE = (bytes, bytearray, memoryview, _array)
except ImportError:  # a host built without the `data` group has no arrays
    _BYTES_LIKE = (bytes, bytearray, memoryview)


# ---------------------------------------------------------------------------------------------
# Argument handling, with the messages of CPython's C functions.

_MISSING = object()
_XOF_ENGINES = (_engines.SHAKE_128, _engines.SHAKE_256)


def _unpack(fname, args, kwargs, names, posonly, maxpos, required):
    """The values of the parameters `names` of a C function called with args and kwargs (the
    first `posonly` positional-only, `maxpos` positional, `required` required); _MISSING for
    those not given."""
    nargs = len(args)
    maxargs = len(names)
    if nargs + len(kwargs) > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (fname, maxargs, 'keyword ' if nargs == 0 else '',
                           '' if maxargs == 1 else 's', nargs + len(kwargs)))
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError('%s() takes no positional arguments' % fname)
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (fname, 'at most' if required < maxpos else 'exactly', maxpos,
                           '' if maxpos == 1 else 's', nargs))
    values = list(args) + [_MISSING] * (maxargs - nargs)
    left = len(kwargs)
    for i in range(max(nargs, posonly), maxargs):
        value = kwargs.get(names[i], _MISSING) if left else _MISSING
        if value is not _MISSING:
            values[i] = value
            left -= 1
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    if left:
        for i in range(posonly, nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, names[i], i + 1))
        for key in kwargs:
            if key not in names[posonly:]:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))
    return values


def _index(value):
    """What C's integer converters accept: an int, or an object with __index__."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _c_int(value, bits, kind):
    value = _index(value)
    if not -(1 << (bits - 1)) <= value < (1 << (bits - 1)):
        raise OverflowError('Python int too large to convert to C ' + kind)
    return value


def _c_unsigned(value, bits, message):
    """CPython's unsigned converters: an exact int is required, not __index__."""
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if value < 0:
        raise ValueError('value must be positive')
    if value >> bits:
        raise OverflowError(message)
    return int(value)


def _data(obj):
    """The bytes-like data a hash object is fed with."""
    if isinstance(obj, (bytes, bytearray)):
        return obj
    if isinstance(obj, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(obj, _BYTES_LIKE):
        return bytes(obj)
    raise TypeError('object supporting the buffer API required')


def _buffer(obj):
    """The 'y*' converter: any bytes-like object."""
    if isinstance(obj, _BYTES_LIKE):
        return bytes(obj) if not isinstance(obj, (bytes, bytearray)) else obj
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


def _type_name(cls):
    if cls in (_HASH, _HASHXOF, blake2b, blake2s):
        return cls.__module__ + '.' + cls.__qualname__
    return cls.__name__


def _no_args(self, method, args, kwargs):
    if kwargs:
        raise TypeError('%s.%s() takes no keyword arguments' % (self._qual, method))
    if args:
        raise TypeError('%s.%s() takes no arguments (%d given)' % (self._qual, method, len(args)))


# Methods shared by the hash object types.

def _update(self, *args, **kwargs):
    """Adds the bytes of the argument to the message."""
    if kwargs:
        raise TypeError('%s.update() takes no keyword arguments' % self._qual)
    if len(args) != 1:
        raise TypeError('%s.update() takes exactly one argument (%d given)'
                        % (self._qual, len(args)))
    self._h.update(_data(args[0]))


def _digest(self, *args, **kwargs):
    """The hash of the message so far, as bytes (more data may still be added)."""
    _no_args(self, 'digest', args, kwargs)
    return self._h.digest()


def _hexdigest(self, *args, **kwargs):
    """The hash of the message so far, in hexadecimal."""
    _no_args(self, 'hexdigest', args, kwargs)
    return self._h.digest().hex()


def _copy(self, *args, **kwargs):
    """An independent hash object in the same state."""
    _no_args(self, 'copy', args, kwargs)
    return _wrap(type(self), self._h.copy())


def _wrap(cls, engine):
    obj = object.__new__(cls)
    object.__setattr__(obj, '_h', engine)
    return obj


def _setattr(self, name, value):
    if name in ('name', 'digest_size', 'block_size'):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, _type_name(type(self))))
    raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(type(self)), name))


def _delattr(self, name):
    _setattr(self, name, None)


def _reduce_ex(self, protocol):
    raise TypeError("cannot pickle '%s' object" % self._pickle_name)


def _no_instances(cls, *args, **kwargs):
    raise TypeError("cannot create '%s' instances" % _type_name(cls))


class _HASH:
    """The object md5(), sha256() and the other constructors return: update(data) adds to the
    message, digest() and hexdigest() give the hash of the message so far, copy() an
    independent object in the same state; name, digest_size and block_size describe the
    algorithm."""

    __slots__ = ('_h',)
    _qual = 'HASH'
    _pickle_name = '_hashlib.HASH'
    __new__ = _no_instances
    name = property(lambda self: self._h.name)
    digest_size = property(lambda self: self._h.digest_size)
    block_size = property(lambda self: self._h.block_size)
    update = _update
    digest = _digest
    hexdigest = _hexdigest
    copy = _copy
    __setattr__ = _setattr
    __delattr__ = _delattr
    __reduce_ex__ = _reduce_ex

    def __repr__(self):
        return '<%s %s object @ 0x%x>' % (self.name, _type_name(type(self)), id(self))


class _UnsupportedDigestmodError(ValueError):
    pass


def _xof_length(value, hexadecimal):
    length = _index(value)
    if not -(1 << 63) <= length < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    if length < 0:
        if hexadecimal:
            raise MemoryError()
        raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
    if length >= 1 << 32:
        raise MemoryError()
    return length


class _HASHXOF(_HASH):
    """The objects of shake_128() and shake_256(): like HASH, but digest() and hexdigest()
    take the length of the output in bytes (digest_size is 0)."""

    __slots__ = ()
    _pickle_name = '_hashlib.HASHXOF'

    def digest(self, *args, **kwargs):
        """The first `length` bytes of the output for the message so far."""
        length, = _unpack('digest', args, kwargs, ('length',), 0, 1, 1)
        return self._h.digest(_xof_length(length, False))

    def hexdigest(self, *args, **kwargs):
        """digest(length), in hexadecimal."""
        length, = _unpack('hexdigest', args, kwargs, ('length',), 0, 1, 1)
        return self._h.digest(_xof_length(length, True)).hex()


for _cls, _name in ((_HASH, 'HASH'), (_HASHXOF, 'HASHXOF'), (_UnsupportedDigestmodError,
                                                               'UnsupportedDigestmodError')):
    _cls.__module__ = '_hashlib'
    _cls.__name__ = _cls.__qualname__ = _name
for _name in ('update', 'digest', 'hexdigest', 'copy'):
    _method = getattr(_HASH, _name)
    _method.__name__ = _name
    _method.__qualname__ = 'HASH.' + _name


def _new_hash(engine, data):
    """A HASH object running `engine`, fed with `data` (_MISSING: none)."""
    if data is not _MISSING:
        data = _data(data)
    obj = _wrap(_HASHXOF if engine in _XOF_ENGINES else _HASH, engine())
    if data is not _MISSING and data:
        obj._h.update(data)
    return obj


# The engine behind each constructor (hmac uses it as CPython's hmac uses OpenSSL).
_CONSTRUCTOR_ENGINES = {}


def _hash_constructor(engine):
    fname = 'openssl_' + engine.name

    def constructor(*args, **kwargs):
        string, usedforsecurity = _unpack(fname, args, kwargs, ('string', 'usedforsecurity'),
                                          0, 1, 0)
        return _new_hash(engine, string)

    constructor.__name__ = constructor.__qualname__ = fname
    constructor.__module__ = '_hashlib'
    _CONSTRUCTOR_ENGINES[constructor] = engine
    constructor.__doc__ = 'Returns a %s hash object; optionally initialized with a string' % (
        engine.name if engine in _XOF_ENGINES else engine.name.upper().replace('_', '-'))
    return constructor


md5 = _hash_constructor(_engines.MD5)
sha1 = _hash_constructor(_engines.SHA1)
sha224 = _hash_constructor(_engines.SHA224)
sha256 = _hash_constructor(_engines.SHA256)
sha384 = _hash_constructor(_engines.SHA384)
sha512 = _hash_constructor(_engines.SHA512)
sha3_224 = _hash_constructor(_engines.SHA3_224)
sha3_256 = _hash_constructor(_engines.SHA3_256)
sha3_384 = _hash_constructor(_engines.SHA3_384)
sha3_512 = _hash_constructor(_engines.SHA3_512)
shake_128 = _hash_constructor(_engines.SHAKE_128)
shake_256 = _hash_constructor(_engines.SHAKE_256)


# BLAKE2: the classes of CPython's _blake2 module.

_BLAKE2_PARAMS = ('data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth',
                  'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node',
                  'usedforsecurity')


def _blake2_new(cls, args, kwargs):
    engine = cls._engine
    wide = engine is _engines.BLAKE2B
    max_size = 64 if wide else 32
    salt_size = 16 if wide else 8
    (data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
     inner_size, last_node, usedforsecurity) = _unpack(cls.__name__, args, kwargs,
                                                       _BLAKE2_PARAMS, 1, 1, 0)
    # The converters, in parameter order.
    digest_size = max_size if digest_size is _MISSING else _c_int(digest_size, 32, 'int')
    key = b'' if key is _MISSING else _buffer(key)
    salt = b'' if salt is _MISSING else _buffer(salt)
    person = b'' if person is _MISSING else _buffer(person)
    fanout = 1 if fanout is _MISSING else _c_int(fanout, 32, 'int')
    depth = 1 if depth is _MISSING else _c_int(depth, 32, 'int')
    leaf_size = (0 if leaf_size is _MISSING else
                 _c_unsigned(leaf_size, 64, 'Python int too large to convert to C unsigned long'))
    node_offset = (0 if node_offset is _MISSING else
                   _c_unsigned(node_offset, 64, 'int too big to convert'))
    node_depth = 0 if node_depth is _MISSING else _c_int(node_depth, 32, 'int')
    inner_size = 0 if inner_size is _MISSING else _c_int(inner_size, 32, 'int')
    last_node = False if last_node is _MISSING else bool(last_node)
    if usedforsecurity is not _MISSING:
        bool(usedforsecurity)
    # The checks of the values.
    if not 1 <= digest_size <= max_size:
        raise ValueError('digest_size must be between 1 and %d bytes' % max_size)
    if len(salt) > salt_size:
        raise ValueError('maximum salt length is %d bytes' % salt_size)
    if len(person) > salt_size:
        raise ValueError('maximum person length is %d bytes' % salt_size)
    if not 0 <= fanout <= 255:
        raise ValueError('fanout must be between 0 and 255')
    if not 1 <= depth <= 255:
        raise ValueError('depth must be between 1 and 255')
    if leaf_size > _M32:
        raise OverflowError('leaf_size is too large')
    if not wide and node_offset >= 1 << 48:
        raise OverflowError('node_offset is too large')
    if not 0 <= node_depth <= 255:
        raise ValueError('node_depth must be between 0 and 255')
    if not 0 <= inner_size <= max_size:
        raise ValueError('inner_size must be between 0 and is %d' % max_size)
    if len(key) > max_size:
        raise ValueError('maximum key length is %d bytes' % max_size)
    if data is not _MISSING:
        data = _data(data)
    params = (bytes((digest_size, len(key), fanout, depth)) + leaf_size.to_bytes(4, 'little')
              + node_offset.to_bytes(8 if wide else 6, 'little') + bytes((node_depth, inner_size))
              + bytes(14 if wide else 0) + bytes(salt).ljust(salt_size, b'\0')
              + bytes(person).ljust(salt_size, b'\0'))
    obj = _wrap(cls, engine(params, bytes(key), digest_size, last_node))
    if data is not _MISSING and data:
        obj._h.update(data)
    return obj


def _no_subclass(base):
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % _type_name(base))
    return classmethod(__init_subclass__)


class blake2b:
    """BLAKE2b (64-bit words, digests up to 64 bytes), optionally keyed, salted,
    personalized, and with the parameters of tree hashing."""

    __slots__ = ('_h',)
    _qual = 'blake2b'
    _pickle_name = '_blake2.blake2b'
    _engine = _engines.BLAKE2B
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    PERSON_SIZE = 16
    SALT_SIZE = 16

    def __new__(cls, *args, **kwargs):
        return _blake2_new(cls, args, kwargs)

    name = property(lambda self: self._h.name)
    digest_size = property(lambda self: self._h.digest_size)
    block_size = property(lambda self: self._h.block_size)
    update = _update
    digest = _digest
    hexdigest = _hexdigest
    copy = _copy
    __setattr__ = _setattr
    __delattr__ = _delattr
    __reduce_ex__ = _reduce_ex


class blake2s:
    """BLAKE2s (32-bit words, digests up to 32 bytes), optionally keyed, salted,
    personalized, and with the parameters of tree hashing."""

    __slots__ = ('_h',)
    _qual = 'blake2s'
    _pickle_name = '_blake2.blake2s'
    _engine = _engines.BLAKE2S
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    PERSON_SIZE = 8
    SALT_SIZE = 8

    def __new__(cls, *args, **kwargs):
        return _blake2_new(cls, args, kwargs)

    name = property(lambda self: self._h.name)
    digest_size = property(lambda self: self._h.digest_size)
    block_size = property(lambda self: self._h.block_size)
    update = _update
    digest = _digest
    hexdigest = _hexdigest
    copy = _copy
    __setattr__ = _setattr
    __delattr__ = _delattr
    __reduce_ex__ = _reduce_ex


for _cls in (blake2b, blake2s):
    _cls.__module__ = '_blake2'
    _cls.__init_subclass__ = _no_subclass(_cls)


def _default_blake2(engine):
    size = 64 if engine is _engines.BLAKE2B else 32
    params = bytes((size, 0, 1, 1)) + bytes(len(engine._spec[6]) * engine._spec[0] // 8 - 4)
    return lambda: engine(params, b'', size, False)


# ---------------------------------------------------------------------------------------------
# new() and the names it knows.

# Names OpenSSL knows, in any case.
_OPENSSL_NAMES = {}
for _engine, _names in (
        (_engines.MD5, 'md5 ssl3-md5'), (_engines.SHA1, 'sha1 sha-1 ssl3-sha1'),
        (_engines.SHA224, 'sha224 sha-224 sha2-224'), (_engines.SHA256, 'sha256 sha-256 sha2-256'),
        (_engines.SHA384, 'sha384 sha-384 sha2-384'), (_engines.SHA512, 'sha512 sha-512 sha2-512'),
        (_engines.SHA512_224, 'sha512-224 sha2-512/224 sha-512/224'),
        (_engines.SHA512_256, 'sha512-256 sha2-512/256 sha-512/256'),
        (_engines.SHA3_224, 'sha3-224'), (_engines.SHA3_256, 'sha3-256'),
        (_engines.SHA3_384, 'sha3-384'), (_engines.SHA3_512, 'sha3-512'),
        (_engines.SHAKE_128, 'shake128 shake-128'), (_engines.SHAKE_256, 'shake256 shake-256'),
        (_engines.BLAKE2B, 'blake2b512 blake2b-512'),
        (_engines.BLAKE2S, 'blake2s256 blake2s-256'),
        (_engines.RIPEMD160, 'ripemd160 ripemd-160 rmd160 ripemd'),
        (_engines.MD5SHA1, 'md5-sha1'), (_engines.SM3, 'sm3')):
    for _name in _names.split():
        _OPENSSL_NAMES[_name] = _engine
# Python's names, as they are spelled.
_PYTHON_NAMES = {'sha3_224': _engines.SHA3_224, 'sha3_256': _engines.SHA3_256,
                 'sha3_384': _engines.SHA3_384, 'sha3_512': _engines.SHA3_512,
                 'shake_128': _engines.SHAKE_128, 'shake_256': _engines.SHAKE_256,
                 'sha512_224': _engines.SHA512_224, 'sha512_256': _engines.SHA512_256,
                 'SHA512_224': _engines.SHA512_224, 'SHA512_256': _engines.SHA512_256}


def _engine_for(name):
    """The engine class (or maker) for a digest name, None if unknown."""
    engine = _PYTHON_NAMES.get(name) or _OPENSSL_NAMES.get(name.lower())
    if engine is _engines.BLAKE2B or engine is _engines.BLAKE2S:
        return _default_blake2(engine)
    return engine


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'', **kwargs): a hash object for the algorithm `name` (any name of
    algorithms_available, and OpenSSL's spellings such as 'SHA256' or 'sha3-256'), fed with
    `data`. Keyword arguments go to blake2b() and blake2s()."""
    if name in ('blake2b', 'blake2s') and isinstance(name, str):
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    _unpack('new', (name, data), kwargs, ('name', 'string', 'usedforsecurity'), 0, 2, 1)
    if not isinstance(name, str) or '\0' in name:
        raise TypeError('name must be a string')
    data = _data(data)
    engine = _engine_for(name)
    if engine is None:
        raise ValueError('unsupported hash type ' + name)
    obj = _wrap(_HASHXOF if engine in _XOF_ENGINES else _HASH, engine())
    if data:
        obj._h.update(data)
    return obj


new = __hash_new
del __hash_new

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b',
                         'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128',
                         'shake_256'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256', 'ripemd160', 'sm3',
                                                'md5-sha1'}

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')


# ---------------------------------------------------------------------------------------------
# pbkdf2_hmac and file_digest.

def _engine_for_openssl(name):
    """The engine for a digest name given to one of _hashlib's functions; raises
    _UnsupportedDigestmodError if unknown."""
    engine = None
    if name == 'blake2b':
        engine = _default_blake2(_engines.BLAKE2B)
    elif name == 'blake2s':
        engine = _default_blake2(_engines.BLAKE2S)
    elif '\0' not in name:
        engine = _engine_for(name)
    if engine is None:
        raise _UnsupportedDigestmodError('[digital envelope routines] unsupported')
    return engine


def pbkdf2_hmac(*args, **kwargs):
    """pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): PBKDF2 (PKCS #5 v2.0,
    RFC 8018) with HMAC over the named digest; dklen defaults to the digest size."""
    hash_name, password, salt, iterations, dklen = _unpack(
        'pbkdf2_hmac', args, kwargs, ('hash_name', 'password', 'salt', 'iterations', 'dklen'),
        0, 5, 4)
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    password = bytes(_buffer(password))
    salt = bytes(_buffer(salt))
    iterations = _c_int(iterations, 64, 'long')
    engine = _engine_for_openssl(hash_name)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if iterations > 0x7FFFFFFF:
        raise OverflowError('iteration value is too great.')
    if dklen is _MISSING or dklen is None:
        # (SHAKE has a size in OpenSSL: the derivation fails later, as there.)
        dklen = engine().digest_size or 32
    else:
        dklen = _c_int(dklen, 64, 'long')
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if dklen > 0x7FFFFFFF:
        raise OverflowError('key length is too great.')
    if engine in _XOF_ENGINES:
        raise ValueError('no reason supplied')
    derived = _blocks.pbkdf2_hmac(engine().name, password, salt, iterations, dklen)
    if derived is not None:
        return derived
    inner, outer = _hmac_engines(engine, password)
    size = inner.digest_size
    blocks = []
    from_bytes = int.from_bytes
    for number in range(1, -(-dklen // size) + 1):
        h = inner.copy()
        h.update(salt + number.to_bytes(4, 'big'))
        o = outer.copy()
        o.update(h.digest())
        u = o.digest()
        result = from_bytes(u, 'big')
        for _ in range(iterations - 1):
            h = inner.copy()
            h.update(u)
            o = outer.copy()
            o.update(h.digest())
            u = o.digest()
            result ^= from_bytes(u, 'big')
        blocks.append(result.to_bytes(size, 'big'))
    return b''.join(blocks)[:dklen]


def _hmac_engines(engine, key):
    """The inner and outer engines of HMAC with `key`, fed with the padded key."""
    inner = engine()
    outer = engine()
    bs = inner.block_size
    if len(key) > bs:
        hashed = engine()
        hashed.update(key)
        key = hashed.digest()
    key = key.ljust(bs, b'\0')
    inner.update(bytes(b ^ 0x36 for b in key))
    outer.update(bytes(b ^ 0x5C for b in key))
    return inner, outer


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object `digest` (a name for new(), or a function returning a hash object)
    fed with everything `fileobj` (a file opened in binary mode, or a BytesIO) has left."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable():
        buf = bytearray(_bufsize)
        while True:
            size = fileobj.readinto(buf)
            if size == 0:
                break
            digestobj.update(buf if size == len(buf) else buf[:size])
        return digestobj
    raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")


del _cls, _engine, _names, _name, _method
