# shutil.get_terminal_size: $COLUMNS and $LINES first, then the terminal (stdout is a pipe
# here, so os.get_terminal_size fails), then the fallback; os.terminal_size itself.
import os
import shutil

for var in ('COLUMNS', 'LINES'):
    os.environ.pop(var, None)

size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size))
print(shutil.get_terminal_size((120, 50)))
print(shutil.get_terminal_size(fallback=(0, 0)))

os.environ['COLUMNS'] = '132'
print(shutil.get_terminal_size())
os.environ['LINES'] = '40'
print(shutil.get_terminal_size((1, 1)))
del os.environ['COLUMNS']
print(shutil.get_terminal_size((99, 9)))

# Values that are not positive numbers are ignored.
for bad in ('0', '-5', 'wide', '', ' 7 '):
    os.environ['COLUMNS'] = bad
    os.environ['LINES'] = bad
    print(repr(bad), shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']

# os.get_terminal_size on a descriptor that is not a terminal.
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

# os.terminal_size is a struct sequence.
ts = os.terminal_size((100, 30))
print(ts, ts == (100, 30), ts[0], ts[-1], len(ts), isinstance(ts, tuple))
columns, lines = ts
print(columns, lines, ts.n_fields, ts.n_sequence_fields, ts.n_unnamed_fields)
print(os.terminal_size([1, 2]), os.terminal_size.__name__, os.terminal_size.__module__)
match ts:
    case os.terminal_size(columns=c, lines=l):
        print('matched', c, l)
for bad in ((1,), (1, 2, 3), 5):
    try:
        os.terminal_size(bad)
    except TypeError as e:
        print('TypeError', e)
