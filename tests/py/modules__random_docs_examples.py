import random
from random import random as rnd, uniform, expovariate, randrange, choice, shuffle, sample, choices
random.seed(8675309)
print(rnd(), uniform(2.5, 10.0), expovariate(1 / 5))
print(randrange(10), randrange(0, 101, 2), choice(['win', 'lose', 'draw']))
deck = 'ace two three four'.split()
shuffle(deck); print(deck)
print(sample([10, 20, 30, 40, 50], k=4))
print(choices(['red', 'black', 'green'], [18, 18, 2], k=6))
print(sample(['red', 'blue'], counts=[4, 2], k=5))
def trial():
    return choices('HT', cum_weights=(0.60, 1.00), k=7).count('H') >= 5
print(sum(trial() for i in range(10_000)) / 10_000)
data = [41, 50, 29, 37, 81, 30, 73, 63, 20, 35, 68, 22, 60, 31, 95]
means = sorted(sum(choices(data, k=len(data))) / len(data) for i in range(100))
print(f'{means[5]:.1f} to {means[94]:.1f}')
r = random.Random(42)
print([r.randint(1, 6) for _ in range(10)], r.getrandbits(70))
print(random.triangular(0, 10, 3), random.gauss(100, 15), random.normalvariate())
