# The ast module as its documentation uses it: parse, dump, walk, visitors, literal_eval.
import ast

tree = ast.parse("x = 1 + 2 * y\nprint(x)")
print(ast.dump(tree))
print(ast.dump(tree, indent=4))
print(ast.dump(ast.parse("f'{a!r:>{w}}' if b else -c", mode="eval"), include_attributes=True))
print(type(tree).__name__, tree._fields, ast.Module.__module__, ast.Name._attributes)

source = '''
import os, sys as system
from collections import deque

def greet(name: str, *args, greeting="hello", **kw) -> str:
    """Say hello.

    Twice, if asked.
    """
    return f"{greeting}, {name}"

class Shape(Base, metaclass=Meta):
    "A shape."
    sides = 0

    async def area(self):
        async with lock:
            await something()
        return [x ** 2 for x in range(self.sides) if x]
'''
module = ast.parse(source)
for node in ast.walk(module):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        print(type(node).__name__, node.name, node.lineno, node.col_offset, node.end_lineno, repr(ast.get_docstring(node)))
print(repr(ast.get_docstring(module)))
print(sorted({type(n).__name__ for n in ast.walk(module)}))


class ImportLister(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Import(self, node):
        self.names.extend(a.name for a in node.names)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        self.names.extend(f"{node.module}.{a.name}" for a in node.names)


lister = ImportLister()
lister.visit(module)
print(lister.names)


class CallCounter(ast.NodeVisitor):
    def __init__(self):
        self.calls = {}

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls[node.func.id] = self.calls.get(node.func.id, 0) + 1
        self.generic_visit(node)


counter = CallCounter()
counter.visit(ast.parse("print(len(x)); print(range(3)); max(1, 2)"))
print(counter.calls)

for text in ["42", "-3.5", "'hi'", "b'x'", "[1, (2, 3), {'a': {4, 5}}]", "{}", "set()", "1+2j", "-1-2j", "None", "(True, False)", "  7"]:
    print(repr(ast.literal_eval(text)))
for bad in ["x", "1 + x", "f(1)", "[1, 2][0]", "2 * 3", "{**a}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
try:
    ast.parse("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("return 1")))
print(ast.dump(ast.parse("a[1:2, ::3] = b.c", mode="exec")))
print(ast.dump(ast.parse("match p:\n    case [1, *rest] | {'k': v, **kw} if v: pass\n    case Point(x=0, y=_) as q: pass")))
print(ast.dump(ast.parse("try:\n  pass\nexcept* (A, B) as e:\n  raise X from e\nfinally:\n  del a, b")))
print(ast.dump(ast.parse("lambda a, /, b=1, *c, d, e=2, **f: (yield)")))
print(ast.dump(ast.parse("global g; nonlocal n; assert x, 'm'\nwith a as b, c: pass\nx: int = 3; y += 1; (z := 5)")))
print(ast.dump(ast.parse("1", mode="single")))
print(ast.dump(ast.parse("...; 1e999; 2j; 0xff; 'a' 'b'; u'c'; rb'\\d'")))
node = ast.parse("x", mode="eval")
print(ast.dump(node), node.body.ctx, isinstance(node.body.ctx, ast.Load))
print(ast.get_source_segment("a = foo(1,\n  2) + 3", ast.parse("a = foo(1,\n  2) + 3").body[0].value.left))
