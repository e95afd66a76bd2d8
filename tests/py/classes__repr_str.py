# __repr__ and __str__ and where each is used.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

p = Point(1, "a")
print(p)
print(str(p), repr(p))
print([p, p])
print({"k": p})
print(f"{p} {p!r}")
print("%s %r" % (p, p))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(format(p), "{}".format(p))
