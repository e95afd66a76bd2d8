# match as real programs use it: an evaluator over namedtuples, config validation, a tokenizer.
# A tiny expression evaluator, the way people use match in real code.
from collections import namedtuple

Num = namedtuple("Num", "value")
BinOp = namedtuple("BinOp", "op left right")
Neg = namedtuple("Neg", "operand")
Var = namedtuple("Var", "name")

def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")

tree = BinOp("+", Num(2), BinOp("*", Var("x"), Neg(Num(3))))
print(evaluate(tree, {"x": 4}))
for bad in (Var("y"), BinOp("/", Num(1), Num(2)), "text"):
    try:
        evaluate(bad, {})
    except (NameError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

def simplify(node):
    match node:
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case other:
            return other
print(simplify(BinOp("+", Num(0), BinOp("*", Num(1), Var("z")))))
print(simplify(BinOp("*", Var("q"), Num(0))))

# Config validation with mappings
def check(cfg):
    match cfg:
        case {"version": 1, "name": str(name), **extra} if not extra:
            return f"v1 {name}"
        case {"version": 2, "name": str(name), "tags": [*tags]}:
            return f"v2 {name} tags={tags}"
        case {"version": int(v)}:
            return f"unsupported version {v}"
        case dict():
            return "no version"
        case _:
            return "not a mapping"
for cfg in [{"version": 1, "name": "a"}, {"version": 1, "name": "a", "x": 1},
            {"version": 2, "name": "b", "tags": ("t1", "t2")}, {"version": 3}, {}, [1]]:
    print(check(cfg))

# Matching over a stream of tokens
def tokens(text):
    for word in text.split():
        match word:
            case "(" | ")":
                yield ("paren", word)
            case w if w.isdigit():
                yield ("int", int(w))
            case w if w.replace(".", "", 1).isdigit():
                yield ("float", float(w))
            case w:
                yield ("name", w)
print(list(tokens("( add 1 2.5 x )")))
