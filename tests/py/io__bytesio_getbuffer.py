# BytesIO.getbuffer(): a writable view of the contents; while one is out the stream refuses
# to change size, with CPython's BufferError.
import io
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
print(type(view).__name__, bytes(view), view.readonly, len(view))
view[0:2] = b"XY"
print(b.getvalue(), b.read(3))
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError:", e)
try:
    b.truncate(2)
except BufferError as e:
    print("BufferError:", e)
print(b.tell(), b.read())
view.release()
b.write(b"!!")
print(b.getvalue(), type(b.getvalue()).__name__)
b.seek(0)
print(b.read(4), type(b.read(1)).__name__, b.readline())
with io.BytesIO() as c:
    c.write(b"hello world")
    v = c.getbuffer()
    print(v.tobytes().upper(), v.nbytes)
    del v
    c.write(b"!")
    print(c.getvalue())
d = io.BytesIO(b"xyz")
m = d.getbuffer()
try:
    d.close()
except BufferError as e:
    print("BufferError:", e)
m.release()
d.close()
print(d.closed)
