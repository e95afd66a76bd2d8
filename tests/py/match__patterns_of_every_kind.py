# soft keywords stay names
match = [1, 2]
case = 3
print(match, case)
match[0] = 5
print(match)
def match_(x): return x
match (case)
print(match, case)
_ = 4
print(_)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x, 0) if x > 0:
            return f"on +x at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case (a, b) | [a, b, _]:
            return f"pair-ish {a} {b}"
        case {"x": x, "y": y, **rest}:
            return f"dict {x} {y} {rest}"
        case int(n) | float(n) as num:
            return f"number {n} {num}"
        case str() as s if len(s) > 3:
            return "long string"
        case "a" | "b":
            return "a or b"
        case None:
            return "none"
        case True:
            return "true"
        case -1 | 1+2j | -3-4j:
            return "funny number"
        case [1, *rest]:
            return f"starts with 1 then {rest}"
        case [*init, 9]:
            return f"ends with 9 after {init}"
        case [_, *_, last]:
            return f"last {last}"
        case _:
            return "unknown"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(-3, 0), Point(2, 2), Point(1, 2),
          (1, 2), [3, 4, 5], [3, 4], {"x": 1, "y": 2, "z": 3}, 7, 2.5, "hello", "a", "b", "x",
          None, True, False, -1, 1+2j, -3-4j, [1, 2, 3], [4, 9], [4, 5, 6, 7], [], 1.0]:
    print(repr(v), "->", where(v))

# binding after failure: nothing bound by a failed case
def f(v):
    match v:
        case (x, 3):
            pass
        case _:
            try:
                print(x)
            except NameError as e:
                print("NameError", e)
        
f((1, 2))
# bound names survive the match
match (1, (2, 3)):
    case (a, (b, c)) as whole:
        print(a, b, c, whole)
print(a, b, c)
# nested match and guard side effects
def g(x):
    print("guard", x)
    return x > 1
for v in [1, 2]:
    match v:
        case n if g(n):
            print("big", n)
        case n:
            print("small", n)
# mapping with defaultdict, and key order
import collections
d = collections.defaultdict(int, {"a": 1})
match d:
    case {"a": 1, "b": 0}:
        print("b made?")
    case {"a": a}:
        print("a", a, dict(d))
match {"k": [1, {"z": None}]}:
    case {"k": [1, {"z": None}]}:
        print("deep")
# or-pattern binding order
match (1, 2):
    case (x, y) | (y, x, _):
        print(x, y)
match [2, 1, 0]:
    case (x, y) | (y, x, _):
        print(x, y)
# tuples vs strings as sequences
for v in ["ab", b"ab", bytearray(b"ab"), range(2), (1, 2)]:
    match v:
        case [a, b]:
            print("seq", type(v).__name__)
        case _:
            print("not seq", type(v).__name__)
# match subject tuple without parens
match 1, 2:
    case a, b:
        print("tuple subject", a, b)
# class with bool subpattern and keyword
match True:
    case bool(x):
        print("bool", x)
match 5:
    case int(real=5):
        print("real 5")
