# Other special methods: __contains__ fallback, __index__, __format__, comparisons.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print([10, 20, 30][Idx(1)], bin(Idx(5)), hex(Idx(255)) == "0xff", range(Idx(3)))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        return "$%d.%02d" % divmod(self.cents, 100)
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100

m = Money(12345)
print(f"{m} {m:short}", format(m), int(m), float(m))

class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __ge__(self, o):
        return self.v >= o.v

print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2))
