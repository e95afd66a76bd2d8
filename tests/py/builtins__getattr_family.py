# getattr, setattr, hasattr and delattr.
class Obj:
    cls_attr = "class"

o = Obj()
setattr(o, "x", 10)
print(o.x, getattr(o, "x"), getattr(o, "cls_attr"))
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(Obj, "x"))
print(getattr(o, "y", "default"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
name = "dynamic_" + "attr"
setattr(o, name, [1])
print(getattr(o, name), vars(o))
print(getattr("abc", "upper")(), getattr([], "append").__name__)
print(hasattr(1, "real"), getattr(5, "denominator"))
