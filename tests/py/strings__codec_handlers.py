# Encoding error handlers: xmlcharrefreplace, backslashreplace, namereplace (with strict,
# replace and ignore as before); sys.getdefaultencoding().
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print(sys.getdefaultencoding())
for text in ["é", "a€b", "x\U0001f600y", "plain", "ÿ\u0100", "\u00a0\u2028"]:
    for enc in ["ascii", "latin-1"]:
        for errors in ["xmlcharrefreplace", "backslashreplace", "namereplace", "replace", "ignore", "strict"]:
            attempt(f"{text!r}.encode({enc!r}, {errors!r})", lambda: text.encode(enc, errors))
attempt("encode('ascii', errors='xmlcharrefreplace')", lambda: "é".encode("ascii", errors="xmlcharrefreplace"))
attempt("encode(encoding='latin-1', errors='namereplace')", lambda: "€".encode(encoding="latin-1", errors="namereplace"))
attempt("'\\x80'.encode('ascii', 'namereplace')", lambda: "\x80\x9f".encode("ascii", "namereplace"))
attempt("'\\ue000'.encode('ascii', 'namereplace')", lambda: "\ue000".encode("ascii", "namereplace"))
attempt("'\\uac00'.encode('ascii', 'namereplace')", lambda: "\uac00\u4e00".encode("ascii", "namereplace"))
attempt("encode('utf-8', 'xmlcharrefreplace')", lambda: "é".encode("utf-8", "xmlcharrefreplace"))
attempt("encode('ascii', 'bogus')", lambda: "é".encode("ascii", "bogus"))
attempt("encode('ascii', 'bogus') ascii-only", lambda: "e".encode("ascii", "bogus"))
attempt("decode xmlcharrefreplace", lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
attempt("decode namereplace", lambda: b"\xff".decode("ascii", "namereplace"))
attempt("decode backslashreplace", lambda: b"a\xffb".decode("utf-8", "backslashreplace"))
attempt("decode replace", lambda: b"a\xffb".decode("utf-8", "replace"))
attempt("decode ignore", lambda: b"a\xffb".decode("utf-8", "ignore"))
attempt("decode strict", lambda: b"a\xffb".decode("utf-8"))
