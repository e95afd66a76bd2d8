# Buffering across feed() calls, close(), reset(), getpos, CDATA mode and odd inputs.
from html.parser import HTMLParser
import html.parser

class Recorder(HTMLParser):
    def __init__(self, **kwargs):
        self.events = []
        super().__init__(**kwargs)
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
    def handle_data(self, data):
        self.events.append(("data", data))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, data):
        self.events.append(("decl", data))
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def handle_charref(self, name):
        self.events.append(("charref", name))
    def handle_entityref(self, name):
        self.events.append(("entityref", name))
    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))

def steps(chunks, close=True, **kwargs):
    p = Recorder(**kwargs)
    for c in chunks:
        p.feed(c)
        print("  after %r: events=%r rawdata=%r pos=%r" % (c, p.events, p.rawdata, p.getpos()))
        p.events = []
    if close:
        p.close()
        print("  close: events=%r rawdata=%r pos=%r" % (p.events, p.rawdata, p.getpos()))
    return p

print("split tags and references")
steps(["<a hr", "ef='x'", ">te", "xt</", "a>"])
steps(["text &am", "p; more &#6", "5; and &#x4", "1;"])
steps(["text &am", "p; more &#6", "5; and &#x4", "1;"], convert_charrefs=False)
steps(["a &amp"])
steps(["a &amp"], convert_charrefs=False)
steps(["a &"], convert_charrefs=False)
steps(["a &#"], convert_charrefs=False)
steps(["a &#x"], convert_charrefs=False)
steps(["&#x;"], convert_charrefs=False)
steps(["&#12"], convert_charrefs=False)
steps(["tail <"])
steps(["<!-- never closed"])
steps(["<!DOCTYPE never closed"])
steps(["<?pi never closed"])
steps(["<div never closed"])
steps(["</div never closed"])
steps(["<![CDATA[ never closed"])
steps(["<a b='unterminated"])
steps(["<scr", "ipt>a<", "/scr", "ipt>b"])
steps(["<script>no end"])
steps(["<style>x</style", ">"])
steps(["<p>" + "x" * 40 + "&amp"])
steps(["&amp;" * 3 + "&" + "x" * 40])
steps(["<", "!", "-", "-", " c ", "-", "-", ">"])
steps(["<", "?", "x", ">"])

print("reset and reuse")
p = Recorder()
p.feed("<p>one<b")
print(p.rawdata, p.getpos(), p.lasttag)
p.reset()
print(repr(p.rawdata), p.getpos(), p.lasttag, p.cdata_elem, p.get_starttag_text())
p.feed("<i>two</i>")
p.close()
print(p.events, p.lasttag)
p.feed("<script>")
print(p.cdata_elem, p.interesting.pattern, p.interesting.flags & 2)
p.reset()
print(p.cdata_elem, p.interesting.pattern)

print("positions")
class Pos(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("  start", tag, self.getpos())
    def handle_endtag(self, tag):
        print("  end", tag, self.getpos())
    def handle_data(self, data):
        print("  data", repr(data), self.getpos())
p = Pos()
p.feed("line1\n<a>\n\n  <b\nx=1\n>c</b>\r\n</a>")
p.close()
print(p.getpos())

print("get_starttag_text")
class Texts(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("  ", repr(self.get_starttag_text()))
    handle_startendtag = handle_starttag
t = Texts()
print(t.get_starttag_text())
t.feed("<a  href = 'x' >< b/><IMG\nSRC=y>")
print(repr(t.get_starttag_text()))

print("CDATA_CONTENT_ELEMENTS can be changed")
class Raw(Recorder):
    CDATA_CONTENT_ELEMENTS = ("script", "style", "textarea")
r = Raw()
r.feed("<textarea><b>&amp;</b></textarea><script><i></script>")
r.close()
print(r.events)

print("handle_startendtag default calls start and end")
class Plain(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("  start", tag, attrs)
    def handle_endtag(self, tag):
        print("  end", tag)
Plain().feed("<br/><img src=a />")

print("defaults do nothing")
base = HTMLParser()
base.feed("<a href=x>y</a><!--c--><?p><!DOCTYPE d>&amp;&#65;")
base.close()
print(repr(base.rawdata), base.getpos(), base.convert_charrefs)

print("malformed declarations")
for s in ["<![foo[bar]]>", "<![if x]>y", "<!ELEMENT>", "<![ x"]:
    p = Recorder()
    try:
        p.feed(s)
        p.close()
        print(repr(s), p.events)
    except AssertionError as e:
        print(repr(s), "AssertionError", e, p.events)

print("argument errors")
try:
    HTMLParser(True)
except TypeError as e:
    print("TypeError", e)
try:
    HTMLParser().feed(b"<a>")
except TypeError as e:
    print("TypeError", e)
print(html.parser.__all__, HTMLParser.CDATA_CONTENT_ELEMENTS)
print([c.__name__ for c in HTMLParser.__mro__], HTMLParser.__mro__[1].__module__)
import _markupbase
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print("RuntimeError", e)
