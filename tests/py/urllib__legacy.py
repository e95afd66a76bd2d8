# The old helpers: unwrap, and the deprecated split*() functions.
import warnings
import urllib.parse as up

print(up.unwrap("<URL:http://example.com/x>"), up.unwrap("  <http://a/>  "), up.unwrap("URL: x "))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(up.splittype("HTTP://host/p"), up.splittype("/no/scheme"))
    print(up.splithost("//user@host:80/path?q"), up.splithost("//host"), up.splithost("/p"))
    print(up.splituser("user:pw@host"), up.splituser("host"))
    print(up.splitpasswd("user:pw"), up.splitpasswd("user"))
    print(up.splitport("host:8080"), up.splitport("host:"), up.splitport("host"), up.splitport("[::1]:80"))
    print(up.splitnport("host:8080"), up.splitnport("host:x"), up.splitnport("host"), up.splitnport("h:", 5))
    print(up.splitquery("/p?a=1?b"), up.splitquery("/p"), up.splittag("/p#a#b"), up.splittag("/p"))
    print(up.splitattr("/p;a=1;b"), up.splitvalue("a=1"), up.splitvalue("a"))
    print(up.to_bytes("http://x/"))
for w in caught:
    print(w.category.__name__, w.message)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        up.to_bytes("http://é/")
    except UnicodeError as e:
        print(type(e).__name__, e)
print(up.uses_netloc[:5], "mailto" in up.non_hierarchical, "sip" in up.uses_query, up.scheme_chars[-4:])
up.clear_cache()
print(up.urlsplit("http://x/y").path)
print(sorted(up.__all__))
