# Incremental decoders: a UTF-8 stream cut at arbitrary byte
# boundaries decodes the same as a whole, and iterencode/iterdecode chain.
import codecs

text = 'Grüße, 世界! 😀 ok'
data = text.encode('utf-8')

for size in (1, 2, 3, 5):
    decoder = codecs.getincrementaldecoder('utf-8')()
    pieces = [decoder.decode(data[i:i + size]) for i in range(0, len(data), size)]
    pieces.append(decoder.decode(b'', final=True))
    print(size, ''.join(pieces) == text, [p for p in pieces[:8]])

decoder = codecs.getincrementaldecoder('utf-8')()
print(repr(decoder.decode(b'\xe4\xb8')), decoder.getstate())
print(repr(decoder.decode(b'\x96')), decoder.getstate())
decoder.decode(b'\xf0\x9f')
decoder.reset()
print(decoder.getstate())
decoder.decode(b'abc\xe4')
try:
    decoder.decode(b'', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)

rdec = codecs.getincrementaldecoder('utf-8')('replace')
print(rdec.decode(b'a\xe4'), rdec.decode(b'', True))

encoder = codecs.getincrementalencoder('utf-8')()
print(encoder.encode('abc'), encoder.encode('é', final=True))

u16 = codecs.getincrementalencoder('utf-16')()
print(u16.encode('a'), u16.encode('b'), u16.encode('', True))
chunks = list(codecs.iterencode(['ab', 'c', '', 'dé'], 'utf-16'))
print(chunks)
print(list(codecs.iterdecode(iter(chunks), 'utf-16')))
blob = b''.join(chunks)
d16 = codecs.getincrementaldecoder('utf-16')()
print([d16.decode(blob[i:i + 3]) for i in range(0, len(blob), 3)])

be = 'x😀'.encode('utf-16-be')
d = codecs.getincrementaldecoder('utf-16-be')()
print([d.decode(be[i:i + 1]) for i in range(len(be))])

stream = [b'caf', b'\xc3', b'\xa9 ', b'cr\xc3\xa8', b'me']
print(list(codecs.iterdecode(stream, 'utf-8')))
print(''.join(codecs.iterdecode(stream, 'utf-8')))
print(list(codecs.iterencode(['naïve', ' ', 'café'], 'latin-1')))
sig = codecs.getincrementaldecoder('utf-8-sig')()
print([sig.decode(b) for b in (b'\xef', b'\xbb', b'\xbfhi', b' there')])
