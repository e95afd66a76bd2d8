# codecs' registry and functions: lookup, encode/decode, the stateless coders,
# BOM constants and the error handlers.
import codecs

info = codecs.lookup('UTF8')
print(info.name, type(info).__name__, len(info), info[0] is info.encode)
for name in ('utf-8', 'u8', 'ascii', 'latin1', 'ISO-8859-1', 'utf_16', 'UTF-16-LE', 'utf-32be', 'utf-8-sig', 'rot13'):
    print(repr(name), '->', codecs.lookup(name).name)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError', e)

print(codecs.encode('naïve café', 'utf-8'))
print(codecs.decode(b'na\xc3\xafve caf\xc3\xa9', 'utf-8'))
print(codecs.encode('naïve', 'latin-1'), codecs.decode(b'na\xefve', 'latin-1'))
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode(b'\x00\xff', 'hex'), codecs.decode(b'00ff', 'hex'))
print(codecs.encode(b'reap', 'base64'), codecs.decode(b'cmVhcA==\n', 'base64'))
print(codecs.encode('héllo', 'ascii', 'replace'), codecs.encode('héllo', 'ascii', 'ignore'))
print(codecs.encode('héllo €', 'ascii', 'xmlcharrefreplace'))
print(codecs.encode('héllo €', 'ascii', 'backslashreplace'))
print(codecs.encode('héllo €', 'ascii', 'namereplace'))
print(codecs.decode(b'abc\xff', 'utf-8', 'replace'), codecs.decode(b'abc\xff', 'utf-8', 'backslashreplace'))

encoder = codecs.getencoder('utf-8')
decoder = codecs.getdecoder('utf-8')
print(encoder('snowman ☃'), decoder(b'\xe2\x98\x83!'))
print(codecs.getencoder('utf-16-le')('ab'))
print(codecs.encode('ab', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfab', 'utf-8-sig'), codecs.decode(b'ab', 'utf-8-sig'))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF16 == codecs.BOM_UTF16_LE, codecs.BOM_LE, codecs.BOM_BE)

def sniff(data):
    for bom, enc in ((codecs.BOM_UTF8, 'utf-8-sig'), (codecs.BOM_UTF32_LE, 'utf-32'),
                     (codecs.BOM_UTF16_LE, 'utf-16'), (codecs.BOM_UTF16_BE, 'utf-16')):
        if data.startswith(bom):
            return enc
    return 'utf-8'

for blob in ('text'.encode('utf-16'), 'text'.encode('utf-8-sig') if False else codecs.BOM_UTF8 + b'text', b'text'):
    enc = sniff(blob)
    print(enc, codecs.decode(blob, enc))

try:
    codecs.decode(b'\xff\xfe\xfd', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start, e.end, e.object)
try:
    codecs.encode('\u20ac', 'ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e, e.start, e.end)
try:
    codecs.encode(b'bytes', 'utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    codecs.decode('text', 'utf-8')
except TypeError as e:
    print('TypeError', e)
