# pow(base, exp, mod): ints (negative exponents are modular inverses), a class's own
# __pow__ taking the modulus, and the errors for floats, complex numbers and other types.
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(True, 5, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)


class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return Mod(self.v ** other)
        return Mod(pow(self.v, other, modulo))

    def __rpow__(self, other, modulo=None):
        return "rpow never sees a modulus" if modulo is not None else Mod(other ** self.v)

    def __repr__(self):
        return f"Mod({self.v})"


print(pow(Mod(3), 4, 5), pow(Mod(3), 2), Mod(2) ** 3, 2 ** Mod(3))


class Refuses:
    def __pow__(self, other, modulo=None):
        return NotImplemented


for args in [(2.0, 3, 5), (2, 3, 5.0), (2, 3.5, 5), (1j, 2, 3), ("a", 3, 5), (2, 3, "x"),
             (2, Mod(3), 5), (2, 3, Mod(5)), (Refuses(), 2, 3), (None, 1, 2)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
