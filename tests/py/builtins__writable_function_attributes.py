# Function attributes scripts change (defaults, names, their dict), a cell's contents, and
# SyntaxError's text from its fields, as CPython's.
def dflt(a, b=5, *, c=1): return a, b, c
dflt.__defaults__ = (7,)
print(dflt.__defaults__, dflt(1))
dflt.__kwdefaults__ = {"c": 9}
print(dflt.__kwdefaults__, dflt(1))
dflt.__defaults__ = None
try:
    dflt(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dflt.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
def f(): pass
f.attr = 5
del f.attr
print(hasattr(f, "attr"))
try:
    del f.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
import types
c = types.CellType(1)
c.cell_contents = 6
print(c.cell_contents)
try:
    compile("x = = 1", "/a/b/f.py", "exec")
except SyntaxError as e:
    print(str(e), repr(e.args))
print(str(SyntaxError('bad thing', ('file.py', 3, 5, 'x = = 1\n'))))
print(str(SyntaxError('m', (None, 3, 5, 't'))), str(SyntaxError('m', ('f', None, 5, 't'))))
print(repr(str(SyntaxError())), str(SyntaxError(1)), str(IndentationError("ind", ("x.py", 2, 1, "  y"))))
import ast
try:
    ast.Name('a', id='b')
except TypeError as e: print(e)
