# Read-write modes keep what the file holds ('a+' appends and reads it all back), modes are
# checked as CPython checks them, binary files report their raw mode ('w+b' is 'rb+'), text
# files their encoding, and the errors are CPython's (io.UnsupportedOperation, a
# UnicodeDecodeError with its fields).
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'notes.txt')
with open(p, 'w') as f:
    f.write('abc\n')
with open(p, 'a+') as f:
    print(f.tell())
    f.write('def\n')
    f.seek(0)
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read()))
with open(p, 'ab+') as f:
    f.write(b'ghi\n')
    f.seek(0)
    print(f.read(), f.mode)

for mode in ['r', 'rt', 'w', 'wt+', 'a', 'rb', 'wb', 'w+b', 'ab+', 'r+b']:
    with open(p, mode) as f:
        print(mode, repr(f.mode))

for mode in ['rw', 'rr', 'rt+b', 'b', '+', 'r++', 'rq', 'tb']:
    try:
        open(p, mode)
    except ValueError as e:
        print(mode, e)
for kw in [dict(mode='r', buffering=0), dict(mode='rb', closefd=False)]:
    try:
        open(p, **kw)
    except ValueError as e:
        print(kw, e)

with open(p, encoding='utf-8') as f:
    print(f.encoding, f.errors, f.line_buffering, f.newlines, f.seekable())
with open(p) as f:
    print(f.encoding)
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(p, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)

with open(p, 'w') as f:
    f.write('0123456789')
    print(f.truncate(4), f.tell())
with open(p, 'r+') as f:
    f.seek(2)
    print(f.truncate())
with open(p) as f:
    print(repr(f.read()))

with open(p, 'wb') as f:
    f.write('h\u00e9llo'.encode('latin-1'))
try:
    open(p, encoding='ascii').read()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)

with open(p, 'rb') as f1:
    with open(f1.fileno(), 'rb', closefd=False) as f2:
        print(f2.read(2), f2.name == f1.fileno())
for fd in (-1, 987):
    try:
        open(fd)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

os.remove(p)
os.rmdir(d)
