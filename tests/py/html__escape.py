# Escaping text for HTML: building a small page safely.
import html

rows = [("Fish & Chips", 'The "classic"', 7.5), ("<script>alert(1)</script>", "it's bad", 0),
        ("Crème brûlée", "sweet > sour", 4.25)]
print("<table>")
for name, note, price in rows:
    print('  <tr title="%s"><td>%s</td><td>%s</td><td>%.2f</td></tr>'
          % (html.escape(note), html.escape(name), html.escape(note, quote=False), price))
print("</table>")
print(html.escape("a & b < c > d \" e ' f"))
print(html.escape("a & b < c > d \" e ' f", False))
print(html.escape("&amp; already escaped"))
print(repr(html.escape("")), html.escape("plain text"))
print(html.unescape(html.escape("<a href='x?a=1&b=2'>\"link\"</a>")))
for bad in (None, 5):
    try:
        print(html.escape(bad))
    except Exception as e:
        print(type(e).__name__, e)
