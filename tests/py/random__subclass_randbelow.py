# A Random subclass with its own random() and no getrandbits() draws its ints from random(),
# as CPython's __init_subclass__ arranges; other subclasses keep getrandbits or their own _randbelow.
import random
class Fixed(random.Random):
    def random(self): return 0.999999
print(Fixed(0).choice("abc"), Fixed(0).randrange(3), Fixed._randbelow.__name__, random.Random._randbelow.__name__)
class Counting(random.Random):
    calls = 0
    def random(self):
        Counting.calls += 1
        return super().random()
c = Counting(5)
xs = list(range(10)); c.shuffle(xs); print(xs, Counting.calls, c.randint(1, 6), c.choice("xyz"))
class Bits(random.Random):
    def getrandbits(self, k): return super().getrandbits(k)
print(Bits._randbelow.__name__, Bits(3).randrange(100))
class Own(Fixed):
    def _randbelow(self, n): return n - 1
print(Own._randbelow.__name__, Own(1).choice("abc"), random.SystemRandom._randbelow.__name__)
