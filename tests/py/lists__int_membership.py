# `n in seq` for an int: ints, bools and Nones are compared in place, anything else as
# CPython compares it, in order, each item looked at once.
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("compared", self.v, "with", other)
        return self.v == other


print(1 in [True], 0 in [None, False], 0 in [None], 2 in [1, 2.0], 2 in (1, 2))
print(5 in [1, 2, Loud(5), 5], 7 in [None, 3, Loud(9), 7], 3 in [Loud(1), 3])
print(2**62 in [2**62], -1 in range(3), -1 in [0, -1], 10 in [10**20, 10])
print(3 in [], 3 in (), 9007199254740993 in [9007199254740992.0])


class Shrinks:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False


items = [1, 2]
items.append(Shrinks(items))
items.append(4)
print(4 in items, items)
print(sum(1 for i in range(1000) if i in [3, 500, 999, True]))
