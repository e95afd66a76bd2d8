# Unescaping named and numeric character references.
import html

print(html.unescape("Fish &amp; Chips &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; &apos;single&#39;"))
print(html.unescape("&copy; 2024 &mdash; all rights reserved &trade; &hellip; &euro;5 &pound;3"))
print(html.unescape("caf&eacute; na&iuml;ve &Aring;ngstr&ouml;m &szlig; &Omega; &alpha;&beta;&gamma;"))
print(html.unescape("&#65;&#66;&#x43;&#X44;&#x1F600; &#8364; &#x20AC;"))
print(html.unescape("no semicolon: &amp &lt &gt &quot &copy2024 &eacutex &nbsp;| &notin; &notit;"))
print(html.unescape("&AMP; &AMP &COPY; &REG &LT;&GT; &QUOT;"))
print(html.unescape("unknown: &bogus; &foo &; & &# &#; &#x; &#xZ; &#12a &ampamp;"))
print(ascii(html.unescape("&#0; &#13; &#128; &#x81; &#150; &#159; &#x9F;")))
print(ascii(html.unescape("&#1; &#8; &#11; &#x7f; &#xfdd0; &#xFFFE; &#x10FFFF; &#x1FFFF;")))
print(ascii(html.unescape("&#xD800; &#xDFFF; &#x110000; &#99999999999999999999;")))
print(ascii(html.unescape("&#9; &#10; &#12; &#32; &#160; &#xA0;")))
print(ascii(html.unescape("&lang;&rang; &thetasym; &upsih; &piv; &loz; &spades;")))
print(html.unescape("plain text without ampersands"), repr(html.unescape("")))
print(html.unescape("&" + "a" * 40 + ";"), html.unescape("&amp" + "x" * 40))
print(html.unescape("&&amp;&&lt;;"))
for bad in (["&amp;"], ("x", "&lt;")):
    try:
        print(html.unescape(bad))
    except Exception as e:
        print(type(e).__name__, e)
