# html.entities tables and html.unescape with HTML5's full list of names.
import html
import html.entities as ent

print(sorted(ent.__all__))
print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs), len(ent.html5))
print(list(ent.name2codepoint.items())[:5], list(ent.name2codepoint)[-3:])
print(list(ent.codepoint2name.items())[:5])
print(list(ent.entitydefs.items())[:3], ent.entitydefs["lang"], ent.entitydefs["euro"])
print(list(ent.html5.items())[:6])
print(list(ent.html5)[-4:])
print(ent.html5["amp;"], ent.html5["amp"], ent.html5["NewLine;"] == "\n", ent.html5["nbsp"] == "\xa0")
print(ascii(ent.html5["lang;"]), ascii(chr(ent.name2codepoint["lang"])))
print([k for k in ent.html5 if len(ent.html5[k]) == 2][:8])
print(sum(1 for k in ent.html5 if not k.endswith(";")))
print(ent.codepoint2name[0x26], ent.codepoint2name[0x3c], ent.codepoint2name[0x20ac])
checksum = 0
for name, value in ent.html5.items():
    for ch in name + value:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
print(checksum)
print(all(html.unescape("&" + k) == v for k, v in ent.html5.items()))

for s in ["&NewLine;&Tab;&check;&hearts;&nbsp;&NotEqualTilde;", "&acE;&bne;&fjlig;",
          "&notin;&notit;&noti &copy2024 &amp;amp; &AMP &ampx &lt3 &LT;", "&Aacute &aacutex &Acircle",
          "&#0; &#1; &#9; &#11; &#13; &#127; &#128; &#129; &#150; &#159; &#160;",
          "&#xfffe; &#xffff; &#x1fffe; &#xfdd0; &#xd800; &#x110000; &#99999999999;",
          "&#x41;&#X42;&#x0043&#68&#69x", "&;&#;&#x;& ;&&amp;;", "no refs at all", ""]:
    print(ascii(s), "->", ascii(html.unescape(s)))
print(html.escape("<a href='x'>\"&\"</a>"), html.escape("<'\">&", quote=False))
