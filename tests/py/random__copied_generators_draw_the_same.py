# A copied or pickled Random draws the numbers the original would: copying goes through
# getstate()/setstate(), as CPython's __reduce__ says.
import copy, pickle, random

r = random.Random(42)
c = copy.copy(r)
d = copy.deepcopy(r)
p = pickle.loads(pickle.dumps(r))
print([round(g.random(), 12) for g in (r, c, d, p)])
print(r.__reduce__()[:2], r.__getstate__() == r.getstate())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

a = Dice(7)
a.roll()
b = copy.copy(a)
print(type(b).__name__, [a.roll() for _ in range(5)] == [b.roll() for _ in range(5)])
s = random.Random()
s.__setstate__(random.Random(3).getstate())
print(s.random() == random.Random(3).random())
try:
    copy.copy(random.SystemRandom())
except NotImplementedError as e:
    print("SystemRandom:", type(e).__name__, e)
