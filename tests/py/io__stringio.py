# io.StringIO: an in-memory text file. write/read/readline/seek/tell/truncate, iteration,
# getvalue, closing, and the errors CPython gives.
import io

out = io.StringIO()
print(out.write('First line.\n'), out.tell())
print('Second line.', file=out)
out.writelines(['third ', 'line\n'])
print(repr(out.getvalue()))
out.close()
print(out.closed)

f = io.StringIO('one\ntwo\nthree')
print(repr(f.read(3)), f.tell(), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.seek(0)
print(f.readlines())
f.seek(0)
print([line for line in f])
f.seek(0)
print(f.readlines(4), f.readlines(1), f.readlines(0))
f.seek(4)
print(repr(f.readline(2)), repr(f.readline(0)), repr(f.readline(None)), repr(f.read(None)), repr(f.read(-1)))
print(f.seek(0, 2), f.seek(0, 1), f.seek(2), repr(f.read()))

# Overwriting in the middle, writing past the end (the gap is filled with NULs), truncating.
g = io.StringIO('hello world')
g.seek(6)
g.write('there')
print(repr(g.getvalue()), g.tell())
g.write('!!')
print(repr(g.getvalue()))
g.seek(20)
g.write('end')
print(repr(g.getvalue()), g.tell())
print(g.truncate(5), repr(g.getvalue()), g.tell())
g.seek(2)
print(g.truncate(), repr(g.getvalue()), g.tell(), repr(g.read()))
print(g.truncate(50), repr(g.getvalue()))

# The initial value is not affected by writes before it is read back, position starts at 0.
h = io.StringIO('abc')
print(h.tell(), h.write('X'), repr(h.getvalue()), repr(h.read()))
print(repr(io.StringIO().getvalue()), repr(io.StringIO(None).getvalue()), repr(io.StringIO().read()))

# Many small writes (a StringIO used as a string builder).
sb = io.StringIO()
for i in range(20000):
    sb.write(str(i % 10))
    sb.write(',')
value = sb.getvalue()
print(len(value), value[:12], value[-6:], sb.tell())
sb.seek(0)
print(sb.read(10), sum(1 for _ in io.StringIO('x\n' * 20000)))

# Non-ASCII text
u = io.StringIO()
u.write('naïve ')
u.write('😀 日本')
u.seek(2)
u.write('Ï')
print(repr(u.getvalue()), u.tell(), len(u.getvalue()))

# Attributes and the methods that report capabilities.
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.encoding, s.errors, s.line_buffering, s.newlines)
print(s.flush(), type(s).__name__, type(s).__module__)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)

# Errors
def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('write int', lambda: io.StringIO().write(5))
attempt('write bytes', lambda: io.StringIO().write(b'x'))
attempt('init bytes', lambda: io.StringIO(b'x'))
attempt('init int', lambda: io.StringIO(1))
attempt('bad newline', lambda: io.StringIO('', newline='x'))
attempt('newline type', lambda: io.StringIO('', newline=1))
attempt('seek cur', lambda: io.StringIO('abc').seek(1, 1))
attempt('seek end', lambda: io.StringIO('abc').seek(-1, 2))
attempt('seek negative', lambda: io.StringIO('abc').seek(-1))
attempt('seek whence', lambda: io.StringIO('abc').seek(0, 3))
attempt('seek float', lambda: io.StringIO('abc').seek(1.0))
attempt('truncate negative', lambda: io.StringIO('abc').truncate(-1))
attempt('read str', lambda: io.StringIO('abc').read('1'))
attempt('readline str', lambda: io.StringIO('abc').readline('1'))
attempt('fileno', lambda: io.StringIO().fileno())
attempt('detach', lambda: io.StringIO().detach())
attempt('set closed', lambda: setattr(io.StringIO(), 'closed', True))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

closed = io.StringIO('data')
closed.close()
closed.close()  # closing twice is fine
for name in ('read', 'readline', 'readlines', 'getvalue', 'tell', 'truncate', 'readable', 'isatty', 'flush', '__enter__'):
    attempt(name, getattr(closed, name))
attempt('write', lambda: closed.write('x'))
attempt('seek', lambda: closed.seek(0))
attempt('next', lambda: next(closed))
attempt('iter', lambda: iter(closed))
attempt('writelines', lambda: closed.writelines(['a']))
attempt('newlines', lambda: closed.newlines)
