# Many pseudo-random data sets (from a fixed linear congruential generator): every result must be
# the same float, bit for bit, as CPython's exact-arithmetic implementation gives.
import statistics as st
from fractions import Fraction as F

state = 2024


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11                    # 53 random bits


def rand_float(scale):
    return (rand() / 2**53 - 0.25) * scale


def data_sets():
    for size in (2, 3, 5, 8, 13, 40):
        yield 'floats', [rand_float(10) for _ in range(size)]
        yield 'wide floats', [rand_float(10 ** (rand() % 30 - 15)) for _ in range(size)]
        yield 'offset floats', [1e8 + rand_float(1) for _ in range(size)]
        yield 'ints', [rand() % 1000 - 300 for _ in range(size)]
        yield 'Fractions', [F(rand() % 200 - 50, rand() % 30 + 1) for _ in range(size)]
        yield 'mixed', [rand() % 50 if i % 2 else rand_float(50) for i in range(size)]


def fmt(value):
    return repr(value)


for kind, data in data_sets():
    results = [st.mean(data), st.fmean(data), st.median(data), st.variance(data),
               st.pvariance(data), st.stdev(data), st.pstdev(data),
               st.quantiles(data, n=5), st.quantiles(data, n=3, method='inclusive')]
    positive = [abs(x) + 1 for x in data]
    results += [st.harmonic_mean(positive), st.geometric_mean(positive),
                st.fmean(data, weights=positive), st.harmonic_mean(positive, weights=positive)]
    other = [rand_float(3) for _ in data]
    results += [st.covariance(data, other), st.correlation(data, other),
                tuple(st.linear_regression(data, other)),
                tuple(st.linear_regression(data, other, proportional=True))]
    nd = st.NormalDist.from_samples(data)
    results += [nd, nd.cdf(float(data[0])), nd.pdf(float(data[-1]))]
    print(kind, len(data))
    for r in results:
        print('   ', fmt(r))
