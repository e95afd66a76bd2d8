# The result types: fields, properties, geturl, encode/decode.
from urllib.parse import (urlparse, urlsplit, urldefrag, urlunparse, urlunsplit, ParseResult,
                          SplitResult, DefragResult, ParseResultBytes, SplitResultBytes)

for url in ["http://user:pw@Example.COM:8080/p?q#f", "https://[2001:DB8::1]:443/", "//host/",
            "http://[fe80::1%25ETH0]/x", "http://user@host", "http://:pw@host:/", "http://h:0",
            "file:///etc/hosts", "mailto:someone@example.com", "news:comp.lang.python",
            "urn:isbn:0451450523", "localhost:8080", "path/only?x=1", "HTTP://H/P", "a1+.-b:rest",
            "1http:x", "http:///no/host", "  http://stripped.example/  ", "ht\ttp://ex\namp\rle/",
            "http://h/a;b;c/d;e", "git+ssh://git@github.com/u/r.git", "tel:+1-555;ext=7", ""]:
    r = urlparse(url)
    s = urlsplit(url)
    print(repr(url))
    print("   ", r)
    print("   ", s.username, s.password, s.hostname, s.port, "|", r.geturl(), "|", s.geturl())

r = urlsplit("http://h:99999/")
for prop in ("port",):
    try:
        print(getattr(r, prop))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["http://h:abc/", "http://h:-1/", "http://h:١٢/", "http://h:+1/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print(type(e).__name__, e)

print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p").geturl(), urldefrag("x#y").geturl())
print(urldefrag(b"http://h/p#f"), urldefrag("http://h/p#").fragment == "")
print(urlunparse(("http", "h", "/p", "params", "q", "f")), urlunparse(("", "", "p", "", "", "")))
print(urlunsplit(("http", "", "p", "", "")), urlunsplit(("file", "", "/etc", "", "")),
      urlunsplit(("mailto", "", "a@b", "", "")), urlunsplit(("", "h", "p", "q", "")),
      urlunsplit(("http", "", "//p", "", "")), urlunsplit(["x", "", "", "", "y"]))

r = urlparse("https://user:pw@host:1/p;x?q#f")
b = r.encode()
print(b, type(b).__name__, b.hostname, b.port, b.username, b.password)
print(b.decode(), b.geturl(), type(b.decode()).__name__)
print(urlsplit(b"http://USER@Host.Example:80/x").hostname, urlsplit(b"http://h/").port)
print(urlsplit("http://h/é").encode("utf-8"), urldefrag("a#b").encode())
print(r._asdict(), r._fields, r[0], r[-1], len(r), tuple(r))
print(r == ("https", "user:pw@host:1", "/p", "x", "q", "f"), isinstance(r, tuple))
print(SplitResult[str], ParseResult.__mro__[1].__name__, DefragResult("u", "f").geturl())
print(ParseResultBytes(b"http", b"h", b"/", b"", b"", b"").geturl(), SplitResultBytes._fields)
