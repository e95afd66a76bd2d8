# contextlib.redirect_stdout / redirect_stderr: print and sys.stdout.write go to the new target.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

f = io.StringIO()
with redirect_stdout(f) as target:
    print('hello')
    sys.stdout.write('direct\n')
    print('to stdout', file=sys.stdout)
print(target is f)
print(repr(f.getvalue()))

# stderr, and the original streams come back afterwards.
old_out, old_err = sys.stdout, sys.stderr
err = io.StringIO()
with redirect_stderr(err):
    print('oops', file=sys.stderr)
    print('still stdout')
print(repr(err.getvalue()))
print(sys.stdout is old_out, sys.stderr is old_err)

# Restored even when the block raises.
buf = io.StringIO()
try:
    with redirect_stdout(buf):
        print('before')
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
print(sys.stdout is old_out, repr(buf.getvalue()))

# The same object entered again while active (a stack of old targets).
outer = io.StringIO()
cm = redirect_stdout(outer)
with cm:
    print('one')
    with cm:
        print('two')
    inner_done = sys.stdout is outer
print(inner_done, sys.stdout is old_out, repr(outer.getvalue()))

# Nesting different targets.
a, b = io.StringIO(), io.StringIO()
with redirect_stdout(a):
    print('a1')
    with redirect_stdout(b):
        print('b1')
    print('a2')
print(repr(a.getvalue()), repr(b.getvalue()))

# Capturing help-like output of a function.
def report(items):
    for i, item in enumerate(items, 1):
        print(f'{i}. {item}')

captured = io.StringIO()
with redirect_stdout(captured):
    report(['apple', 'pear'])
print(captured.getvalue().splitlines())
