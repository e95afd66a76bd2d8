# random: seeding from str and bytes (CPython's version 2), the remaining distributions with
# CPython's sequences, SystemRandom; os.urandom.
import random, os
for seed in ["hello", b"bytes", bytearray(b"ba"), "", "ünïcode", 12345]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100))
random.seed(7)
print([round(random.lognormvariate(0, 1), 12) for _ in range(3)])
print([round(random.vonmisesvariate(1.0, 4.0), 12) for _ in range(3)], random.vonmisesvariate(0, 0) < 7)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.0, 3.0, 0.2)])
print([round(random.betavariate(2, 5), 12) for _ in range(3)])
print([round(random.paretovariate(3), 12) for _ in range(3)], [round(random.weibullvariate(1, 1.5), 12) for _ in range(3)])
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
r = random.Random("seed")
print(r.random(), r.choice("abcdef"), r.sample(range(100), 3))
s = random.SystemRandom()
x = s.random(); print(0 <= x < 1, 0 <= s.randint(1, 6) <= 6, len(s.randbytes(5)), s.getrandbits(0), s.getrandbits(8) < 256, s.seed(3))
try:
    s.getstate()
except NotImplementedError as e:
    print(e)
print(type(os.urandom(4)).__name__, len(os.urandom(16)), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
import secrets, uuid
print(len(secrets.token_hex(8)), uuid.uuid4().version)
