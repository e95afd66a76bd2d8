# hashlib: BLAKE2b and BLAKE2s with their parameters (digest size, key, salt, person, tree).
import hashlib

# The documentation's examples.
h = hashlib.blake2b(digest_size=20)
h.update(b'Replacing SHA1 with the more secure function')
print(h.hexdigest())
print(hashlib.blake2b(b'Replacing SHA1', digest_size=10).hexdigest())
print(hashlib.blake2s(b'Replacing SHA1', digest_size=10).hexdigest())

# Keyed hashing (a MAC).
k = b'pseudorandom key'
print(hashlib.blake2b(b'message data', key=k, digest_size=16).hexdigest())
print(hashlib.blake2b(b'', key=b'k').hexdigest()[:32], hashlib.blake2b(key=b'k').hexdigest()[:32])
print(hashlib.blake2s(b'x' * 64, key=b'k' * 32).hexdigest())

# Randomized hashing with a salt, personalization.
msg = b'some message'
print(hashlib.blake2b(msg, salt=b'0123456789abcdef').hexdigest()[:32])
print(hashlib.blake2b(msg, salt=b'short').hexdigest()[:32])
print(hashlib.blake2b(msg, person=b'MyApp Files Hash').hexdigest()[:32])
print(hashlib.blake2s(msg, salt=b'12345678', person=b'me').hexdigest())

# Tree hashing parameters.
print(hashlib.blake2b(msg, fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1,
                      inner_size=64, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(msg, fanout=0, depth=255, leaf_size=2 ** 32 - 1, node_offset=2 ** 48 - 1,
                      node_depth=255, inner_size=32).hexdigest())
print(hashlib.blake2b(msg, node_offset=2 ** 64 - 1).hexdigest()[:32])

# Inputs around the block sizes (128 and 64 bytes): the last block is kept for the final flag.
for n in (0, 1, 63, 64, 65, 127, 128, 129, 256, 300):
    data = bytes(range(256)) * 2
    b = hashlib.blake2b(key=b'key')
    for i in range(0, n, 50):
        b.update(data[i:min(n, i + 50)])
    print(n, b.hexdigest()[:24], hashlib.blake2s(data[:n]).hexdigest()[:24])

# Attributes and copies.
h = hashlib.blake2b(b'abc', digest_size=33)
print(h.name, h.digest_size, h.block_size, len(h.digest()))
c = h.copy()
c.update(b'def')
print(h.hexdigest() != c.hexdigest(), c.hexdigest() == hashlib.blake2b(b'abcdef', digest_size=33).hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.SALT_SIZE,
      hashlib.blake2b.PERSON_SIZE)
print(hashlib.blake2s.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE,
      hashlib.blake2s.PERSON_SIZE)
print(hashlib.new('blake2b', b'abc', digest_size=8).hexdigest())
print(hashlib.new('blake2s', data=b'abc', key=b'k').hexdigest())


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = hashlib.blake2b
s = hashlib.blake2s
attempt(lambda: b(digest_size=0))
attempt(lambda: b(digest_size=65))
attempt(lambda: s(digest_size=33))
attempt(lambda: b(digest_size=1.0))
attempt(lambda: b(digest_size=2 ** 70))
attempt(lambda: b(key=b'x' * 65))
attempt(lambda: s(key=b'x' * 33))
attempt(lambda: b(key='text'))
attempt(lambda: b(salt=b'x' * 17))
attempt(lambda: s(salt=b'x' * 9))
attempt(lambda: b(person=b'x' * 17))
attempt(lambda: s(person=1))
attempt(lambda: b(fanout=256))
attempt(lambda: b(fanout=-1))
attempt(lambda: b(depth=0))
attempt(lambda: b(leaf_size=2 ** 32))
attempt(lambda: b(leaf_size=-1))
attempt(lambda: b(leaf_size=1.5))
attempt(lambda: b(leaf_size=2 ** 70))
attempt(lambda: b(node_offset=2 ** 64))
attempt(lambda: s(node_offset=2 ** 48))
attempt(lambda: b(node_offset=-1))
attempt(lambda: b(node_depth=256))
attempt(lambda: b(inner_size=65))
attempt(lambda: s(inner_size=-1))
attempt(lambda: b(key=b'x' * 80, fanout=300))
attempt(lambda: b(salt=b'x' * 20, key=b'x' * 80))
attempt(lambda: b('text'))
attempt(lambda: b(None))
attempt(lambda: b('text', digest_size=0))
attempt(lambda: b(b'a', b'b'))
attempt(lambda: b(data=b'a'))
attempt(lambda: b(foo=1))
attempt(lambda: h.update())
attempt(lambda: h.update(b'a', b'b'))
attempt(lambda: h.update(x=1))
attempt(lambda: h.update('text'))
attempt(lambda: h.digest(1))
attempt(lambda: setattr(h, 'name', 'x'))
attempt(lambda: setattr(h, 'foo', 1))
attempt(lambda: type('Sub', (hashlib.blake2b,), {}))
