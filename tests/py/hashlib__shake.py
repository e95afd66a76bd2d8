# hashlib: SHAKE-128 and SHAKE-256, whose digests have any length.
import hashlib

h = hashlib.shake_128(b'The quick brown fox jumps over the lazy dog')
for n in (0, 1, 16, 32, 167, 168, 169, 400):
    d = h.digest(n)
    print(n, len(d), d[:8].hex(), d[-4:].hex(), h.hexdigest(n) == d.hex())
# A longer digest starts with the shorter one.
print(h.digest(500)[:300] == h.digest(300))
print(h.digest(length=5).hex())

s = hashlib.shake_256()
s.update(b'abc')
c = s.copy()
c.update(b'def')
print(s.hexdigest(10), c.hexdigest(10), hashlib.shake_256(b'abcdef').hexdigest(10))
print(s.name, s.digest_size, s.block_size, c.name, c.digest_size, c.block_size)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: h.digest())
attempt(lambda: h.hexdigest())
attempt(lambda: h.digest(1.5))
attempt(lambda: h.digest('3'))
attempt(lambda: h.digest(None))
attempt(lambda: h.digest(2 ** 63))
attempt(lambda: h.digest(1, 2))
attempt(lambda: h.digest(x=2))
attempt(lambda: h.digest(length=1, x=2))
attempt(lambda: h.digest(True))


class Three:
    def __index__(self):
        return 3


attempt(lambda: h.hexdigest(Three()))
attempt(lambda: hashlib.new('shake_256', b'x').hexdigest(4))
attempt(lambda: hashlib.shake_128().update('text'))
