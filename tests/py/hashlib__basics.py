# hashlib: typical use, as the documentation shows it.
import hashlib

m = hashlib.sha256()
m.update(b"Nobody inspects")
m.update(b" the spammish repetition")
print(m.digest())
print(m.hexdigest())
print(m.digest_size, m.block_size, m.name)

print(hashlib.sha224(b"Nobody inspects the spammish repetition").hexdigest())
print(hashlib.new('sha256', b"Nobody inspects the spammish repetition").hexdigest())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").hexdigest())

# Every guaranteed algorithm: its name, sizes, and the digest of a short message.
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(sorted(hashlib.__all__))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'abc')
    args = (20,) if name.startswith('shake') else ()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(*args))
    ctor = getattr(hashlib, name)
    print('  constructor agrees:', ctor(b'abc').hexdigest(*args) == h.hexdigest(*args))

# update() in pieces gives the digest of the whole; digest() does not end the object.
h = hashlib.sha512()
for piece in (b'a', b'bc', b'', b'd' * 200):
    h.update(piece)
print(h.hexdigest() == hashlib.sha512(b'abc' + b'd' * 200).hexdigest())
h.update(b'more')
print(h.hexdigest() == hashlib.sha512(b'abc' + b'd' * 200 + b'more').hexdigest())

# copy() shares the prefix only.
a = hashlib.md5(b'common prefix ')
b = a.copy()
a.update(b'one')
b.update(b'two')
print(a.hexdigest(), b.hexdigest())
print(a.hexdigest() == hashlib.md5(b'common prefix one').hexdigest())
print(type(b) is type(a), b.name)

# bytearray data, and the digest as bytes.
print(hashlib.sha1(bytearray(b'abc')).digest() == hashlib.sha1(b'abc').digest())
print(hashlib.blake2s(b'abc').digest().hex())

# usedforsecurity is accepted everywhere.
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest())
print(hashlib.new('sha1', b'x', usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b'x', usedforsecurity=False).hexdigest()[:16])

# Names new() knows beyond the guaranteed ones (OpenSSL's spellings too).
for name in ('SHA256', 'sha-256', 'sha2-256', 'MD5', 'sha512_224', 'sha512-256', 'sha3-256',
             'shake128', 'blake2b512', 'blake2s256', 'ripemd160', 'sm3', 'md5-sha1'):
    h = hashlib.new(name, b'abc')
    print(name, '->', h.name, h.digest_size, h.block_size,
          h.hexdigest(16) if h.name.startswith('shake') else h.hexdigest())

# The object types.
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__,
      type(hashlib.blake2b()).__name__, type(hashlib.blake2s()).__name__)
print(type(hashlib.md5()).__module__, type(hashlib.blake2b()).__module__)
print(isinstance(hashlib.shake_256(), type(hashlib.sha256())))
print(repr(hashlib.sha256()).split(' object')[0], repr(hashlib.shake_128()).split(' object')[0])
print(repr(hashlib.blake2b()).split(' object')[0])
print(hashlib.md5.__name__, hashlib.sha3_256.__name__, hashlib.blake2b.__name__, hashlib.new.__name__)
