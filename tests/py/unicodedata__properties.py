# Looking characters up by name and reading their Unicode properties, as the
# unicodedata docs show them.
import unicodedata

print(unicodedata.lookup('LEFT CURLY BRACKET'))
print(unicodedata.name('/'))
print(unicodedata.name('\u00e9'), unicodedata.name('\u4e00'), unicodedata.name('\uac00'))
print(unicodedata.decimal('9'))
print(unicodedata.category('A'), unicodedata.category('a'), unicodedata.category(' '), unicodedata.category('\u0301'))
print(unicodedata.bidirectional('\u0660'), unicodedata.bidirectional('a'), unicodedata.bidirectional('\u05d0'))
print(unicodedata.combining('a'), unicodedata.combining('\u0301'), unicodedata.combining('\u0327'))
print([unicodedata.east_asian_width(c) for c in 'a\u3042\uff21\uff71\u00e9\u2030'])
print(unicodedata.mirrored('('), unicodedata.mirrored('a'))
print(unicodedata.unidata_version)

for ch in '7\u0663\u00b2\u00bd\u2167\u4e94\u2460':
    print(repr(ch), unicodedata.numeric(ch), unicodedata.digit(ch, None), unicodedata.decimal(ch, None))

print(unicodedata.name('\x00', 'no name'), unicodedata.numeric('x', -1.0))

for call in (lambda: unicodedata.name('\x07'),
             lambda: unicodedata.lookup('NO SUCH THING'),
             lambda: unicodedata.name('ab'),
             lambda: unicodedata.name(65),
             lambda: unicodedata.category(''),
             lambda: unicodedata.decimal('x'),
             lambda: unicodedata.digit('\u00bd'),
             lambda: unicodedata.numeric('x'),
             lambda: unicodedata.normalize('NFX', 'a'),
             lambda: unicodedata.normalize(1, 'a')):
    try:
        print(call())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

# A small table of the characters in a string.
for ch in 'Ü€½':
    print(f"U+{ord(ch):04X} {unicodedata.category(ch)} {unicodedata.name(ch)}")

print(unicodedata.lookup(b'GREEK SMALL LETTER ALPHA'), unicodedata.lookup('latin small letter a'))
try:
    unicodedata.category('a', 'b')
except TypeError as e:
    print('TypeError', e)
