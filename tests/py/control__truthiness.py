# Truth testing of many kinds of values in conditions.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0},
          set(), None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")

class Zero:
    def __len__(self):
        return 0

print(bool(Zero()), "yes" if Zero() else "no")
x = 5
while x:
    x -= 2 if x > 1 else 1
print(x)
