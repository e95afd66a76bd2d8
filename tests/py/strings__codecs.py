# str.encode and bytes.decode: utf-8/16/32, ascii, latin-1, the error handlers, CPython's messages.

text = "caf\u00e9 \u20ac \U0001F600"
for enc in ["utf-8", "UTF8", "utf_16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1"]:
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
for enc, errors in [("ascii", "strict"), ("ascii", "ignore"), ("ascii", "replace"), ("ascii", "backslashreplace"), ("latin-1", "replace")]:
    try:
        print(enc, errors, text.encode(enc, errors))
    except UnicodeEncodeError as e:
        print(enc, errors, "UnicodeEncodeError:", e)
print("abc".encode(encoding="ascii"), "\u00e9\u00e8x".encode("ascii", errors="replace"))
try:
    "\u00e9\u00e8x".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
for raw in [b"\xe9abc", b"\x80", b"ab\xf0\x9f\x41", b"ab\xe2\x82", b"\xc3\xa9\xff!"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(raw, errors, repr(raw.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, "UnicodeDecodeError:", e)
print(b"\xe9t\xe9".decode("latin-1"), bytearray(b"ok").decode(), b"\xff\xfeh\x00i\x00".decode("utf-16"))
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    b"h\x00i".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e)
for bad in [("x", "rot13x"), ("x", "utf-8", "nope")]:
    try:
        "x".encode(*bad[1:])
    except LookupError as e:
        print(type(e).__name__, e)
print(isinstance(UnicodeEncodeError, type), issubclass(UnicodeDecodeError, ValueError))
