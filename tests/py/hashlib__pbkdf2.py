# hashlib.pbkdf2_hmac: RFC 6070 vectors (small iteration counts) and its argument checks.
import hashlib

print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 50, 25).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass\0word', b'sa\0lt', 10, 16).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 30).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 30, 10).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 3, 100).hex())
print(hashlib.pbkdf2_hmac('md5', b'p' * 100, b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('blake2b', b'pw', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('SHA256', bytearray(b'pw'), bytearray(b'salt'), 2, None).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha1', password=b'', salt=b'', iterations=1, dklen=None).hex())


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


p = hashlib.pbkdf2_hmac
attempt('iterations 0', lambda: p('sha256', b'pw', b'salt', 0))
attempt('iterations -1', lambda: p('sha256', b'pw', b'salt', -1))
attempt('iterations 2**31', lambda: p('sha1', b'p', b's', 2 ** 31))
attempt('iterations 2**63', lambda: p('sha1', b'p', b's', 2 ** 63))
attempt('iterations float', lambda: p('sha256', b'pw', b'salt', 1.0))
attempt('iterations str', lambda: p('sha1', b'p', b's', '1'))
attempt('dklen 0', lambda: p('sha256', b'pw', b'salt', 1, 0))
attempt('dklen -1', lambda: p('sha256', b'pw', b'salt', 1, -1))
attempt('dklen 2**31', lambda: p('sha1', b'p', b's', 1, 2 ** 31))
attempt('dklen float', lambda: p('sha256', b'pw', b'salt', 1, 1.0))
attempt('password str', lambda: p('sha256', 'pw', b'salt', 1))
attempt('salt str', lambda: p('sha256', b'pw', 'salt', 1))
attempt('salt None', lambda: p('sha1', b'p', None, 1))
attempt('hash_name int', lambda: p(1, b'pw', b'salt', 1))
attempt('unknown hash', lambda: p('nope', b'pw', b'salt', 1))
attempt('shake', lambda: p('shake_128', b'pw', b'salt', 1))
attempt('missing', lambda: p('sha1', b'p', b's'))
attempt('too many', lambda: p('sha1', b'p', b's', 1, 1, 1))
try:
    p('nope', b'pw', b'salt', 1)
except ValueError as e:
    print(type(e).__module__, type(e).__name__, isinstance(e, ValueError))
