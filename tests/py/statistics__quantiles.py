# quantiles (exclusive and inclusive methods) and median_grouped.
from statistics import quantiles, median_grouped, StatisticsError
from fractions import Fraction as F


def show(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(result))


# The documentation's example: deciles.
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91,
        103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88,
        89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
show('deciles', lambda: [round(q, 1) for q in quantiles(data, n=10)])
show('quartiles', quantiles, data)
show('quartiles inclusive', quantiles, data, method='inclusive')

for n in [1, 2, 3, 4, 5, 7, 10]:
    show('exclusive n=%d' % n, quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9], n=n)
    show('inclusive n=%d' % n, quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9], n=n, method='inclusive')

# Few data points: the exclusive method clamps to the ends.
show('two points', quantiles, [10, 20])
show('two points n=10', quantiles, [10, 20], n=10)
show('two points inclusive', quantiles, [10, 20], n=5, method='inclusive')
show('three floats', quantiles, [0.1, 0.7, 0.4], n=6)
show('percentiles', lambda: quantiles(range(1, 12), n=100)[::9])
show('percentiles inclusive', lambda: quantiles(range(1, 12), n=100, method='inclusive')[::9])

# Fractions stay exact; floats interpolate in floats.
show('Fractions', quantiles, [F(1, 3), F(1, 2), F(3, 4), F(5, 6)], n=3)
show('Fractions inclusive', quantiles, [F(1, 3), F(1, 2), F(3, 4)], n=4, method='inclusive')
show('floats', quantiles, [0.1, 0.2, 0.3, 0.4, 0.5], n=3)
show('iterator', quantiles, iter([5, 1, 4, 2, 3]))

# Errors.
show('n=0', quantiles, [1, 2, 3], n=0)
show('n=-2', quantiles, [1, 2, 3], n=-2)
show('one point', quantiles, [1])
show('empty', quantiles, [])
show('bad method', quantiles, [1, 2, 3], method='median')
show('bad method, one point', quantiles, [1], method='median')
show('positional n', lambda: quantiles([1, 2, 3], 4))

# median_grouped: the documentation's example and a few more.
ages = [25] * 172 + [35] * 484 + [45] * 387 + [55] * 22 + [65] * 6
show('median_grouped ages', median_grouped, ages, interval=10)
show('median_grouped', median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show('median_grouped interval', median_grouped, [52, 52, 53, 54], 2)
show('median_grouped odd', median_grouped, [1, 3, 3, 5, 7])
show('median_grouped single', median_grouped, [7])
show('median_grouped Fractions', median_grouped, [F(1, 2), F(1, 2), F(3, 2)], F(1))
show('median_grouped floats', median_grouped, [2.5, 3.5, 3.5, 4.5], 1.0)
show('median_grouped strings', median_grouped, ['1', '3', '5'])
show('median_grouped empty', median_grouped, [])
show('median_grouped bad strings', median_grouped, ['a', 'b'])
show('median_grouped bad interval', median_grouped, [1, 2], 'x')
