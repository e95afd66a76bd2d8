# What a match statement binds, when, and how long what it matched lives.
class Res:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Res({self.name})"
    def __del__(self):
        print("released", self.name)

def use(subject):
    match subject:
        case [Res() as first, *others]:
            print("first", first, "others", others)
        case _:
            print("no match")
    print("leaving use")

use([Res("a"), Res("b")])
print("after use")

def failed_case_binds_nothing(v):
    match v:
        case (x, 0):
            return "zero"
        case (y, 1) if y > 10:
            return "big one"
        case _:
            return sorted(k for k in locals() if k != "v")

print(failed_case_binds_nothing((5, 1)))
print(failed_case_binds_nothing((5, 0)))
print(failed_case_binds_nothing((50, 1)))

# A guard sees the captures; a failed guard leaves them bound (as CPython does).
match (3, 4):
    case (a, b) if a > b:
        print("descending")
    case _:
        print("guard failed, a and b bound:", a, b)

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return {"kind": "circle", "r": 2}
match subject():
    case {"kind": "square", "side": s}:
        print("square", s)
    case {"kind": "circle", "r": r}:
        print("circle", r)

# A mapping pattern asks the subject with get(), so a defaultdict grows nothing.
import collections
counts = collections.defaultdict(list)
match counts:
    case {"missing": m}:
        print("found", m)
    case {}:
        print("empty mapping, still", dict(counts))
r = Res("c")
match r:
    case Res(name="c"):
        del r
        print("deleted the name; the object is still the subject")
print("end")
