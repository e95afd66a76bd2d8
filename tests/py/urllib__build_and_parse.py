# Building a URL with a query string, then taking it apart again.
from urllib.parse import (urlencode, urlunsplit, urlsplit, urlparse, parse_qs, parse_qsl,
                          quote, unquote, urljoin, SplitResult)

params = {"q": "python 3.11 release notes", "lang": "en", "page": 2, "tags": ["docs", "c++"],
          "redirect": "https://example.org/a b?x=1&y=2"}
query = urlencode(params, doseq=True)
print(query)
print(urlencode(params))
url = urlunsplit(("https", "api.example.com:8443", "/v1/search/" + quote("café & bar"), query,
                  "results"))
print(url)

parts = urlsplit(url)
print(parts)
print(parts.scheme, parts.netloc, parts.hostname, parts.port, parts.path, parts.fragment)
print(unquote(parts.path))
print(parse_qs(parts.query))
print(parse_qsl(parts.query))
print(parts.geturl() == url)
print(parts._replace(fragment="", query=urlencode({"page": 3})).geturl())

login = urlparse("postgresql://admin:s3cr%40t@db.internal.example.com:5432/app;opts?sslmode=require")
print(login)
print(login.username, login.password, unquote(login.password), login.hostname, login.port)
print(login.params, parse_qs(login.query))
print(urlparse("https://example.com/path;params?query=1#frag"))
print(urlparse("https://example.com/a/b;x/c;y?z"))

base = "https://docs.example.com/guide/intro/index.html?v=1#top"
for link in ["setup.html", "../api/", "/search?q=x", "#section-2", "?v=2", "//cdn.example.net/app.js",
             "mailto:help@example.com", "./", "..", "../../../../up", "chapter 2.html", ""]:
    print(repr(link), "->", urljoin(base, link))
print(SplitResult("http", "h", "/p", "", ""), SplitResult._fields)
