# io.BytesIO: an in-memory binary file. read/readline/readlines/iteration, writes at any
# position, seek/tell/truncate, and the errors CPython gives; plus io's constants and
# io.text_encoding.
import io

b = io.BytesIO()
print(b.write(b'hello '), b.write(bytearray(b'world\n')), b.tell())
b.writelines([b'second\r\n', b'third'])
print(b.getvalue())

b.seek(0)
print(b.readline(), b.readline(3), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(12), b.readlines(1), b.readlines())
b.seek(0)
print(b.read(5), b.read1(1), b.read1(), b.read(), b.read(-1), b.read(None))

# seek relative to the start, current position and end; going before the start stops at 0.
print(b.seek(0), b.seek(3, io.SEEK_CUR), b.seek(-5, io.SEEK_END), b.read(), b.seek(-100, 1), b.seek(-100, 2))
print(b.seek(100), b.read(), b.tell())

# Writing in the middle overwrites; past the end fills the gap with zero bytes.
d = io.BytesIO(b'0123456789')
print(d.tell(), d.read(2))
d.seek(3)
d.write(b'abc')
print(d.getvalue(), d.tell())
d.seek(12)
d.write(b'Z')
print(d.getvalue(), d.tell())
print(d.truncate(4), d.getvalue(), d.tell())
d.seek(2)
print(d.truncate(), d.getvalue(), d.tell(), d.truncate(10), d.getvalue())
d.seek(0, 2)
d.write(b'tail')
print(d.getvalue())

# readinto fills a bytearray.
r = io.BytesIO(b'abcdef')
buf = bytearray(4)
print(r.readinto(buf), buf)
print(r.readinto(buf), buf)
print(r.readinto(buf), buf)

# Many small writes.
big = io.BytesIO()
for i in range(20000):
    big.write(str(i % 10).encode() + b';')
print(len(big.getvalue()), big.getvalue()[:10], sum(1 for _ in io.BytesIO(b'x\n' * 5000)))

# Binary data round trip
payload = bytes(range(256))
p = io.BytesIO(payload)
print(p.read(4), p.read(300)[-3:], p.getvalue() == payload, io.BytesIO(bytearray(b'ba')).read())

# Capabilities and context manager
c = io.BytesIO(b'x')
print(c.readable(), c.writable(), c.seekable(), c.isatty(), c.flush(), c.closed)
with io.BytesIO(b'abc') as c:
    print(c.read(), type(c).__name__, type(c).__module__)
print(c.closed, io.BytesIO(None).getvalue())


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('write str', lambda: io.BytesIO().write('text'))
attempt('write int', lambda: io.BytesIO().write(3))
attempt('init str', lambda: io.BytesIO('text'))
attempt('seek negative', lambda: io.BytesIO().seek(-1))
attempt('seek whence', lambda: io.BytesIO().seek(0, 5))
attempt('seek float', lambda: io.BytesIO().seek(0.5))
attempt('truncate negative', lambda: io.BytesIO().truncate(-2))
attempt('read str', lambda: io.BytesIO().read('2'))
attempt('readline str', lambda: io.BytesIO().readline('2'))
attempt('fileno', lambda: io.BytesIO().fileno())
attempt('set closed', lambda: setattr(io.BytesIO(), 'closed', 1))

closed = io.BytesIO(b'data')
closed.close()
closed.close()
for name in ('read', 'read1', 'readline', 'readlines', 'getvalue', 'tell', 'truncate', 'readable', 'isatty', 'flush', '__enter__'):
    attempt(name, getattr(closed, name))
attempt('write', lambda: closed.write(b'x'))
attempt('seek', lambda: closed.seek(0))
attempt('next', lambda: next(closed))
attempt('writelines', lambda: closed.writelines([b'a']))
print(iter(closed) is closed)

# Constants and text_encoding
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.text_encoding(None), io.text_encoding('latin-1'), io.text_encoding('utf-8', 3))
print(io.open is open)
