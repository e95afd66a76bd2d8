# Every format character in every byte order: sizes, alignment, round trips of edge values,
# half floats (rounding to even), floats, pad bytes, repeat counts and whitespace.
import struct

CHARS = 'xcbB?hHiIlLqQnNefdspP'
for order in ['', '@', '=', '<', '>', '!']:
    sizes = []
    for c in CHARS:
        try:
            sizes.append(f'{c}{struct.calcsize(order + c)}')
        except struct.error as e:
            sizes.append(f'{c}:{e}')
    print(repr(order), ' '.join(sizes))

for fmt in ['ci', 'cq', 'bhid', 'hdh', '?e', 'xxi', '3c2h', '2i3s', 'i0q', '0q', ' 2i ', 'i\ti', 'b7x',
            '<ci', '>bq', '=hi', '!xq', 'P?P', 'en', '10s', '0s', '0p', '255p', '4?', 'qf', 'fq']:
    print(repr(fmt), struct.calcsize(fmt))

edges = {
    'b': [-128, 127, 0], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535],
    'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1],
    'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
}
for order in ['<', '>', '=']:
    for c, vals in edges.items():
        for v in vals:
            p = struct.pack(order + c, v)
            print(order + c, v, p, struct.unpack(order + c, p)[0])
for c in 'lLnNP':
    for v in ([-2**63, 2**63 - 1] if c in 'ln' else [0, 2**64 - 1]):
        p = struct.pack(c, v)
        print(c, v, p, struct.unpack(c, p)[0])

halves = [0.0, -0.0, 1.0, -2.0, 0.1, 1 / 3, 65504.0, 65519.0, 65519.99, 6.1e-5, 6.0e-8, 5.96e-8,
          2.98e-8, 2.99e-8, 1e-9, 1.00048828125, 1.0009765625, 1.00146484375, 2049.0, 2051.0,
          float('inf'), float('-inf'), float('nan'), -float('nan')]
for x in halves:
    for order in '<>':
        p = struct.pack(order + 'e', x)
        print('e', order, x, p, struct.unpack(order + 'e', p)[0])
for h in [b'\x00\x7c', b'\x00\xfc', b'\x01\x7c', b'\x00\x7e', b'\x01\x00', b'\xff\x03', b'\x00\x04',
          b'\xff\x7b', b'\x00\x80']:
    print('e bits', h, struct.unpack('<e', h)[0])

floats = [0.0, -0.0, 0.1, -1.5, 3.4028234663852886e38, 3.4028235677973366e38, 1e-45, 1e-46, 1e300,
          float('inf'), float('nan'), 5e-324, 2.0**-149, 2.0**-150]
for x in floats:
    for fmt in ['<f', '>f', '@f', '<d', '>d']:
        try:
            p = struct.pack(fmt, x)
            print(fmt, x, p, struct.unpack(fmt, p)[0])
        except OverflowError as e:
            print(fmt, x, 'OverflowError', e)

print(struct.pack('>?', 2), struct.unpack('<?', b'\xff'), struct.pack('<?', []), struct.pack('!?', [0]))
print(struct.pack('3s', b'abcdef'), struct.pack('3s', bytearray(b'a')), struct.pack('1p', b'abc'),
      struct.pack('2p', b'abc'), struct.pack('300p', b'a' * 299)[:3], len(struct.pack('300p', b'a' * 299)))
print(struct.unpack('4p', b'\x09abc'), struct.unpack('4p', b'\x01abc'), struct.unpack('1p', b'\x05'))
print(struct.pack('<hxxh', 1, 2), struct.pack('>3xb', -1), struct.pack('x'), struct.unpack('xbx', b'\x00\x05\x00'))
print(struct.pack('0px', b'a'), struct.pack('0pb', b'', 1), struct.pack('b0p', 1, b''))
buf = bytearray(4)
struct.pack_into('b0p', buf, 1, 1, b'')
print(buf)
print(struct.pack('<2h3c', 1, 2, b'a', b'b', b'c'), struct.unpack('<2h3c', b'\x01\x00\x02\x00abc'))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Real:
    def __float__(self):
        return 0.5


class IntSub(int):
    pass


print(struct.pack('<i', Index(-5)), struct.pack('<Q', Index(2**64 - 1)), struct.pack('d', Index(3)),
      struct.pack('<f', Real()), struct.pack('<h', IntSub(7)), struct.pack('<i', True),
      struct.pack('c', type('B', (bytes,), {})(b'z')))
