import random
random.seed(12345)
print(random.random(), random.random())
print([random.randrange(10) for _ in range(10)])
print(random.randrange(9223372036854775807), random.getrandbits(100), random.getrandbits(7))
print(random.randint(-5, 5), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample(range(10000), 5), random.sample("abcdefg", 3))
print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=5))
print(random.gauss(), random.gauss(), random.normalvariate(2, 3), random.triangular(), random.expovariate(2))
r = random.Random(1); print(r.random(), r.randrange(0, 100, 7))
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
random.seed(2 ** 200 + 17); print(random.random())
random.seed(-3); print(random.random())
random.seed(1.5); print(random.random())
random.seed(0); print(random.random())
for bad in [(0,), (5, 5), (1, 10, 0)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print(e)
print(random.randbytes(5))
r2 = random.Random(); print(0 <= r2.random() < 1)  # seeded from entropy
big = [random.getrandbits(64) for _ in range(700)]; print(big[-1])
