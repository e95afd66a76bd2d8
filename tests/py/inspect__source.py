# Comment block at the top of the module.
# getsource/getsourcelines/findsource/getcomments/getblock on objects of this file.
"""Module docstring."""
import inspect
import os
import sys


# A comment about area,
# on two lines.
def area(width,
         height=1):
    """Return the area.

        Indented part.
    Back.
    """
    text = '''
def not_a_function():
class NotAClass:
'''
    return width * height  # trailing comment

    # a comment indented like the body, after a blank line

# a comment at column 0 ends nothing but is not included
def one_liner(): return 1


square = lambda side: (side *
                       side)


class Shape:
    """A shape."""
    sides = 0

    class Corner:
        def describe(self):
            return "class NotThis:"

    def scale(self, factor):
        # first line comment
        return factor
    async def later(self):
        return None


def factory():
    class Local:
        "local doc"
        pass

    def helper(q):
        return q
    return Local, helper


Local, helper = factory()


class OneLine: pass


class Parenthesised(
        Shape,
):
    z = 1


if True:
    class InsideIf:
        def m(self):
            pass

string = 'class Fake:'


def tabbed():
	return 'tab'


def last():
    return "end"


objects = [area, one_liner, square, Shape, Shape.Corner, Shape.Corner.describe, Shape.scale,
           Shape().scale, Shape.later, Local, helper, factory, OneLine, Parenthesised,
           InsideIf, InsideIf.m, tabbed, last]
for obj in objects:
    lines, lnum = inspect.getsourcelines(obj)
    print('==', getattr(obj, '__qualname__', obj.__name__), 'line', lnum, len(lines), 'lines')
    print(inspect.getsource(obj), end='')
    print('comments:', repr(inspect.getcomments(obj)))

lines, index = inspect.findsource(Shape.Corner)
print(index, repr(lines[index]), lines == inspect.findsource(area)[0])
module = sys.modules[__name__]
print(repr(inspect.getcomments(module)))
lines, start = inspect.getsourcelines(module)
print(start, len(lines) > 100, repr(lines[0]))
print(inspect.getsource(module) == ''.join(lines))

# Files and modules.
print(os.path.basename(inspect.getfile(area)), os.path.basename(inspect.getsourcefile(Shape)),
      os.path.basename(inspect.getabsfile(area)), os.path.basename(inspect.getfile(module)))
print(inspect.getfile(area.__code__) == inspect.getfile(area) == inspect.getfile(Shape))
print(inspect.getmodule(area) is module, inspect.getmodule(Shape).__name__,
      inspect.getmodule(area.__code__) is module, inspect.getmodule(module) is module,
      inspect.getmodule(1))
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.pyc'), inspect.getmodulename('x.so'),
      inspect.getmodulename('x.txt'), inspect.getmodulename('pkg'))
for bad in [1, 'text', int, sys]:
    try:
        print(inspect.getfile(bad))
    except TypeError as e:
        print('TypeError', e)
for bad in [sys, int, len]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)

# getblock and indentsize on lists of lines.
print(inspect.indentsize('\t  x'), inspect.indentsize('    '), inspect.indentsize('a'))
blocks = [
    ['def x():\n', '    pass\n', 'y = 1\n'],
    ['x = lambda: (1,\n', '  2)\n', 'z\n'],
    ['@decorator\n', 'def x(): pass\n', 'y\n'],
    ['@decorator(\n', '    arg)\n', 'class C:\n', '    a = 1\n', 'b\n'],
    ['    def m(self):\n', '        return 1\n', '\n', '    def n(self): pass\n'],
    ['class C:\n', '    """doc\n', 'not dedented\n', '"""\n', '    x = 1\n', 'after\n'],
    ['def x():\n', '    y = [\n', '1]\n', '    # indented comment\n', '\n', 'z\n'],
    ['def x(): \\\n', '  pass\n', 'q\n'],
    ['def x():\n', '    return 1'],
    ['def x():\n', '    s = "a \\\n', 'b"\n', '    return s\n', 'end\n'],
]
for block in blocks:
    print(inspect.getblock(block))
