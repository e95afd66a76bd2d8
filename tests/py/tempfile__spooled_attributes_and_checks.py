# SpooledTemporaryFile's attributes before and after it rolls over to a real file, mkstemp's
# argument checks, and rmtree's onerror for a path that is not there.
import shutil
import tempfile

s = tempfile.SpooledTemporaryFile(max_size=5, mode="w+", encoding="utf-8")
print(s.encoding, s.errors, s.newlines, s.mode, s._rolled)
s.write("x" * 10 + "\r\n")
print(s.encoding, s.errors, s.mode, s._rolled)
s.seek(0)
print(repr(s.read()), s.newlines)
s.close()
b = tempfile.SpooledTemporaryFile(max_size=4)
b.write(b"ab")
print(b.mode, b._rolled, hasattr(b, "getvalue"))
try:
    b.encoding
except AttributeError as e:
    print("AttributeError")
b.write(b"cdef")
buf = bytearray(3)
b.seek(1)
print(b._rolled, b.readinto(buf), buf, b.read1(10), b.isatty())
b.close()
t = tempfile.SpooledTemporaryFile(mode="w+", errors="replace")
print(t.encoding, t.errors)
t.close()
for kw in [{"suffix": 5}, {"prefix": b"x", "suffix": "y"}, {"prefix": "x", "dir": b"/tmp"}]:
    try:
        tempfile.mkstemp(**kw)
        print("no error", kw)
    except TypeError as e:
        print(type(e).__name__, e)
shutil.rmtree("/nonexistent_reap_dir", onerror=lambda fn, p, ei: print(fn.__name__, p, ei[0].__name__))
shutil.rmtree("/nonexistent_reap_dir", ignore_errors=True)
try:
    shutil.rmtree("/nonexistent_reap_dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
