# reprlib: changing the limits, and Repr subclasses with repr_<type> methods.
import reprlib

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "~~"
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr([[1, 2, 3, 4]]))
r.maxdict = 1
print(r.repr({"a": 1, "b": 2}), r.repr({"a": {"b": {"c": 1}}}))
r.maxother = 8
print(r.repr(3.14159265358979), r.maxother)
r.maxlong = 5
print(r.repr(1234567), r.repr(12345))
r.maxstring = 3
print(r.repr("abcdef"), r.repr("abc"))
r.maxstring = 0
print(r.repr("abcdef"))
r.maxtuple = 0
print(r.repr((1, 2)), r.repr(()))
print(reprlib.repr(list(range(10))))  # the module-level one is unchanged


class MyRepr(reprlib.Repr):
    def repr_Point(self, obj, level):
        return f"P<{obj.x},{obj.y}>"

    def repr_str(self, obj, level):
        return "s:" + obj[:3]


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


m = MyRepr()
print(m.repr([Point(1, 2), "hello", {"key": Point(0, 0)}]))
print(m.repr1(Point(5, 5), 3))


Weird = type("weird name", (), {})


class SpacedRepr(reprlib.Repr):
    def repr_weird_name(self, obj, level):
        return "handled"


print(SpacedRepr().repr([Weird()]))
