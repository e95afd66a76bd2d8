# The unicode_escape and raw_unicode_escape codecs: encoding, decoding Python's escapes
# (octal, \\x, \\u, \\U, \\N{...}), CPython's errors and its warning for an unknown escape.
import codecs
samples = ['plain', 'tab\there', 'quote\'s "x"', 'back\\slash', 'caf\u00e9', '\u4e2d\u6587', 'emoji \U0001F600', '\x00\x7f\x80']
for s in samples:
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
for b in [b'\\u00e9\\n', b'a\\x41\\101\\N{LATIN SMALL LETTER A WITH GRAVE}', b'\\q\\\n', rb'\\u0041', rb'\u0041\\x', b'\xe9']:
    print(b.decode('unicode_escape'), repr(b.decode('raw_unicode_escape')))
for bad in [b'\\x4', b'abc\\u12', b'\\U00110000', b'\\N{NOPE}', b'end\\', b'\\N']:
    try: bad.decode('unicode_escape')
    except UnicodeDecodeError as e: print(e.encoding, e.start, e.end, e.reason, '|', e)
    print(repr(bad.decode('unicode_escape', 'replace')), repr(bad.decode('unicode_escape', 'ignore')))
print(codecs.decode(b'\\t', 'unicode_escape'), codecs.encode('\u00e9', 'unicode-escape'))
