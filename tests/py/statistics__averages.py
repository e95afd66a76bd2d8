# Averages: mean, fmean, geometric_mean, harmonic_mean, the medians, mode and multimode.
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, mode, multimode, StatisticsError)
from fractions import Fraction as F


def show(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(result), type(result).__name__)


# The documentation's examples.
show('mean ints', mean, [1, 2, 3, 4, 4])
show('mean floats', mean, [-1.0, 2.5, 3.25, 5.75])
show('mean fractions', mean, [F(3, 7), F(1, 21), F(5, 3), F(1, 3)])
show('fmean', fmean, [3.5, 4.0, 5.25])
show('fmean weighted', fmean, [85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
show('geometric_mean', geometric_mean, [54, 24, 36])
show('harmonic_mean', harmonic_mean, [2.5, 3, 10])
show('harmonic speeds', harmonic_mean, [40, 60])
show('harmonic weighted', harmonic_mean, [40, 60], weights=[5, 30])
show('median odd', median, [1, 3, 5])
show('median even', median, [1, 3, 5, 7])
show('median_low', median_low, [1, 3, 5, 7])
show('median_high', median_high, [1, 3, 5, 7])
show('mode', mode, [1, 1, 2, 3, 3, 3, 3, 4])
show('mode names', mode, ["red", "blue", "blue", "red", "green", "red", "red"])
show('multimode', multimode, 'aabbbbccddddeeffffgg')
show('multimode empty', multimode, '')

# The result type follows the data: ints give an int only when the mean is whole.
show('mean whole', mean, [1, 2, 3])
show('mean not whole', mean, [1, 2])
show('mean bools', mean, [True, False, True])
show('mean int+Fraction', mean, [1, F(1, 2)])
show('mean Fraction+float', mean, [F(1, 3), 0.5, 1])
show('mean iterator', mean, iter(range(1, 101)))
show('mean generator', mean, (x * x for x in range(10)))
show('mean big', mean, [10**30, 10**30 + 1])
show('mean big float', mean, [1e308, 1e308])

# Exact sums: rounding errors of a naive float sum do not appear.
show('mean cancel', mean, [1e50, 1, -1e50] * 1000)
show('sum vs mean', lambda d: (sum(d) / len(d), mean(d)), [0.1] * 10)
show('mean tenths', mean, [0.1, 0.2, 0.3, 0.4])
show('mean 1/3s', mean, [1 / 3] * 3 + [2 / 3] * 3)
show('fmean cancel', fmean, [1e50, 1, -1e50] * 1000)

# Infinities and NaNs.
inf, nan = float('inf'), float('nan')
show('mean inf', mean, [1, inf])
show('mean -inf', mean, [-inf, 5.0])
show('mean inf-inf', mean, [1, inf, -inf])
show('mean nan', mean, [nan, 1.0])

# fmean counts iterators and checks weights.
show('fmean iter', fmean, iter([1, 2, 3, 4]))
show('fmean gen', fmean, (x / 2 for x in range(5)))
show('fmean weights iter', fmean, [1, 2, 3], weights=iter([3, 2, 1]))
show('fmean Fractions', fmean, [F(1, 3), F(2, 3)])
show('fmean empty', fmean, [])
show('fmean empty iter', fmean, iter([]))
show('fmean bad weights', fmean, [1, 2, 3], weights=[1, 2])
show('fmean zero weights', fmean, [1, 2], weights=[1, -1])

# geometric_mean works in floats; only positive values are allowed.
show('geometric floats', geometric_mean, [1.5, 2.25, 3.375])
show('geometric iterator', geometric_mean, iter([2, 8]))
show('geometric zero', geometric_mean, [1, 0, 2])
show('geometric negative', geometric_mean, [1, -2])
show('geometric empty', geometric_mean, [])

# harmonic_mean: exact sums of the reciprocals; a zero value gives 0.
show('harmonic Fractions', harmonic_mean, [F(1, 2), F(1, 3), F(1, 6)])
show('harmonic one value', harmonic_mean, [7])
show('harmonic one Fraction', harmonic_mean, [F(2, 5)])
show('harmonic one negative', harmonic_mean, [-7])
show('harmonic one str', harmonic_mean, ['7'])
show('harmonic zero', harmonic_mean, [1, 0, 2])
show('harmonic negative', harmonic_mean, [1, -1, 2])
show('harmonic iterator', harmonic_mean, iter([1, 2, 4]))
show('harmonic weights Fraction', harmonic_mean, [1, 2, 4], weights=[F(1, 2), 1, 2])
show('harmonic weights iter', harmonic_mean, [1, 2, 4], weights=iter([1, 1, 2]))
show('harmonic weight zero', harmonic_mean, [1, 2, 4], weights=[0, 1, 1])
show('harmonic all weights zero', harmonic_mean, [1, 2], weights=[0, 0])
show('harmonic negative weight', harmonic_mean, [1, 2], weights=[1, -1])
show('harmonic weights mismatch', harmonic_mean, [1, 2], weights=[1])
show('harmonic empty', harmonic_mean, [])
show('harmonic inf', harmonic_mean, [1, float('inf')])

# Medians sort their data; median interpolates with true division.
show('median unsorted', median, [7, 1, 5, 3])
show('median Fractions', median, [F(1, 2), F(1, 3), F(1, 4), F(1, 5)])
show('median floats', median, [0.1, 0.2])
show('median strings', median_low, ['d', 'a', 'c', 'b'])
show('median_high strings', median_high, ['d', 'a', 'c', 'b'])
show('median single', median, [42])
show('median iterator', median, iter([3, 1, 2]))
for fn in (median, median_low, median_high):
    show(fn.__name__ + ' empty', fn, [])

# mode: the first value seen among the most common; works with any hashable values.
show('mode tie', mode, [3, 1, 1, 3, 2])
show('mode strings', mode, 'mississippi')
show('mode tuples', mode, [(1, 2), (3, 4), (1, 2)])
show('mode one', mode, [F(1, 2)])
show('mode empty', mode, [])
show('mode unhashable', mode, [[1], [1]])
show('multimode ties', multimode, [3, 1, 1, 3, 2])
show('multimode iterator', multimode, iter('hello world'))
show('StatisticsError', lambda: (issubclass(StatisticsError, ValueError), StatisticsError.__module__))
