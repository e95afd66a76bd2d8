# hmac: the arguments it refuses, compare_digest's type rules, the block size warnings.
import hashlib
import hmac
import warnings


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('no digestmod', lambda: hmac.new(b'k'))
attempt('no digestmod, msg', lambda: hmac.new(b'k', b'm'))
attempt('digestmod None', lambda: hmac.new(b'k', b'm', None))
attempt('digestmod empty', lambda: hmac.new(b'', b'', ''))
attempt('digestmod 0', lambda: hmac.new(b'', b'', 0))
attempt('unknown name', lambda: hmac.new(b'k', b'm', 'nope'))
attempt('digestmod int', lambda: hmac.new(b'k', b'm', 1))
attempt('digestmod hashlib', lambda: hmac.new(b'k', b'm', hashlib))
attempt('shake by name', lambda: hmac.new(b'k', b'm', 'shake_128'))
attempt('shake constructor', lambda: hmac.new(b'k', b'm', hashlib.shake_256))
attempt('key str', lambda: hmac.new('k', b'm', 'sha256'))
attempt('key int', lambda: hmac.new(1, b'm', 'sha256'))
attempt('msg str', lambda: hmac.new(b'k', 'm', 'sha256'))
attempt('msg int', lambda: hmac.new(b'k', 1, 'sha256'))
attempt('no key', lambda: hmac.new())
h = hmac.new(b'k', None, 'md5')
attempt('update str', lambda: h.update('x'))
attempt('update int', lambda: h.update(1))
attempt('set name', lambda: setattr(h, 'foo', 1))

attempt('digest unknown', lambda: hmac.digest(b'key', b'msg', 'nope'))
attempt('digest shake', lambda: hmac.digest(b'k', b'm', 'shake_128'))
attempt('digest msg str', lambda: hmac.digest(b'key', 'msg', 'md5'))
attempt('digest key str', lambda: hmac.digest('key', b'msg', 'md5'))
attempt('digest msg None', lambda: hmac.digest(b'k', None, 'md5'))
attempt('digest int', lambda: hmac.digest(b'k', b'', 1))
attempt('digest None', lambda: hmac.digest(b'k', b'', None))

c = hmac.compare_digest
for a, b in [(b'a', 1), (1, b'a'), ('a', 1), (1, 'a'), (b'a', 'a'), ('a', b'a'), ('\xe9', 'a'),
             ('a', '\xe9'), ('\xe9', b'a'), (1, 1), (None, None)]:
    attempt('compare %r %r' % (a, b), lambda: c(a, b))
attempt('compare 1 arg', lambda: c(b''))
attempt('compare 3 args', lambda: c(b'', b'', b''))
attempt('compare keywords', lambda: c(a=b'', b=b''))


class Tiny:
    """A PEP 247 hash object with a block size HMAC does not believe."""
    digest_size = 16
    block_size = 8

    def __init__(self, data=b''):
        self.h = hashlib.md5(data)

    def update(self, data):
        self.h.update(data)

    def copy(self):
        other = Tiny()
        other.h = self.h.copy()
        return other

    def digest(self):
        return self.h.digest()

    def hexdigest(self):
        return self.h.hexdigest()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    m = hmac.new(b'k', b'm', Tiny)
    print(m.block_size, m.digest_size, m.hexdigest())
    del Tiny.block_size
    m = hmac.new(b'k', b'm', Tiny)
    print(m.block_size, m.hexdigest())
for w in caught:
    print(w.category.__name__, w.message)
