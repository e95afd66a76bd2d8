# random's generator and distributions, seeded: the numbers equal CPython's.
import random

random.seed(12345)
acc = 0.0
for i in range(600_000):
    acc += random.random()
    acc += random.randint(1, 100)
    acc += random.uniform(-1.0, 1.0)
    acc += random.choice((1, 2, 3, 4))
for i in range(90_000):
    acc += random.gauss(0.0, 1.0)
    acc += random.randrange(0, 1000, 7)
xs = list(range(1000))
for i in range(300):
    random.shuffle(xs)
    acc += sum(random.sample(xs, 10))
print(round(acc, 6), xs[:5])
