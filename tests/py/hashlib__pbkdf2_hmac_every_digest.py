# pbkdf2_hmac over every digest hashlib names: the SHA-1/SHA-2/MD5 ones derive natively,
# the others in Python; the same keys, defaults (dklen: the digest size) and errors as CPython.
import hashlib
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'SHA256', 'sha512_256'):
    for dklen in (None, 1, 20, 64, 100):
        try:
            print(name, dklen, hashlib.pbkdf2_hmac(name, b'pw' * 40, b'salt', 3, dklen).hex())
        except Exception as e:
            print(name, dklen, type(e).__name__, e)
print(hashlib.pbkdf2_hmac('sha256', bytearray(b'password'), memoryview(b'salt'), 1000).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha1', password=b'', salt=b'', iterations=1, dklen=10).hex())
for bad in ((0,), (-1,), (2**31,), (2**63,)):
    try:
        hashlib.pbkdf2_hmac('sha256', b'p', b's', *bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
for dk in (0, -5, 2**31):
    try:
        hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, dk)
    except Exception as e:
        print(dk, type(e).__name__, e)
# The documentation's example (with fewer iterations).
our_app_iters = 5_000
print(hashlib.pbkdf2_hmac('sha256', b'password', b'bad salt' * 2, our_app_iters).hex())
