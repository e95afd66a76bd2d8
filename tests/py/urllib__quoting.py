# quote, unquote and their variants.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes)

for s in ["/path/to/my file.txt", "a&b=c", "100%", "~user/_x-y.z", "café", "日本語",
          "emoji 😀", "", "slash/and?query#frag", "tab\tnewline\n", "'\"<>\\^`{|}"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(quote("a b/c", safe="/ "), quote("a:b@c", safe=":@"), quote("é", safe="é"))
print(quote("café", encoding="latin-1"), quote("café€", encoding="ascii", errors="replace"),
      quote("café€", encoding="ascii", errors="ignore"))
print(quote(b"bytes \xff\x00"), quote(b"a/b", safe=b""), quote(bytearray(b"x y")))
print(quote_plus(b"a b+c"), quote_plus("a b", safe=b"/"), quote_plus(b"a b", safe="/"))
print(quote_from_bytes(b"\x80abc /"), quote_from_bytes(b""), quote_from_bytes(b"safe", ""))

for s in ["%2Fpath%2Fto%20file", "caf%C3%A9", "caf%E9", "%E6%97%A5%E6%9C%AC", "100%",
          "%zz%4", "%", "%%41", "a+b%2Bc", "mixé%20ascii", "", "%F0%9F%98%80", "%C3"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("caf%E9", encoding="latin-1"), unquote("caf%E9", errors="ignore"),
      unquote("%C3%A9", encoding=None, errors=None))
print(unquote(b"a%20b%C3%A9"), unquote_to_bytes(b"%41%42"), unquote_to_bytes("é%41"))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(quote, b"x", encoding="utf-8")
attempt(quote, b"x", errors="strict")
attempt(quote, 123)
attempt(quote, None)
attempt(quote_from_bytes, "str")
attempt(quote, "é", encoding="ascii")
attempt(unquote, "caf%E9", errors="strict")
attempt(unquote_to_bytes, None)
attempt(unquote_to_bytes, 0)
