# Errors raised while splitting URLs.
from urllib.parse import urlsplit, urlparse, urlunsplit, urljoin, urldefrag

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(urlsplit, "http://[::1/path")
attempt(urlsplit, "http://::1]/path")
attempt(urlsplit, "http://[1.2.3.4]/")
attempt(urlsplit, "http://[v1.fe]/")
attempt(urlsplit, "http://[vz.x]/")
attempt(urlsplit, "http://[not-an-ip]/")
attempt(urlsplit, "http://[::ffff:1.2.3.4]/")
attempt(urlsplit, "http://[1::2::3]/")
attempt(urlsplit, "http://[fe80::1%]/")
attempt(urlsplit, "http://[]/")
attempt(urlparse, "http://a[::1]b/")
attempt(urlsplit, "http://exa\uff0fmple.com/")
attempt(urlsplit, "http://user\uff20evil.com/")
attempt(urlsplit, "http://ex\u2100mple/")
attempt(urlsplit, "http://bücher.example/")
attempt(urlsplit, "http://x", b"http")
attempt(urlsplit, b"http://x", "http")
attempt(urlsplit, b"http://caf\xc3\xa9/")
attempt(urlsplit, 5)
attempt(urlsplit, None)
attempt(urlsplit, bytearray(b"http://x/"))
attempt(urlunsplit, ("http", "h"))
attempt(urlunsplit, ("http", b"h", "", "", ""))
attempt(urljoin, b"http://a/", "b")
attempt(urldefrag, 3)
attempt(urlparse, "http://x/", allow_fragments=0)
attempt(urlsplit, "http://h#f", allow_fragments=False)
