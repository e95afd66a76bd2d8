# A metaclass's __repr__/__str__ show its classes; subclasses of int, str and tuple compute,
# hash and compare as the values they are (IntEnum-like flags, namedtuple-like keys).
class Meta(type):
    def __repr__(cls):
        return "<kind %s>" % cls.__name__


class Plugin(metaclass=Meta):
    pass


print(repr(Plugin), [Plugin], str(Plugin), f"{Plugin}")


class Level(int):
    def __repr__(self):
        return "Level(%d)" % int(self)


low, high = Level(1), Level(5)
print(low, str(low), repr(low), -low, ~low, abs(Level(-3)), low + 1, 2 * high, high - low)
print(high // 2, high % 2, divmod(high, 2), high ** 2, low << 3, high >> 1, high & 4, low | 2, high ^ 1)
print(low < high, low == 1, {1: "one"}[low], hash(low) == hash(1), sorted([high, low, Level(3)]))
print(bool(Level(0)), bool(low), float(high), int(high), round(high), [10, 20, 30][low])


class Tag(str):
    def __repr__(self):
        return "Tag(%s)" % str.__repr__(self)


t = Tag("red")
print(t, repr(t), t.upper(), t + "!", t * 2, {"red": 1}[t], hash(t) == hash("red"), f"{t}", "%s" % t)


class Point(tuple):
    pass


p = Point((1, 2))
print(p, hash(p) == hash((1, 2)), {(1, 2): "hit"}[p], p + (3,), p * 2, p == (1, 2))


class Weird:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print(hash(Weird(2**62)), hash(Weird(2**64 + 5)), hash(Weird(-1)), hash(Weird(-2)), hash(Weird(True)))
print(hash((1, 2)), hash(()), hash((1, (2, 3.5), "", True)), hash((-1,)), hash(((),)))
