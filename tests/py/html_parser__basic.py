# Typical use of html.parser.HTMLParser, as the documentation shows it.
from html.parser import HTMLParser
from html.entities import name2codepoint

class MyHTMLParser(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("Start tag:", tag)
        for attr in attrs:
            print("     attr:", attr)

    def handle_endtag(self, tag):
        print("End tag  :", tag)

    def handle_data(self, data):
        print("Data     :", data)

    def handle_comment(self, data):
        print("Comment  :", data)

    def handle_entityref(self, name):
        c = chr(name2codepoint[name])
        print("Named ent:", c)

    def handle_charref(self, name):
        if name.startswith('x'):
            c = chr(int(name[1:], 16))
        else:
            c = chr(int(name))
        print("Num ent  :", c)

    def handle_decl(self, data):
        print("Decl     :", data)

parser = MyHTMLParser()
parser.feed('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" '
            '"http://www.w3.org/TR/html4/strict.dtd">')
parser.feed('<img src="python-logo.png" alt="The Python logo">')
parser.feed('<h1>Python</h1>')
parser.feed('<style type="text/css">#python { color: green }</style>')
parser.feed('<script type="text/javascript">'
            '  alert("<strong>hello!</strong>");</script>')
parser.feed('<!-- a comment -->'
            '<!--[if IE 9]>IE-specific content<![endif]-->')
parser = MyHTMLParser(convert_charrefs=False)
parser.feed('&gt;&#62;&#x3E;')
parser.feed('<sp')
parser.feed('an class=link')
parser.feed('>is')
parser.feed('</sp')
parser.feed('an>')
parser = MyHTMLParser()
parser.feed('<p><a class=link href=#main>tag soup</p ></a>')
parser.feed('&gt;&#62;&#x3E; &amp; &lt;b&gt; &copy;2024 &notanentity; &nbsp')
parser.close()

# The documentation's first example
class Printer(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("Encountered a start tag:", tag)
    def handle_endtag(self, tag):
        print("Encountered an end tag :", tag)
    def handle_data(self, data):
        print("Encountered some data  :", data)

parser = Printer()
parser.feed('<html><head><title>Test</title></head>'
            '<body><h1>Parse me!</h1></body></html>')

# Collecting links, with positions and the raw start tag
class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append((dict(attrs).get("href"), self.getpos(), self.get_starttag_text()))

doc = """<html>
  <body>
    <a href="/one">One</a>
    <A HREF='/two?x=1&amp;y=2'>Two</A>
      <a name=anchor>no link</a><a href=/three>Three</a>
  </body>
</html>"""
lc = LinkCollector()
lc.feed(doc)
lc.close()
for link in lc.links:
    print(link)
print(lc.getpos(), lc.lasttag, repr(lc.rawdata))
