# The module-level functions of random draw exactly what the shared generator's methods draw,
# whatever their arguments: plain ints and lists, big ints, negative steps, other sequences,
# and the errors of each.
import random


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(2024)
show("randrange", lambda: [random.randrange(10) for _ in range(8)])
show("randrange start stop", lambda: [random.randrange(-5, 5) for _ in range(8)])
show("randrange step", lambda: [random.randrange(0, 100, 7) for _ in range(8)])
show("randrange negative step", lambda: [random.randrange(10, -11, -3) for _ in range(8)])
show("randrange odd negative", lambda: [random.randrange(-1, -12, -4) for _ in range(8)])
show("randrange big", lambda: [random.randrange(2**70) for _ in range(3)])
show("randrange near 2**63", lambda: [random.randrange(2**62, 2**63 - 1) for _ in range(3)])
show("randrange wide", lambda: [random.randrange(-2**63, 2**63 - 1) for _ in range(3)])
show("randrange 40 bits", lambda: [random.randrange(2**40 + 3) for _ in range(3)])
show("randrange empty", lambda: random.randrange(0))
show("randrange empty 2", lambda: random.randrange(5, 5))
show("randrange empty step", lambda: random.randrange(5, 10, -1))
show("randrange zero step", lambda: random.randrange(0, 10, 0))
show("randrange float", lambda: random.randrange(1.5))
show("randrange str", lambda: random.randrange("3"))
show("randrange kw", lambda: random.randrange(0, stop=10, step=2))
show("randrange missing stop", lambda: random.randrange(5, step=2))
show("randint", lambda: [random.randint(1, 6) for _ in range(12)])
show("randint same", lambda: random.randint(3, 3))
show("randint big", lambda: random.randint(2**63 - 2, 2**63 + 5))
show("randint max", lambda: random.randint(0, 2**63 - 1))
show("randint empty", lambda: random.randint(3, 2))
show("randint bool", lambda: random.randint(False, True))
show("choice list", lambda: [random.choice(["a", "b", "c"]) for _ in range(8)])
show("choice tuple", lambda: random.choice((1, 2, 3)))
show("choice str", lambda: [random.choice("hello") for _ in range(5)])
show("choice range", lambda: random.choice(range(100, 200)))
show("choice empty", lambda: random.choice([]))
show("choice dict", lambda: random.choice({0: "zero", 1: "one"}))
show("choice set", lambda: random.choice({1, 2}))
xs = list(range(20))
random.shuffle(xs)
print("shuffle", xs)
ys = [1]
random.shuffle(ys)
print("shuffle one", ys)
show("shuffle tuple", lambda: random.shuffle((1, 2)))


class Deck(list):
    pass


d = Deck("abcdef")
random.shuffle(d)
print("shuffle subclass", d)
show("uniform", lambda: [round(random.uniform(0, 10), 12) for _ in range(4)])
show("uniform floats", lambda: random.uniform(-1.5, 2.5))
show("uniform big ints", lambda: random.uniform(2**60, 2**61))
show("uniform mixed", lambda: random.uniform(1, 2.5))
show("uniform str", lambda: random.uniform("a", 1))
show("random", lambda: [random.random() for _ in range(3)])
show("getrandbits", lambda: [random.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])
show("getrandbits negative", lambda: random.getrandbits(-1))
show("getrandbits float", lambda: random.getrandbits(2.0))
state = random.getstate()
first = [random.randint(0, 1000) for _ in range(5)] + [random.random()]
random.setstate(state)
again = [random.randint(0, 1000) for _ in range(5)] + [random.random()]
print("setstate replays", first == again, first)
r = random.Random(2024)
print("instance agrees", r.randrange(10), r.choice("xyz"), r.randint(1, 6))
random.seed(7)
print("after seed", random.random(), random.randint(1, 10), random.gauss(0, 1), random.sample(range(50), 4))
