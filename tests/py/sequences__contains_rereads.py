# `x in list` re-reads the list at each step, as CPython's list_contains: an __eq__ that
# changes the list changes what is searched, and items it drops stay alive while compared.
class Dropper:
    def __init__(self, name, victim):
        self.name, self.victim = name, victim
    def __eq__(self, other):
        print("  compare", self.name)
        if self.victim:
            del self.victim[:]
        return False
    def __del__(self):
        print("  del", self.name)
L = []
L.extend([Dropper("a", L), Dropper("b", None), Dropper("c", None)])
print(5 in L)
print(len(L))
class Grower:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        if len(self.target) < 6: self.target.append(Grower(self.target))
        return False
M = []
M.append(Grower(M))
print(1 in M, len(M))
t = (1, 2.0, "x", None, (1, 2))
print(2 in t, "x" in t, (1, 2) in t, 3 in t)
n = float("nan"); print(n in [n], n in (n,))
