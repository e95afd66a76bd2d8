# What each file class says when it cannot seek (a pipe), a text file's seek() cookie taken as
# int() takes it, io.TextIOWrapper detached or dropped (which closes its buffer), and open()
# given a path-like whose __fspath__ returns something else.
import io
import os

r, w = os.pipe()
f = os.fdopen(r)
for op in [lambda: f.seek(0), lambda: f.tell(), lambda: f.buffer.seek(0), lambda: f.buffer.tell(),
           lambda: f.seekable()]:
    try:
        print(op())
    except OSError as e:
        print(type(e).__name__, e)
f.close()
g = open(w, "wb", buffering=0)
for op in [lambda: g.seek(0), lambda: g.tell(), lambda: g.seekable()]:
    try:
        print(op())
    except OSError as e:
        print(type(e).__name__, e)
g.close()

f = open(__file__)
for args in [("x",), (1.5,), (None,), (-1,), (True,)]:
    try:
        print(args, f.seek(*args), repr(f.read(3)))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
f.close()

t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
t.detach()
for op in [t.read, t.readline, lambda: t.write("a"), t.tell, lambda: t.closed]:
    try:
        print(op())
    except ValueError as e:
        print(type(e).__name__, e)
bb = io.BytesIO(b"12345")
t = io.TextIOWrapper(bb, encoding="utf-8")
del t
print(bb.closed)


class Bad:
    def __fspath__(self):
        return 5


for fn in [open, os.fspath]:
    try:
        fn(Bad())
    except TypeError as e:
        print(e)
