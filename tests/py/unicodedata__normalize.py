# Normal forms: comparing strings, stripping accents and folding compatibility
# characters, as the Unicode HOWTO shows.
import unicodedata

def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))

print(strip_accents('Crème Brûlée à la façon de Šťastný'))

single = '\u00ea'
combined = 'e\u0302'
print(single == combined, len(single), len(combined))
print(unicodedata.normalize('NFC', combined) == single)
print([ord(c) for c in unicodedata.normalize('NFD', single)])

def compare_caseless(a, b):
    def nfd(s):
        return unicodedata.normalize('NFD', s)
    return nfd(nfd(a).casefold()) == nfd(nfd(b).casefold())

print(compare_caseless('ê', '\N{LATIN SMALL LETTER E}\N{COMBINING CIRCUMFLEX ACCENT}'))

for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    s = unicodedata.normalize(form, 'ﬁ ① ℌ x² Å ㍿ 한')
    print(form, ascii(s), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, 'ﬁ'))

s = 'plain ascii'
print(unicodedata.normalize('NFC', s) is s)
print(ascii(unicodedata.normalize('NFKC', '\uff28\uff45\uff4c\uff4c\uff4f')))
