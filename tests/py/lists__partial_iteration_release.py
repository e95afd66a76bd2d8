# An iterable that fails part way: what was read is released as CPython's half-built container
# would be (a list or tuple last to first, a dict first to last), and list.extend keeps the
# items it already added.
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  del", self.name)
def gen(p):
    yield D(p + "0"); yield D(p + "1"); yield D(p + "2")
    raise KeyError("stop")
for name, f in [("list", list), ("tuple", tuple), ("sorted", lambda g: sorted(g, key=id)), ("extend", lambda g: [].extend(g)), ("star", lambda g: [*g]), ("join", lambda g: "".join(x.name for x in g)), ("dict.fromkeys", dict.fromkeys), ("zip", lambda g: list(zip(g)))]:
    print(name)
    try:
        f(gen(name))
    except KeyError:
        print("  caught")
    except TypeError as e:
        print("  TypeError", e)
l = []
try:
    l.extend(gen("kept"))
except KeyError:
    print("  caught, kept", [d.name for d in l])
del l
print("end")
