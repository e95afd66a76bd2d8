# Returning NotImplemented lets Python try the reflected operation.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("Meters.__add__", type(other).__name__)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __eq__(self, other):
        print("Meters.__eq__", type(other).__name__)
        return NotImplemented

    def __repr__(self):
        return "Meters(%r)" % self.v

class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("Feet.__radd__", type(other).__name__)
        return Meters(other.v + self.v * 0.3048)

print(Meters(1) + Meters(2))
print(Meters(1) + Feet(10))
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError:", e)
print(Meters(1) == Meters(1))
m = Meters(3)
print(m == m)
print(Meters(1) != 2)
