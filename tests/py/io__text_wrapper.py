# io.TextIOWrapper over a binary stream (BytesIO here): decoding in pieces, the newline modes,
# universal newlines and `newlines`, writing with translation, and its messages.
import io

RAW = "héllo wörld\r\nsecond line\rthird\nend ✓".encode("utf-8")


class Trickle(io.BytesIO):
    """Gives at most three bytes a read, to split characters and '\\r\\n' pairs."""

    def read1(self, n=-1):
        return super().read(min(3, n if n >= 0 else 3))


for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(RAW), encoding="utf-8", newline=newline)
    print(repr(newline), t.readlines(), t.newlines)
    t = io.TextIOWrapper(Trickle(RAW), encoding="utf-8", newline=newline)
    print(repr(newline), list(t), t.newlines)

t = io.TextIOWrapper(Trickle(RAW), encoding="utf-8")
print(repr(t.read(3)), repr(t.read(9)), repr(t.readline()), repr(t.readline(4)), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"a\r"), encoding="ascii")
print(repr(t.read()), repr(t.newlines))
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9 \xff"), encoding="latin-1")
print(t.read(), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO(b"bad \xff byte"), encoding="utf-8", errors="replace")
print(t.read())
t = io.TextIOWrapper(io.BytesIO(b"bad \xff byte"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(t.write("one\ntwo\n"), t.write("ünï"))
t.writelines(["\n", "x"])
t.flush()
print(b.getvalue())
print(t.buffer is b, t.line_buffering, t.write_through, t.closed, t.readable(), t.writable(), t.seekable())
t.close()
print(t.closed, b.closed)
for f, args in [(t.read, ()), (t.write, ("x",)), (t.readline, ())]:
    try:
        f(*args)
    except ValueError as e:
        print("ValueError", e)

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
for bad in (b"bytes", 5):
    try:
        t.write(bad)
    except TypeError as e:
        print("TypeError", e)
for kwargs in [dict(newline="x"), dict(newline=5), dict(encoding="nope")]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kwargs)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")), io.TextIOWrapper(io.BytesIO()).encoding)
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
print(t.readline(), t.tell(), t.seek(0), t.read(), t.seek(0, 2))
with io.TextIOWrapper(io.BytesIO(b"x\ny"), encoding="utf-8") as t:
    print([line for line in t])
print(io.TextIOWrapper.__name__, io.TextIOWrapper.__module__)
