# FrameSummary and StackSummary: extracting, building from tuples, formatting (with carets
# where column positions are given).
import sys
import traceback


def fail(values):
    raise IndexError("no item %d" % len(values))


def run():
    fail([1, 2])


try:
    run()
except IndexError as e:
    tb = e.__traceback__

stack = traceback.extract_tb(tb)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(fs.name, fs.lineno, repr(fs.line), fs.locals, len(fs), fs[1], fs[-1])
    filename, lineno, name, line = fs
    print(name, lineno, line, filename == __file__)
print(repr(stack[-1]).replace(__file__, "FILE"))
print(stack[-1] == (__file__, 8, "fail", 'raise IndexError("no item %d" % len(values))'))
print(stack[-1] == stack[-1], stack[0] == stack[-1], stack[0] != stack[-1])
try:
    hash(stack[0])
except TypeError as err:
    print(type(err).__name__, err)

print("--- format_list / from_list with plain tuples")
rows = [("app.py", 10, "main", "start()"), ("lib.py", 3, "start", None), ("x.py", 1, "f", "")]
print(traceback.format_list(rows))
summary = traceback.StackSummary.from_list(rows)
print(type(summary).__name__, [f.name for f in summary], summary[1].line)
traceback.print_list(rows, file=sys.stdout)
print(traceback.StackSummary.from_list(stack) == stack)

print("--- capture_locals")
s = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
print(s[-1].locals)
# (Not the module's frame: its locals are the module's globals, loader and all.)
print("".join(traceback.StackSummary.from_list(s[1:]).format()).replace(__file__, "FILE"), end="")
s = traceback.StackSummary.extract(traceback.walk_tb(tb), limit=1, lookup_lines=False)
print(len(s), s[0].name, s[0]._line, s[0].line)

print("--- carets from explicit column positions")
# This file's own lines are the source: line 8 is the raise in fail().
cases = [
    dict(colno=10, end_colno=48),       # the call inside the raise statement
    dict(colno=4, end_colno=48),        # the whole statement: no caret line
    dict(colno=21, end_colno=47),       # a binary operation: ~~~^~~~
    dict(colno=36, end_colno=47),       # a call in it
    dict(colno=4, end_colno=9),
]
for kw in cases:
    fs = traceback.FrameSummary(__file__, 8, "fail", end_lineno=8, **kw)
    print(traceback.StackSummary.from_list([fs]).format()[0].replace(__file__, "FILE"), end="")
fs = traceback.FrameSummary(__file__, 12, "run", end_lineno=13, colno=4, end_colno=5)
print(traceback.StackSummary.from_list([fs]).format()[0].replace(__file__, "FILE"), end="")
fs = traceback.FrameSummary("<made up>", 1, "f", line="value = items[index] + offset", end_lineno=1, colno=8, end_colno=20)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
fs = traceback.FrameSummary("<made up>", 1, "f", line="total = (first) // second", end_lineno=1, colno=8, end_colno=25)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
fs = traceback.FrameSummary("<made up>", 1, "f", line="x = données['clé'] * 2", end_lineno=1, colno=4, end_colno=22)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
fs = traceback.FrameSummary("<made up>", 1, "f", line="y = 表[一] + 1", end_lineno=1, colno=4, end_colno=12)
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")

print("--- repeated frames are summarised")
rows = [("r.py", 5, "rec", "rec(n - 1)")] * 7 + [("r.py", 2, "rec", "raise ValueError")]
print("".join(traceback.format_list(rows)), end="")
rows = [("r.py", 5, "rec", "rec(n - 1)")] * 4
print("".join(traceback.format_list(rows)), end="")
