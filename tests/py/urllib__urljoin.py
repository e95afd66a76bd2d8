# urljoin with the examples of RFC 3986 section 5.4 and some more.
from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
normal = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
          "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g"]
abnormal = ["../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
            "g#s/./x", "g#s/../x", "http:g", "http:", "http:?y", "http:g?y"]
for ref in normal + abnormal:
    print("%-16r %s" % (ref, urljoin(base, ref)))
print(urljoin("http://a/b/c/d;p?q", "#f", allow_fragments=False))
print(urljoin("http://example.com", "path"), urljoin("http://example.com/", "path"))
print(urljoin("http://example.com/dir/", "sub/../file"), urljoin("http://example.com/a//b/", "../c"))
print(urljoin("ftp://ftp.example.com/pub/", "file.txt"), urljoin("svn://x/a/b", "c"))
print(urljoin("mailto:a@b", "c@d"), urljoin("tel:+1", "x"), urljoin("", "rel"), urljoin("http://x/", ""))
print(urljoin("http://a/b", "https://c/d"), urljoin("http://a/b", "HTTP://c/d"))
print(urljoin("file:///home/user/doc.txt", "other.txt"), urljoin("file:///", "x"))
print(urljoin(b"http://a/b/c", b"../d"), urljoin(b"http://a/b", b""))
try:
    urljoin("http://a/", b"b")
except TypeError as e:
    print(type(e).__name__, e)
