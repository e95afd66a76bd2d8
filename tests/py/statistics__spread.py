# Spread: variance, pvariance, stdev, pstdev — exact sums of squares, correctly rounded roots.
from statistics import variance, pvariance, stdev, pstdev, mean, StatisticsError
from fractions import Fraction as F


def show(label, fn, *args):
    try:
        result = fn(*args)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(result), type(result).__name__)


# The documentation's examples.
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
show('variance', variance, data)
show('variance xbar', variance, data, mean(data))
show('variance Fractions', variance, [F(1, 6), F(1, 2), F(5, 3)])
show('pvariance', pvariance, [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
show('pvariance mu', pvariance, [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], 1.375)
show('pvariance Fractions', pvariance, [F(1, 4), F(5, 4), F(1, 2)])
show('stdev', stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show('pstdev', pstdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])

# Types: ints give an int variance only when it is whole; standard deviations are floats.
show('variance ints whole', variance, [1, 3, 5])
show('variance ints', variance, [1, 2, 3, 4])
show('pvariance ints', pvariance, [1, 2, 3, 4])
show('variance bools', variance, [True, False, True, True])
show('variance mixed', variance, [1, F(1, 2), 2])
show('variance Fraction+float', variance, [F(1, 3), 0.5, 2])
show('stdev ints', stdev, [1, 3, 5])
show('stdev Fractions', stdev, [F(1, 3), F(2, 3), F(5, 3)])
show('pstdev Fractions', pstdev, [F(1, 3), F(2, 3)])
show('variance iterator', variance, iter([1, 2, 4, 8]))
show('pvariance generator', pvariance, (x * 0.5 for x in range(7)))

# A given mean is used as it is (the deviations are computed in the data's arithmetic).
show('variance xbar float', variance, [1, 2, 3, 4], 2.5)
show('variance xbar Fraction', variance, [1, 2, 3, 4], F(5, 2))
show('variance wrong xbar', variance, [1, 2, 3, 4], 0)
show('pvariance mu int', pvariance, [1, 2, 3, 4], 2)
show('stdev xbar', stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
show('pstdev mu', pstdev, [1, 2, 3, 4], F(5, 2))

# Exactness: a large offset does not swamp the small spread, and roots are correctly rounded.
show('offset variance', variance, [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
show('offset pstdev', pstdev, [1e15 + 0.5, 1e15 + 1.5])
show('tenths variance', variance, [0.1, 0.2, 0.3, 0.4, 0.5])
show('tenths stdev', stdev, [0.1, 0.2, 0.3, 0.4, 0.5])
show('big ints stdev', stdev, [10**40, 10**40 + 2, 10**40 + 4])
show('huge floats pstdev', pstdev, [1e300, -1e300])
show('tiny floats pstdev', pstdev, [1e-300, 3e-300])
show('stdev 2', stdev, [0, 1])
show('stdev thirds', stdev, [F(1, 3), F(1, 3) + 1])
show('pstdev constant', pstdev, [7.5] * 10)
show('variance constant', variance, [7] * 4)
for k in range(1, 8):
    print(k, repr(stdev(range(k + 1))), repr(pstdev([x / 7 for x in range(k + 1)])))

# Infinities and NaNs.
inf, nan = float('inf'), float('nan')
show('variance nan', variance, [1, nan])
show('variance inf', variance, [1, inf])
show('pvariance inf-inf', pvariance, [1, -inf, inf])

# Too little data.
show('variance one', variance, [1])
show('variance empty', variance, [])
show('stdev one', stdev, [1.5])
show('pvariance empty', pvariance, [])
show('pstdev empty', pstdev, iter([]))
show('pvariance one', pvariance, [3])
show('pstdev one', pstdev, [3])

# Data that is not numeric.
show('variance str', variance, ['a', 'b'])
show('stdev None', stdev, [None, None])
show('variance complex', variance, [1j, 2j])
