# hmac: RFC 2202 and RFC 4231 test vectors and the HMAC object's interface.
import hashlib
import hmac

# RFC 2202 (HMAC-MD5, HMAC-SHA1).
print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'md5').hexdigest())
print(hmac.new(b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First',
               hashlib.md5).hexdigest())
print(hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha1).hexdigest())
print(hmac.new(b'\xaa' * 20, b'\xdd' * 50, 'sha1').hexdigest())

# RFC 4231 (HMAC-SHA-2).
key, msg = b'\x0b' * 20, b'Hi There'
for name in ('sha224', 'sha256', 'sha384', 'sha512'):
    print(name, hmac.new(key, msg, name).hexdigest())
key = b'\xaa' * 131
msg = b'Test Using Larger Than Block-Size Key - Hash Key First'
for name in ('sha224', 'sha256', 'sha384', 'sha512'):
    print(name, hmac.new(key, msg, digestmod=name).hexdigest())

# Other digests, by name, constructor or module.
for digestmod in ('sha3_256', 'blake2b', 'blake2s', 'SHA256', 'sha-1', 'ripemd160', 'sm3',
                  'sha512_256', hashlib.sha3_512, hashlib.blake2s,
                  lambda d=b'': hashlib.blake2b(d, digest_size=20)):
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', digestmod)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())

# update() in pieces, copy(), digest() not ending the object.
h = hmac.new(b'secret', digestmod='sha256')
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
print(c.hexdigest() == hmac.new(b'secret', b'part one, ', 'sha256').hexdigest())
print(type(c).__name__, c.name, c.digest_size)
try:
    c.block_size  # CPython 3.11's copy() leaves it out
except AttributeError as e:
    print('copy has no block_size:', e)
print(h.digest() == h.digest(), len(h.digest()))
h.update(b'!')
print(h.hexdigest() == hmac.new(b'secret', b'part one, part two!', 'sha256').hexdigest())
print(hmac.new(bytearray(b'k'), bytearray(b'm'), 'sha256').hexdigest())
print(hmac.new(key=b'k', msg=b'm', digestmod='sha1').hexdigest())
print(hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.HMAC(b'k', digestmod='md5').hexdigest())

# hmac.digest(): the same values in one call.
print(hmac.digest(b'key', b'msg', 'md5').hex())
print(hmac.digest(b'key', b'msg', hashlib.sha256).hex())
print(hmac.digest(b'key', b'msg', hashlib.blake2b).hex()[:32])
print(hmac.digest(b'k' * 200, b'msg', 'sha512').hex()[:32])
print(hmac.digest(b'key', b'msg', 'sha256') == hmac.new(b'key', b'msg', 'sha256').digest())

# compare_digest.
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest(b'abc', b'ab'), hmac.compare_digest('abc', 'abc'),
      hmac.compare_digest(bytearray(b'a'), b'a'), hmac.compare_digest('', ''))
print(hmac.digest_size, hmac.HMAC.blocksize, len(hmac.trans_5C), hmac.trans_36[:4])
print(hmac.HMAC.__slots__)
