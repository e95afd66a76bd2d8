# secrets: tokens and random choices. The values are random: only their lengths, types,
# alphabets and ranges are printed.
import secrets
import string

print(sorted(secrets.__all__))
print(secrets.DEFAULT_ENTROPY)

for n in (None, 0, 1, 16, 33):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h),
          set(h) <= set('0123456789abcdef'), type(u).__name__, len(u),
          set(u) <= set(string.ascii_letters + string.digits + '-_'))
print(len(secrets.token_bytes(True)), len(secrets.token_hex(nbytes=5)))

# Tokens differ from one call to the next (2**-128 chance of a false alarm).
print(len({secrets.token_bytes(16) for _ in range(20)}))

print(all(0 <= secrets.randbelow(10) < 10 for _ in range(300)))
print(sorted({secrets.randbelow(3) for _ in range(300)}))
print(secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(300)), secrets.randbits(0))
print(max(secrets.randbits(1) for _ in range(100)) == 1)
print(secrets.choice('a'), secrets.choice([7]), secrets.choice('abc') in 'abc')
print(sorted({secrets.choice(['x', 'y']) for _ in range(200)}))

# A password generator, as the documentation suggests.
alphabet = string.ascii_letters + string.digits
password = ''.join(secrets.choice(alphabet) for i in range(12))
print(len(password), all(c in alphabet for c in password))

print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'))

# SystemRandom: a random.Random without seed or state.
r = secrets.SystemRandom()
print(isinstance(r, __import__('random').Random), type(r).__name__)
print(all(0.0 <= r.random() < 1.0 for _ in range(200)))
print(all(3 <= r.randint(3, 9) <= 9 for _ in range(200)))
print(sorted(r.sample(range(10), 10)), len(r.randbytes(7)), r.getrandbits(0))
x = list(range(20))
r.shuffle(x)
print(sorted(x) == list(range(20)))
print(r.seed(42), secrets.SystemRandom(5).random() < 1.0)


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('token_bytes(-1)', lambda: secrets.token_bytes(-1))
attempt('token_bytes(1.5)', lambda: secrets.token_bytes(1.5))
attempt("token_bytes('1')", lambda: secrets.token_bytes('1'))
attempt('token_hex(-1)', lambda: secrets.token_hex(-1))
attempt('token_urlsafe(0)', lambda: secrets.token_urlsafe(0))
attempt('randbits(-1)', lambda: secrets.randbits(-1))
attempt('randbits(1.5)', lambda: secrets.randbits(1.5))
attempt('randbelow(0)', lambda: secrets.randbelow(0))
attempt('randbelow(-5)', lambda: secrets.randbelow(-5))
attempt('randbelow(1.5)', lambda: secrets.randbelow(1.5))
attempt("randbelow('x')", lambda: secrets.randbelow('x'))
attempt('choice([])', lambda: secrets.choice([]))
attempt('choice({})', lambda: secrets.choice({}))
attempt('getstate', lambda: r.getstate())
attempt('setstate', lambda: r.setstate(None))
attempt('randbytes(-1)', lambda: r.randbytes(-1))
