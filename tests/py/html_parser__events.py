# Every handler, with positions, for many kinds of markup; fed whole, then one character at
# a time, with and without convert_charrefs.
from html.parser import HTMLParser

class Recorder(HTMLParser):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.events = []
    def add(self, *event):
        self.events.append(event + (self.getpos(),))
    def handle_starttag(self, tag, attrs):
        self.add("start", tag, attrs, self.get_starttag_text())
    def handle_startendtag(self, tag, attrs):
        self.add("startend", tag, attrs, self.get_starttag_text())
    def handle_endtag(self, tag):
        self.add("end", tag)
    def handle_data(self, data):
        self.add("data", data)
    def handle_comment(self, data):
        self.add("comment", data)
    def handle_decl(self, data):
        self.add("decl", data)
    def handle_pi(self, data):
        self.add("pi", data)
    def handle_charref(self, name):
        self.add("charref", name)
    def handle_entityref(self, name):
        self.add("entityref", name)
    def unknown_decl(self, data):
        self.add("unknown_decl", data)

def merged(events):
    # Text may come in pieces when fed piecemeal: join neighbouring data events.
    out = []
    for e in events:
        if out and e[0] == "data" and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e[:-1] if e[0] != "data" else e[:2])
    return out

samples = [
    "<p>Hello, <b>world</b>!</p>",
    "<div id='main' class=\"a b\" data-x=1 hidden>text</div>",
    "<br/><br /><img src=x.png alt='' /><hr>",
    "<input type=checkbox checked disabled=disabled value=\"a&amp;b\">",
    "<a href='?a=1&b=2&copy=3&lt;'>x</a>",
    "<a title=\"&#x41;&#66;&#0;&#128;&#xd800;&nbsp&gtx\">y</a>",
    "<!-- comment --><!---->x<!-- a -- b --><!--\n multi\n line\n-->",
    "<!DOCTYPE html><!doctype HTML PUBLIC \"-//W3C//DTD\"><!ELEMENT br EMPTY>",
    "<?xml version=\"1.0\"?><?php echo 1 ?>",
    "<![CDATA[ <raw> & stuff ]]><![if !IE]>x<![endif]>",
    "<script>if (a < b && c > d) { x = '</div>'; }</script>after",
    "<style>p > a { color: red }</STYLE>&amp;",
    "<script type=text/javascript>\n<!--\ndocument.write('<p>');\n//-->\n</script >",
    "<SCRIPT>x</Script>",
    "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&#39; &#x263a; &#9731; &unknown; &amp",
    "&#65&#x42 &#xZZ; &# &#; & alone & &x",
    "<p>unclosed <b>tags <i>everywhere",
    "</p></ b></>< /p></1></a b='c'>",
    "<a b c=d e = 'f' g= \"h\" / i=/>",
    "<a<b>c</a<b>",
    "<p =x>",
    "<table><tr><td>1<td>2</table>",
    "text with\nnewlines\r\nand\ttabs",
    "<p>\u00e9\u00e8 \u4e2d\u6587 \U0001F600</p>",
    "<!bogus comment><!-not a comment>",
    "<a href=\"x'y\" title='a\"b'>q</a>",
    "<div\nclass=\"x\"\n>y</div\n>",
    "<p>a < b and c > d</p>",
    "<3 <> <!> <? >",
    "<textarea><b>not bold</b></textarea>",
    "<title>a &amp; b</title>",
]
for conv in (True, False):
    print("convert_charrefs =", conv)
    for s in samples:
        p = Recorder(convert_charrefs=conv)
        p.feed(s)
        p.close()
        print(repr(s))
        for e in p.events:
            print("   ", e)
        q = Recorder(convert_charrefs=conv)
        for ch in s:
            q.feed(ch)
        q.close()
        if merged(q.events) != merged(p.events):
            print("  char by char:")
            for e in q.events:
                print("   ", e)
