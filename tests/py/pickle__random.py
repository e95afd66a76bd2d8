# pickle: random nested structures (from a fixed-seed generator of our own) pickled with every
# protocol; prints the size and a checksum of each pickle, and checks the round trip.
import pickle


class Gen:
    def __init__(self, seed):
        self.state = seed * 2654435761 + 12345

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

    def choice(self, seq):
        return seq[self.below(len(seq))]


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __eq__(self, other):
        return type(other) is Node and (self.value, self.children) == (other.value, other.children)


class Pair:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right

    def __getstate__(self):
        return None, {"left": self.left, "right": self.right}

    def __eq__(self, other):
        return type(other) is Pair and (self.left, self.right) == (other.left, other.right)


ATOMS = [None, True, False, 0, 7, 255, 256, -1, 65536, 2**31, -2**31 - 1, 2**70, -2**64,
         0.5, -0.0, 1e100, 2.5e-300, "", "s", "text with spaces", "\u00e9\u20ac", "\U0001f40d",
         "q" * 260, b"", b"\x00b", b"r" * 300, bytearray(b"ba"), 1j, int, Node, range(4)]


def make(g, depth=0):
    kind = g.below(14 if depth < 4 else 3)
    if kind < 3:
        return g.choice(ATOMS)
    n = g.below(6)
    if kind == 3:
        return [make(g, depth + 1) for _ in range(n)]
    if kind == 4:
        return tuple(make(g, depth + 1) for _ in range(n))
    if kind == 5:
        return {g.choice(["a", "b", 3, 4.5, None, "k%d" % i]): make(g, depth + 1) for i in range(n)}
    if kind == 6:
        return set(g.choice([1, 2, "x", "y", 3.5, -9]) for _ in range(n))
    if kind == 7:
        return frozenset(g.choice(["f", 8, 9]) for _ in range(n))
    if kind == 8:
        item = make(g, depth + 1)
        return [item, (item, item), {"again": item}]
    if kind == 9:
        return Node(make(g, depth + 1), [make(g, depth + 1) for _ in range(n % 3)])
    if kind == 10:
        return Pair(make(g, depth + 1), make(g, depth + 1))
    if kind == 11:
        cycle = [make(g, depth + 1)]
        cycle.append(cycle)
        return cycle
    if kind == 12:
        return "shared"
    return [g.below(100000) for _ in range(g.choice([0, 1, 999, 1000, 1001]))]


def checksum(data):
    total = 0
    for i in range(0, len(data), 7):
        total = (total * 31 + data[i]) % 1000000007
    return total


def same(a, b, seen):
    # Structural equality that survives cycles.
    if id(a) in seen:
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        seen.add(id(a))
        return len(a) == len(b) and all(same(x, y, seen) for x, y in zip(a, b))
    if isinstance(a, tuple):
        return len(a) == len(b) and all(same(x, y, seen) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k], seen) for k in a)
    if isinstance(a, (Node, Pair)):
        seen.add(id(a))
        fields = ("value", "children") if isinstance(a, Node) else ("left", "right")
        return all(same(getattr(a, f), getattr(b, f), seen) for f in fields)
    if isinstance(a, float) and a != a:
        return b != b
    return a == b


for seed in range(120):
    obj = make(Gen(seed))
    sizes = []
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        sizes.append("%d:%d" % (len(data), checksum(data)))
        if not same(obj, pickle.loads(data), set()):
            print("round trip failed", seed, proto)
    print(seed, " ".join(sizes))
