# io's abstract bases answer for what a subclass leaves out: reading or writing a TextIOBase or
# BufferedIOBase that defines nothing is UnsupportedOperation; readinto() is made of read().
import io

class T(io.TextIOBase):
    pass

class B(io.BufferedIOBase):
    pass

t, b = T(), B()
for name, call in [("t.read", lambda: t.read()), ("t.write", lambda: t.write("x")),
                   ("t.readline", lambda: t.readline()), ("t.detach", lambda: t.detach()),
                   ("t.truncate", lambda: t.truncate()), ("b.read", lambda: b.read()),
                   ("b.read1", lambda: b.read1()), ("b.write", lambda: b.write(b"x")),
                   ("b.detach", lambda: b.detach()), ("b.readinto", lambda: b.readinto(bytearray(2))),
                   ("b.readinto1", lambda: b.readinto1(bytearray(2)))]:
    try:
        print(name, call())
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e.args, isinstance(e, OSError), isinstance(e, ValueError))
print(t.encoding, t.newlines, t.errors)

class Source(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        n = len(self.data) if n is None or n < 0 else n
        out, self.data = self.data[:n], self.data[n:]
        return out
    def readable(self):
        return True

s = Source(b"hello world")
buf = bytearray(5)
print(s.readinto(buf), buf, s.readinto(bytearray(20)), s.readinto(bytearray(3)))
print(io.BlockingIOError is BlockingIOError)

# A TextIOWrapper gives its buffer what was written at a flush, at each newline when
# line-buffered, or at once with write_through.
b = io.BytesIO()
w = io.TextIOWrapper(b, line_buffering=True)
w.write('ab')
print(b.getvalue())
w.write('c\nd')
print(b.getvalue())
w.flush()
print(b.getvalue())
w = io.TextIOWrapper(io.BytesIO())
w.write('x')
print(w.buffer.getvalue(), w.tell(), w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(), write_through=True)
w.write('y')
print(w.buffer.getvalue())
w = io.TextIOWrapper(io.BytesIO(b'one\ntwo\n'))
w.write('ONE\n')
w.seek(0)
print(repr(w.read()))
big = io.TextIOWrapper(io.BytesIO())
big.write('z' * 9000)
print(len(big.buffer.getvalue()))
