# struct's errors, with CPython's types and messages: bad formats, the range errors (which
# differ by format character and byte order: CPython's three tables), values of the wrong
# type, buffer sizes, arguments; an uncaught struct.error ends the script.
import struct


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__module__ + '.' + type(e).__qualname__ + ":", e)


for fmt in ['z', '<z', 'ii z', '3', 'i3', '3 i', '99999999999999999999i', '-1i', 'i<', '<n', '>N', '!P',
            '\x00', 'i\x00', 'é', '9223372036854775807x', '9223372036854775807xb', '4611686018427387904h',
            'b4611686018427387904h', 1, None, bytearray(b'i'), ['i']]:
    attempt(f"calcsize({fmt!r})", lambda: struct.calcsize(fmt))

values = [-2**64 - 1, -2**63 - 1, -2**63, -2**31 - 1, -32769, -129, -1, 128, 256, 32768, 65536, 2**31,
          2**32, 2**63, 2**64, 1.5, '1', None]
for order in ['', '<', '>', '=', '!']:
    for c in 'bBhHiIlLqQnNP':
        if order and c in 'nNP':
            continue
        for v in values:
            attempt(f"pack({order + c!r}, {v!r})", lambda: struct.pack(order + c, v))

for order in ['', '<', '>']:
    for c in 'efd':
        for v in ['x', None, 1e300, 65520.0, 2**1000, 2**2000, 1j]:
            attempt(f"pack({order + c!r}, {v!r})", lambda: struct.pack(order + c, v))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIndex:
    def __index__(self):
        return 'x'


class BadFloat:
    def __float__(self):
        raise ValueError('no float')


for fmt, v in [('>q', Index(2**64)), ('>Q', Index(-1)), ('P', Index(2**64)), ('P', Index(-2**64)),
               ('e', Index(2**20)), ('<f', Index(2**200)), ('i', BadIndex()), ('d', BadFloat()),
               ('e', 2**20), ('<f', 2**200), ('<Q', Index(-1))]:
    attempt(f"pack({fmt!r}, {type(v).__name__})", lambda: struct.pack(fmt, v))

attempt("pack('c', 'a')", lambda: struct.pack('c', 'a'))
attempt("pack('c', b'ab')", lambda: struct.pack('c', b'ab'))
attempt("pack('c', bytearray(b'a'))", lambda: struct.pack('c', bytearray(b'a')))
attempt("pack('s', 'a')", lambda: struct.pack('s', 'a'))
attempt("pack('p', 1)", lambda: struct.pack('p', 1))
attempt("pack('0p', 5)", lambda: struct.pack('0p', 5))
attempt("pack('i')", lambda: struct.pack('i'))
attempt("pack('i', 1, 2)", lambda: struct.pack('i', 1, 2))
attempt("pack('3s2i', b'x', 1)", lambda: struct.pack('3s2i', b'x', 1))
attempt("pack()", lambda: struct.pack())
attempt("pack('i', x=1)", lambda: struct.pack('i', x=1))
attempt("pack('99999999999999s', b'')", lambda: struct.pack('99999999999999s', b''))

attempt("unpack('i', b'abc')", lambda: struct.unpack('i', b'abc'))
attempt("unpack('i', b'abcde')", lambda: struct.unpack('i', b'abcde'))
attempt("unpack('i', 'abcd')", lambda: struct.unpack('i', 'abcd'))
attempt("unpack('i')", lambda: struct.unpack('i'))
attempt("unpack('0p', b'')", lambda: struct.unpack('0p', b''))
for offset in [2, 5, -4, -2, -9, 100, 2**70, 'x', 1.0]:
    attempt(f"unpack_from('i', b'abcdefgh', {offset!r})", lambda: struct.unpack_from('i', b'abcdefgh', offset))
attempt("unpack_from('i')", lambda: struct.unpack_from('i'))
attempt("unpack_from(format='i', buffer=b'abcd')", lambda: struct.unpack_from(format='i', buffer=b'abcd'))
attempt("unpack_from('i', b'abcd', 0, 1)", lambda: struct.unpack_from('i', b'abcd', 0, 1))
attempt("iter_unpack('h', b'abc')", lambda: struct.iter_unpack('h', b'abc'))
attempt("iter_unpack('0s', b'')", lambda: struct.iter_unpack('0s', b''))
attempt("iter_unpack('h', 'ab')", lambda: struct.iter_unpack('h', 'ab'))

buf = bytearray(8)
for offset in [5, -2, -10, 100, 2**70, 'x']:
    attempt(f"pack_into('i', buf, {offset!r}, 7)", lambda: struct.pack_into('i', buf, offset, 7))
attempt("pack_into('i', b'12345678', 0, 7)", lambda: struct.pack_into('i', b'12345678', 0, 7))
attempt("pack_into('i', buf, 0)", lambda: struct.pack_into('i', buf, 0))
attempt("pack_into('i', buf)", lambda: struct.pack_into('i', buf))
attempt("pack_into('i')", lambda: struct.pack_into('i'))
attempt("pack_into('ii', buf, 0, 1, 'x')", lambda: struct.pack_into('ii', buf, 0, 1, 'x'))
print(buf)

s = struct.Struct('<hh')
attempt("Struct()", lambda: struct.Struct())
attempt("Struct('i', 'i')", lambda: struct.Struct('i', 'i'))
attempt("Struct(x='i')", lambda: struct.Struct(x='i'))
attempt("Struct(1)", lambda: struct.Struct(1))
attempt("Struct('z')", lambda: struct.Struct('z'))
attempt("s.format = 'i'", lambda: setattr(s, 'format', 'i'))
attempt("s.size = 3", lambda: setattr(s, 'size', 3))
attempt("s.x = 3", lambda: setattr(s, 'x', 3))
attempt("s.pack(1)", lambda: s.pack(1))
attempt("s.pack(1, x=2)", lambda: s.pack(1, x=2))
attempt("s.unpack(b'')", lambda: s.unpack(b''))
attempt("s.unpack()", lambda: s.unpack())
attempt("s.unpack_from()", lambda: s.unpack_from())
attempt("s.unpack_from(b'', bad=2)", lambda: s.unpack_from(b'', bad=2))
attempt("s.unpack_from(b'', 1, 2)", lambda: s.unpack_from(b'', 1, 2))
attempt("s.pack_into()", lambda: s.pack_into())
attempt("s.iter_unpack(b'abc')", lambda: s.iter_unpack(b'abc'))
attempt("Struct.pack(1)", lambda: struct.Struct.pack(1))

struct.pack('>h', 99999)
