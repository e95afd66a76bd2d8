# hashlib: what the constructors, new() and the hash objects refuse, with CPython's messages.
import hashlib


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('md5(str)', lambda: hashlib.md5('abc'))
attempt('md5(int)', lambda: hashlib.md5(1))
attempt('md5(None)', lambda: hashlib.md5(None))
attempt('sha3_256(str)', lambda: hashlib.sha3_256('abc'))
attempt('shake_128(list)', lambda: hashlib.shake_128([1]))
attempt('md5(string=)', lambda: hashlib.md5(string=b'a').hexdigest())
attempt('md5(data=)', lambda: hashlib.md5(data=b'a'))
attempt('md5(2 args)', lambda: hashlib.md5(b'a', b'b'))
attempt('md5(3 args)', lambda: hashlib.md5(b'a', b'b', c=1))
attempt('md5(s=)', lambda: hashlib.md5(s=1))
attempt('md5(both)', lambda: hashlib.md5(b'', string=b''))
attempt('sha256(string= twice)', lambda: hashlib.md5(b'', usedforsecurity=1, string=b''))

attempt('new(foo)', lambda: hashlib.new('foo'))
attempt('new(foo, str)', lambda: hashlib.new('foo', 'abc'))
attempt('new(foo, int)', lambda: hashlib.new('foo', 5))
attempt('new(bytes name)', lambda: hashlib.new(b'md5'))
attempt('new(int name)', lambda: hashlib.new(1, 'abc'))
attempt('new(NUL)', lambda: hashlib.new('md5\x00x'))
attempt('new()', lambda: hashlib.new())
attempt('new(empty)', lambda: hashlib.new(''))
attempt('new(SHA3_256)', lambda: hashlib.new('SHA3_256'))
attempt('new(Blake2b)', lambda: hashlib.new('Blake2b'))
attempt('new(md5, str)', lambda: hashlib.new('md5', 'abc'))
attempt('new(md5, data=)', lambda: hashlib.new('md5', data=b'abc').hexdigest())
attempt('new(md5, string=)', lambda: hashlib.new('md5', string=b'abc'))
attempt('new(sha256, digest_size=)', lambda: hashlib.new('sha256', digest_size=5))
attempt('new(md5, 2 extra kw)', lambda: hashlib.new('md5', usedforsecurity=False, foo=1))
attempt('new(md5, 3 positional)', lambda: hashlib.new('md5', b'', b''))
attempt('new(blake2b, foo=)', lambda: hashlib.new('blake2b', foo=1))

h = hashlib.sha256(b'abc')
attempt('update(str)', lambda: h.update('x'))
attempt('update(int)', lambda: h.update(1))
attempt('update()', lambda: h.update())
attempt('update(2)', lambda: h.update(b'a', b'b'))
attempt('update(kw)', lambda: h.update(x=1))
attempt('digest(1)', lambda: h.digest(1))
attempt('digest(kw)', lambda: h.digest(x=1))
attempt('hexdigest(1)', lambda: h.hexdigest(1))
attempt('copy(1)', lambda: h.copy(1))
attempt('set name', lambda: setattr(h, 'name', 'x'))
attempt('set digest_size', lambda: setattr(h, 'digest_size', 1))
attempt('set other', lambda: setattr(h, 'foo', 'x'))
attempt('del name', lambda: delattr(h, 'name'))
attempt('del other', lambda: delattr(h, 'x'))
attempt('HASH()', lambda: type(h)())
attempt('HASHXOF()', lambda: type(hashlib.shake_128())())
attempt('sha3 digest(1)', lambda: hashlib.sha3_224().digest(1))
attempt('equality', lambda: hashlib.md5(b'abc') == hashlib.md5(b'abc'))
print('still usable:', h.hexdigest() == hashlib.sha256(b'abc').hexdigest())

import copy
attempt('copy.copy', lambda: copy.copy(hashlib.md5()))
attempt('copy.copy blake2b', lambda: copy.copy(hashlib.blake2b()))
