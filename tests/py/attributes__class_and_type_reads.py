# obj.__class__ and type(obj) in loops, where the runtime answers them without a lookup:
# the answers must follow classes that define __class__, instances whose class changes,
# and classes given a __class__ after the loop first ran.
class Plain:
    pass


class Other:
    pass


class Claims:
    __class__ = int


class Computes:
    @property
    def __class__(self):
        return str


class Slotted(Plain):
    __slots__ = ()


objs = [Plain(), Claims(), Computes(), Slotted(), 1, "s", None, Plain]
for _ in range(3):
    print([o.__class__.__name__ for o in objs], [type(o).__name__ for o in objs])

# An instance whose class changes between two reads at the same place.
p = Plain()
seen = []
for cls in (Plain, Other, Plain):
    p.__class__ = cls
    seen.append((p.__class__.__name__, type(p).__name__))
print(seen)

# One place reading instances of several classes in turn.
def read(o):
    return o.__class__


print([read(o).__name__ for o in (Plain(), Computes(), Plain(), Claims(), Slotted(), Plain())])

# type() with other than one argument is not this shortcut.
print(type("Made", (), {"x": 1})().x)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
t = type
print([t(v).__name__ for v in (1.5, [], t)])
