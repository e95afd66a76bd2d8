# A class's __dict__ is a read-only mappingproxy: writing to it raises, and the class (and
# what calls and lookups of it remember) stays as it was.
class C:
    def __init__(self):
        self.v = 1

    def m(self):
        return "m"


c = C()
print(c.m(), C().v, C.__dict__["m"](c))
print(sorted(k for k in C.__dict__ if not k.startswith("__")), "m" in C.__dict__)
try:
    C.__dict__["m"] = lambda self: "replaced"
    print("assigned")
except TypeError as e:
    print("TypeError:", e)
print(c.m(), C().v)
print(type(C.__dict__).__name__)
