# ast.unparse and compile() of trees, as code generators and refactoring tools use them.
import ast

samples = [
    "x = (1 + 2) * 3 - -4 ** 2 ** -1",
    "a = b if c else (d if e else f)\nlambda: (yield)",
    "print(*args, sep='', **kw); f(x for x in y); f((x for x in y), z)",
    "not a or b and c and not (d or e) or (f and g)",
    "x < y <= (z == w) is not None in q",
    "(a, b), c = d, (e,) = [], ()",
    "t[1:2, ::3]; t[()]; t[(1, 2)]; t[a:b][c]; (1).real; 1.5.real; x.y.z",
    "s = {1, 2}; e = set(); d = {**a, 'k': 1}; {*()}",
    "[x * y for x in range(3) if x if not x for y in z]; {k: v for k, v in d.items()}",
    "f'{x!r:>{w}} and {y:.2f} {{braces}} {z}' f\"{'q'}\"",
    "f'{a}\\n{b}\\t' \"'\" '\"'",
    "'''doc''' ; x = 'it\\'s'; y = \"a \\\"q\\\"\"; z = b'\\x00\\n'",
    "async def f():\n    async with a as b, c:\n        await x\n    async for i in g():\n        yield i\n    return [j async for j in k]",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    '''Doc string.'''\n    x: int = 3\n    def m(self, a, /, b=1, *c, d, e=2, **f) -> 'C':\n        \"\"\"Method.\n\n        More.\n        \"\"\"\n        global g\n        nonlocal h\n        del a, b[0]\n        return",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    pass\nfinally:\n    x += 1",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    x = 1",
    "while x:\n    break\nelse:\n    continue\nfor i, j in k:\n    pass\nelse:\n    pass",
    "with open(f) as (a, b):\n    pass",
    "match p:\n    case [1, *rest] | {'k': v, **kw} if v:\n        pass\n    case Point(1, x=0, y=_) as q:\n        pass\n    case None | True | -1 | 1+2j | 'a' | b'c':\n        pass\n    case (x, y) | [x, *_]:\n        pass",
    "from . import a as b, c\nfrom ..pkg.mod import *\nimport os.path as p, sys",
    "(x := 5); y = (z := 1); print((w := 2))",
    "x = 1e999; y = 1e999j; z = -1e999",
    "a ** -b; (-a) ** b; -a ** b; (a ** b) ** c; a ** b ** c; ~a; +a; not not a",
    "a = yield b; c = yield from d; await e",
    "assert x, 'msg'; del (a, b); x: 'int'; (y): int = 1",
    "print(u'text', 'a' 'b', 1_000, 0x1F, 0o17, 0b11, 1.0, 3j, ..., None, True)",
    "lambda a, b=2, *args, c, **kw: a; lambda *, k: k; lambda x, /: x",
    "if x:\n    def f():\n        pass\n    class K:\n        pass\nx = 1",
]
for src in samples:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print("-" * 20)
    again = ast.unparse(ast.parse(text))
    assert again == text, (text, again)

print(ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Name("a", ast.Load()), ast.Mult(), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))))
print(ast.unparse(ast.parse("def f(): pass").body[0].args))


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class DropPrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "print":
            return None
        return node


source = "x = 1 + 2\nprint('gone')\nresult = x * 10\n"
tree = Double().visit(ast.parse(source))
tree = DropPrints().visit(tree)
print(ast.unparse(tree))
namespace = {}
exec(compile(tree, "<transformed>", "exec"), namespace)
print(namespace["result"])
expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<expr>", "eval")))
print(compile(ast.parse("a"), "<f>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
try:
    compile(ast.parse("a"), "<f>", "eval")
except TypeError as e:
    print("TypeError:", e)
node = ast.parse("a + 1", mode="eval").body
print(ast.dump(ast.increment_lineno(node, 3), include_attributes=True))
new = ast.Name("q", ast.Load())
print(ast.dump(ast.copy_location(new, node), include_attributes=True))
print(ast.dump(ast.fix_missing_locations(ast.Expression(ast.Name("r", ast.Load()))), include_attributes=True))
print(list(ast.iter_fields(ast.Name("n", ast.Load()))))
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse("f(a, b=c)", mode="eval").body)])
print(isinstance(ast.Constant(3), ast.Num), isinstance(ast.Constant("s"), ast.Num), isinstance(ast.Constant(True), ast.Num), ast.Num(5).value)
print(ast.Constant(4).n, ast.Name.__match_args__, ast.AST._fields)
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id=name), ast.Add(), ast.Constant(value=v)):
        print("matched", name, v)
partial = ast.Expression(ast.BinOp(ast.Name("a", ast.Load(), lineno=3, col_offset=4), ast.Add(), ast.Constant(1, end_lineno=None)))
ast.fix_missing_locations(partial)
print(vars(partial.body))
print(vars(partial.body.left))
print(vars(partial.body.right))
