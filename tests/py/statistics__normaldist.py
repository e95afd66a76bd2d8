# NormalDist: construction, the distribution functions, arithmetic, samples with a seed.
from statistics import NormalDist, StatisticsError
from fractions import Fraction as F


def show(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(result))


# The documentation's examples.
temperature_feb = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temperature_feb)
print(round(temperature_feb.mean, 1), round(temperature_feb.stdev, 1))
show('cdf', lambda: 1 - temperature_feb.cdf(5))
sat = NormalDist(1060, 195)
fraction = sat.cdf(1200 + 0.5) - sat.cdf(1100 - 0.5)
print(round(fraction * 100.0, 1))
print(list(map(round, sat.quantiles())))
print(list(map(round, sat.quantiles(n=10))))
temperature_february = NormalDist(5, 2.5)
print(temperature_february * (9 / 5) + 32)
birth_weights = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
drug_effects = NormalDist(0.4, 0.15)
combined = birth_weights + drug_effects
print(round(combined.mean, 1), round(combined.stdev, 1))
show('overlap', NormalDist(2.4, 1.6).overlap, NormalDist(3.2, 2.0))

# Attributes.
n = NormalDist(3, 2)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(NormalDist(), NormalDist(F(1, 2), F(1, 4)), NormalDist(sigma=0), NormalDist(mu=-1))

# Functions of the standard normal.
z = NormalDist()
for x in [-40, -8.5, -5, -3, -1.5, -1, -0.5, -0.1, 0, 1e-9, 0.3, 0.84, 1, 1.2, 2, 2.8, 3.9, 7, 9]:
    print(x, repr(z.pdf(x)), repr(z.cdf(x)), repr(z.zscore(x)))
for p in [1e-300, 1e-12, 0.001, 0.02, 0.075, 0.1, 0.25, 0.425, 0.5, 0.6, 0.9, 0.925, 0.975, 0.999999, 1 - 2**-53]:
    print(p, repr(z.inv_cdf(p)))
print(z.quantiles(), z.quantiles(5))

# Other distributions.
d = NormalDist(100, 15)
for x in [40, 70, 85, 99.5, 100, 115, 145.25]:
    print(x, repr(d.pdf(x)), repr(d.cdf(x)), repr(d.zscore(x)))
for p in [0.01, 0.3, 0.5, 0.7, 0.99]:
    x = d.inv_cdf(p)
    print(p, repr(x), repr(d.cdf(x)))
print(d.quantiles(10))

# overlap, in both orders.
pairs = [(NormalDist(0, 1), NormalDist(0, 1)), (NormalDist(0, 1), NormalDist(1, 1)),
         (NormalDist(0, 1), NormalDist(0, 2)), (NormalDist(10, 3), NormalDist(12, 0.5)),
         (NormalDist(-5, 1), NormalDist(5, 1)), (NormalDist(1.5, 0.1), NormalDist(1.2, 0.3))]
for a, b in pairs:
    print(a, b, repr(a.overlap(b)), a.overlap(b) == b.overlap(a))

# Arithmetic: shifting, scaling, and combining independent variables.
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, b - a, a + 5, 5 + a, a - 2.5, 2.5 - a, a * 2, -2 * a, a / 4, a / -0.5, -a, +a)
print(a + F(1, 2), a * F(1, 3))
print(a == NormalDist(10, 3), a == NormalDist(10.0, 3.0), a != b, a == 10, (a == 'x'), +a is a)
print(hash(a) == hash(NormalDist(10.0, 3.0)), len({a, NormalDist(10, 3), b}))
print(a.__getstate__())
c = NormalDist()
c.__setstate__((1.5, 2.5))
print(c)

# from_samples accepts any numbers and iterators.
print(NormalDist.from_samples([1, 2, 3, 4]))
print(NormalDist.from_samples(iter([F(1, 2), F(3, 2), F(5, 2)])))
print(NormalDist.from_samples([1.5, 1.5, 1.5]))
print(NormalDist.from_samples([1, 2, float('nan')]))
print(NormalDist.from_samples([1, 2, float('inf')]))


# A subclass keeps its name in repr.
class MyDist(NormalDist):
    pass


print(MyDist(1, 2), type(MyDist.from_samples([1, 2, 3])).__name__)

# samples(): reproducible with a seed (the generator is random.Random(seed)).
print(NormalDist(100, 15).samples(4, seed=8675309))
print(NormalDist().samples(3, seed=42))
print(NormalDist(0, 0).samples(2, seed=1), NormalDist(5, 1).samples(0, seed=1))
s1 = NormalDist(3, 1).samples(5, seed=12345)
s2 = NormalDist(3, 1).samples(5, seed=12345)
print(s1 == s2, len(NormalDist().samples(10)))

# Errors.
show('negative sigma', NormalDist, 0, -1)
show('str sigma', NormalDist, 0, 'x')
show('str mu', NormalDist, 'x', 1)
show('from_samples short', NormalDist.from_samples, [1])
show('from_samples str', NormalDist.from_samples, ['a', 'b'])
zero = NormalDist(3, 0)
show('pdf sigma 0', zero.pdf, 3)
show('cdf sigma 0', zero.cdf, 3)
show('zscore sigma 0', zero.zscore, 3)
show('inv_cdf sigma 0', zero.inv_cdf, 0.5)
show('quantiles sigma 0', zero.quantiles)
for p in [0, 1, -0.5, 1.5, 0.0, 1.0]:
    show('inv_cdf %r' % p, z.inv_cdf, p)
show('overlap sigma 0', zero.overlap, z)
show('overlap both', z.overlap, zero)
show('overlap other type', z.overlap, 1.0)
show('add str', lambda: z + 'x')
show('mul dist', lambda: z * z)
show('div zero', lambda: z / 0)
