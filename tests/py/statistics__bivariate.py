# Relations between two inputs: covariance, correlation, linear_regression.
from statistics import covariance, correlation, linear_regression, LinearRegression, StatisticsError
from fractions import Fraction as F


def show(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(result))


# The documentation's examples.
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show('covariance', covariance, x, y)
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
show('covariance z x', covariance, z, x)
show('covariance z y', covariance, z, y)
show('correlation x x', correlation, x, x)
show('correlation x z', correlation, x, z)
show('correlation x y', correlation, x, y)

year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
fit = linear_regression(year, films_total)
print(fit, round(fit.slope * 2019 + fit.intercept))
show('slope', lambda: fit.slope)
show('tuple', lambda: (tuple(fit), fit[0] == fit.slope, type(fit).__name__, fit._fields))

cost = [20, 10, 5, 50]
sales = [61.3, 35.2, 14.6, 149.8]
show('proportional', linear_regression, cost, sales, proportional=True)
show('not proportional', linear_regression, cost, sales, proportional=False)

# Floats and Fractions go through floats.
show('covariance floats', covariance, [0.1, 0.2, 0.3], [0.3, 0.1, 0.2])
show('covariance Fractions', covariance, [F(1, 3), F(2, 3), F(1)], [1, 2, 4])
show('correlation floats', correlation, [1.5, 2.5, 3.75, 4.0], [2.0, 1.0, 4.5, 3.25])
show('correlation Fractions', correlation, [F(1, 2), F(1, 3), F(1, 4)], [3, 2, 2])
show('regression floats', linear_regression, [0.5, 1.5, 2.0, 3.25], [1.0, 2.75, 3.5, 6.0])
show('regression Fractions', linear_regression, [F(1, 2), F(3, 2), F(5, 2)], [F(1), F(2), F(4)])
show('regression tuples', linear_regression, (1, 2, 3), (2, 4, 6))
show('regression ranges', linear_regression, range(10), range(0, 30, 3))
show('proportional exact', linear_regression, [1, 2, 3], [2, 4, 6], proportional=True)
show('LinearRegression', LinearRegression, 1.5, 2)
print(LinearRegression.__module__, LinearRegression.__name__)

# Errors.
show('covariance lengths', covariance, [1, 2, 3], [1, 2])
show('covariance short', covariance, [1], [1])
show('correlation lengths', correlation, [1, 2], [1, 2, 3])
show('correlation short', correlation, [], [])
show('correlation constant x', correlation, [2, 2, 2], [1, 2, 3])
show('correlation constant y', correlation, [1, 2, 3], [5, 5, 5])
show('regression lengths', linear_regression, [1, 2], [1])
show('regression short', linear_regression, [1], [2])
show('regression constant', linear_regression, [3, 3, 3], [1, 2, 3])
show('proportional zeros', linear_regression, [0, 0], [1, 2], proportional=True)
show('positional proportional', lambda: linear_regression([1, 2], [3, 4], True))
show('keyword x', lambda: covariance(x=[1, 2], y=[3, 4]))
show('iterators', covariance, iter([1, 2]), iter([3, 4]))
