# timedelta: construction, normalisation, float rounding, arithmetic, str/repr.
from datetime import timedelta

# Typical use
d = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(repr(d), str(d))
print(d.days, d.seconds, d.microseconds, d.total_seconds())
print(timedelta(weeks=2) - timedelta(days=3))
print(timedelta(hours=36), timedelta(hours=-1), repr(timedelta(hours=-1)))

# Normalisation: days may be negative, seconds and microseconds never are
for args in [dict(seconds=-1), dict(microseconds=-1), dict(days=-1, seconds=86399),
             dict(seconds=86400 * 3 + 5), dict(milliseconds=-1500), dict(minutes=-1441)]:
    t = timedelta(**args)
    print(args, repr(t), t.days, t.seconds, t.microseconds, str(t))
print(repr(timedelta()), repr(timedelta(0, 0, 0)), str(timedelta()))
print(repr(timedelta(1, 2, 3)), repr(timedelta(days=-3, microseconds=5)))

# Floats: whole parts exactly, fractions pooled, rounded half to even
for args in [dict(days=1.5), dict(hours=1 / 3), dict(microseconds=0.5), dict(microseconds=1.5),
             dict(microseconds=2.5), dict(microseconds=-0.5), dict(microseconds=-1.5),
             dict(seconds=0.1234565), dict(days=1e-10), dict(seconds=1e-6),
             dict(weeks=0.1, days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1,
                  microseconds=0.1),
             dict(days=-0.5, seconds=0.25), dict(minutes=2.0), dict(seconds=True)]:
    print(args, repr(timedelta(**args)))

# Arithmetic
a, b = timedelta(hours=5), timedelta(minutes=50)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(b - a))
print(a * 3, 3 * a, a * -1, a * 0.1, 0.5 * a, a * 1e-7, a * 2.5)
print(a / 3, a / 7.0, a / 0.5, a / b, a // b, a % b, divmod(a, b))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(microseconds=5) * 0.5, timedelta(microseconds=15) * 0.1)
print(timedelta(microseconds=-5) // 2, timedelta(days=1) // 7, timedelta(days=-1) // timedelta(hours=5))
print(timedelta(days=1) % timedelta(hours=-5), divmod(timedelta(days=-1), timedelta(hours=7)))
print(timedelta(days=1) / timedelta(hours=-7), type(a // b).__name__)
print(timedelta(days=10) * (1 / 3), timedelta(seconds=1) / 3)

# total_seconds
for t in [timedelta(days=1, seconds=3, microseconds=7), timedelta(microseconds=-1),
          timedelta.max, timedelta.min, timedelta(weeks=52)]:
    print(repr(t), t.total_seconds())

# Comparisons, bool, hashing
print(a > b, a < b, a == timedelta(seconds=18000), a != b, a == 18000, a != 'x')
print(bool(timedelta()), bool(timedelta(microseconds=1)), bool(-timedelta(days=1)))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(len({timedelta(seconds=60), timedelta(minutes=1), timedelta(0, 60, 0)}))
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(seconds=1)]))
print(max(a, b), min(a, b), sum([a, b, b], timedelta()))

# Class attributes
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))
print(repr(-timedelta.min), repr(timedelta.max + timedelta.min))
print(timedelta(1, 2, 3).__reduce__()[1])
