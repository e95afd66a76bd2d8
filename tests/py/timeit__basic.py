# Typical use of timeit, as the documentation shows it; times are only checked by type.
import timeit

t = timeit.timeit('"-".join(str(n) for n in range(100))', number=1000)
print(type(t).__name__, t >= 0)
t = timeit.timeit('"-".join([str(n) for n in range(100)])', number=1000)
print(type(t).__name__, t >= 0)
t = timeit.timeit('"-".join(map(str, range(100)))', number=1000)
print(type(t).__name__, t >= 0)

# A callable statement
t = timeit.timeit(lambda: "-".join(map(str, range(100))), number=1000)
print(type(t).__name__, t >= 0)

# repeat returns a list
r = timeit.repeat('x = 1', repeat=3, number=10)
print(type(r).__name__, len(r), all(type(x) is float for x in r))
r = timeit.repeat('x = 1', number=10)
print(len(r), timeit.default_repeat, timeit.default_number)

# setup runs once, its names are visible to the statement
t = timeit.Timer('char in text', setup='text = "sample string"; char = "g"')
print(type(t.timeit(100)).__name__)
def test():
    """Stupid test function"""
    L = [i for i in range(100)]
t = timeit.timeit("test()", setup="from __main__ import test", number=100)
print(type(t).__name__)
t = timeit.timeit("test()", globals=globals(), number=100)
print(type(t).__name__)

# Timer methods
timer = timeit.Timer("sum(range(10))")
print(type(timer.timeit(number=5)).__name__)
print([type(x).__name__ for x in timer.repeat(repeat=2, number=5)])
number, taken = timer.autorange()
print(type(number).__name__, number >= 1, type(taken).__name__, taken >= 0.2)
print(str(number)[0] in "125")

# A timer of our own makes results exact
class FakeTimer:
    def __init__(self, step=1.0):
        self.now = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now

fake = FakeTimer(0.5)
t = timeit.Timer("pass", timer=fake)
print(t.timeit(number=3), fake.calls)
print(t.repeat(repeat=4, number=7), fake.calls)
print(timeit.timeit(timer=FakeTimer(2.0), number=0))
print(timeit.repeat(timer=FakeTimer(0.25), repeat=2, number=1))

class GrowingTimer:
    # Each call moves the clock on further than the one before: later runs look longer.
    def __init__(self):
        self.now, self.step = 0.0, 0.001
    def __call__(self):
        self.now += self.step
        self.step *= 1.5
        return self.now

seen = []
print(timeit.Timer("pass", timer=GrowingTimer()).autorange(
    lambda n, t: seen.append((n, round(t, 6)))))
print(seen)
print(timeit.Timer("pass", timer=FakeTimer(0.25)).autorange())

# The number of executions
counter = []
timeit.timeit("counter.append(1)", globals={"counter": counter}, number=17)
print(len(counter))
calls = []
timeit.timeit(lambda: calls.append(1), setup=lambda: calls.append("setup"), number=4)
print(calls)
timeit.repeat("counter.append(2)", setup="counter.append(0)", globals={"counter": counter},
              repeat=3, number=2)
print(counter[17:])

print(timeit.default_timer is __import__("time").perf_counter)
print(sorted(timeit.__all__))
print(timeit.dummy_src_name)
