# urlencode, parse_qs and parse_qsl.
from urllib.parse import urlencode, parse_qs, parse_qsl, quote

print(urlencode([("a", 1), ("b", "x y"), ("a", 2), ("c", "é&="), ("d", b"raw bytes")]))
print(urlencode({"list": [1, 2, 3], "tuple": ("x", "y"), "str": "abc", "none": None}))
print(urlencode({"list": [1, 2, 3], "tuple": ("x", "y"), "str": "abc", "none": None}, doseq=True))
print(urlencode({"empty": [], "bytes": [b"a b", "c d"], "num": 5, "set": {1}}, doseq=True))
print(urlencode({"path": "/a/b c"}, safe="/"), urlencode({"p": "a b"}, quote_via=quote))
print(urlencode({"é": "ü"}, encoding="latin-1"), urlencode({b"k y": b"v/w"}))
print(urlencode({}), urlencode([]), urlencode(()))

qs = "name=John+Smith&age=42&hobby=chess&hobby=go&empty=&flag&enc=caf%C3%A9&plus=1%2B1"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2&c=3"), parse_qsl("a=1;b=2&c=3", separator=";"))
print(parse_qsl("a=%E9", encoding="latin-1"), parse_qsl("a=%E9"), parse_qsl("a=%E9", errors="ignore"))
print(parse_qsl("&&a=1&&"), parse_qsl("=x&y="), parse_qsl("=x&y=", keep_blank_values=True))
print(parse_qsl(b"a=1&b=%20+"), parse_qs(b"k=v&k=w"), parse_qsl("a=1&b=2", separator=b"&"))
print(parse_qsl(""), parse_qsl(None), parse_qs(b""), parse_qsl("a=b=c"))
print(parse_qsl("x=1&y=2", max_num_fields=2))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(parse_qsl, "a=1&b=2&c=3", max_num_fields=2)
attempt(parse_qsl, "a=1&&b=2", strict_parsing=True)
attempt(parse_qsl, "a=1&b", strict_parsing=True)
attempt(parse_qs, "flag", strict_parsing=True)
attempt(parse_qsl, "a=1", separator="")
attempt(parse_qsl, "a=1", separator=None)
attempt(parse_qsl, "a=1", separator=5)
attempt(urlencode, "a=1")
attempt(urlencode, ["a", "b"])
attempt(urlencode, 5)
attempt(urlencode, [("a", 1, 2)])
