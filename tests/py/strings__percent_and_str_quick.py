# `%s`/`%d` and `str(x)` of the common values take a short path; everything else must still
# convert as CPython does (subclasses with their own __str__, bools, floats, shadowed names).
class Shout(str):
    def __str__(self):
        return "SHOUT"


class Count(int):
    def __str__(self):
        return "count!"

    def __repr__(self):
        return "Count()"


for i in range(-2, 3):
    print("%d|%s|%5d|%-3s|%i" % (i, i, i, i, i))
print("%s %s %s %s" % ("plain", Shout("x"), Count(3), True), "%d %d" % (True, Count(7)))
print("%s and %s" % (1.5, None), "%d" % 2.9, "%s" % [1, "a"], "%s" % ("only",), "%s" % "alone")
print(str(5), str(-12), str("s"), str(True), str(Count(1)), str(Shout("y")), str(2**70), str(1.0))
s = "abc"
print(str(s) is s, str(10**18), "%d%%" % 50)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)


def shadowed():
    str = lambda v: "shadow " + repr(v)
    return str(1)


print(shadowed())
