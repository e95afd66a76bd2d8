# match's corners: attributes that raise, class bodies, generators, global/nonlocal captures, get() of dict subclasses, True/1/1.0.
class Lazy:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        return 1
    @property
    def b(self):
        raise AttributeError("no b")
class Broken:
    __match_args__ = ("a",)
    @property
    def a(self):
        raise KeyError("boom")
match Lazy():
    case Lazy(1, _):
        print("matched with b")
    case Lazy(1):
        print("matched a only")
try:
    match Broken():
        case Broken(_):
            print("no")
except KeyError as e:
    print("KeyError", e)

class K:
    match {"x": 1, "y": 2}:
        case {"x": x, **rest}:
            found = (x, rest)
print(K.found, K.x, K.rest)

def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case [*_] if not it:
                yield "empty"
            case {**rest} if rest:
                yield f"dict {sorted(rest)}"
            case {}:
                yield "empty dict"
            case (*rest,):
                yield f"seq {rest}"
print(list(gen([(1, 2), [], {"a": 1}, {}, [1, 2, 3]])))

counter = 0
def bump():
    global counter
    match counter:
        case 0 | 1 as c:
            counter = c + 10
        case _:
            counter = -1
bump(); print(counter); bump(); print(counter)

def outer():
    n = None
    def inner(v):
        nonlocal n
        match v:
            case [n, *_]:
                pass
    inner([7, 8])
    return n
print(outer())

class D(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match D(a=1, b=2):
    case {"b": 2, "a": a}:
        print("a is", a)

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]] if a + b + c + d == 10:
        print("deep", a, b, c, d)

match 42:
    case ((0 | 1) as small) | (42 as small):
        print("small", small)

match "text":
    case str(s) if (n := len(s)) > 2:
        print("walrus", n, s)

values = [1.0, 1, True, 0, False, None, 1+0j]
for v in values:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
        case False:
            print(repr(v), "is False")
        case 0:
            print(repr(v), "== 0")
        case _:
            print(repr(v), "other")
