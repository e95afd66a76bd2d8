# A key whose __eq__ empties the dict being searched: the lookup starts again, as CPython's does.

class K:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.target.clear()
        return True

d = {}
d[K(d)] = 1
d[K(d)] = 2
print(d == {} or len(d))
d = {}
d[K(d)] = 1
try:
    del d[K(d)]
except KeyError:
    print("KeyError")
print(len(d))
