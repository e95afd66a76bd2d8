# Unicode errors carry encoding, object, start, end and reason; their message is worked out
# from those fields, also after a handler changes them.
def show(e):
    print(type(e).__name__, getattr(e, "encoding", None), repr(e.object), e.start, e.end, e.reason)
    print(" ", e, "|", repr(e), "|", e.args)


for data, enc in [(b"abc\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"ok\xc3\x28", "utf-8"),
                  (b"caf\xe9", "ascii"), (bytearray(b"x\x80y"), "ascii"), (b"\x00\xd8", "utf-16-le"),
                  (b"\x00\x00\x11\x00", "utf-32-le"), (b"abc", "utf-16")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)
        print("  bad bytes:", e.object[e.start:e.end])

for text, enc in [("héllo", "ascii"), ("日本語", "latin-1"), ("a\U0001f600b", "ascii"), ("x€", "latin-1")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        show(e)

try:
    str(b"\xff\xfe\xfa", "utf-8")
except UnicodeError as e:
    show(e)
    e.start, e.end, e.reason = 1, 3, "changed"
    print(" ", e)

e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
show(e)
e = UnicodeEncodeError("ascii", "\xe9\xe8", 0, 2, "nope")
show(e)
e = UnicodeTranslateError("\u20ac", 0, 1, "no mapping")
print(e, "|", e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError))
for args in [("x",), ("utf-8", "not bytes", 0, 1, "r"), (1, b"", 0, 1, "r"), ("utf-8", b"", "0", 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print("TypeError:", e)
print(UnicodeError("plain"), UnicodeError("a", 1))


class AppError(UnicodeDecodeError):
    pass


try:
    raise AppError("latin-1", b"zz", 1, 2, "custom")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
