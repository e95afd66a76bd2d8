# zlib's errors: the messages of corrupt and truncated data (from bytes CPython's zlib wrote,
# damaged on purpose), bad parameters, misused streams, and wrong arguments.
import zlib

FIXED = b"x\x9c\xcbH\xcd\xc9\xc9W\xc8@'\x01h\x03\x08\xb1"      # zlib.compress(b"hello hello hello hello")
# zlib.compress(b"hello", 6, 31)
GZ = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00"
# compressobj(zdict=b"hello world"): b"hello world, hello"
DICT = b"x\xbb\x1a\x0b\x04]\xcb@0u\x14\xc0\x1c\x00@\xb1\x06\xbd"


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
    else:
        print(repr(r)[:60])


def flip(data, pos, x=0xFF):
    b = bytearray(data)
    b[pos] ^= x
    return bytes(b)


print(zlib.error, zlib.error.__mro__)
show(zlib.decompress, b"garbage")
show(zlib.decompress, b"")
show(zlib.decompress, FIXED[:-1])
show(zlib.decompress, FIXED[:2])
show(zlib.decompress, FIXED[:-4] + b"\0\0\0\0")
show(zlib.decompress, b"\x78\x9c\x07")
show(zlib.decompress, b"\x78\x9c\x00\x05\x00\x00\x00")
show(zlib.decompress, b"\x88\x98" + FIXED[2:])
show(zlib.decompress, b"\x79\x9c" + FIXED[2:])
show(zlib.decompress, FIXED, 9)
show(zlib.decompress, FIXED, -15)
show(zlib.decompress, FIXED, 31)
show(zlib.decompress, GZ, 15)
show(zlib.decompress, GZ, 31)
show(zlib.decompress, GZ[:-1], 31)
show(zlib.decompress, GZ[:-4] + b"\0\0\0\0", 31)
show(zlib.decompress, GZ[:-8] + b"\0\0\0\0" + GZ[-4:], 31)
show(zlib.decompress, flip(GZ, 2), 31)
show(zlib.decompress, flip(GZ, 3, 0x80), 31)
show(zlib.decompress, DICT)
for pos in range(2, len(FIXED)):
    show(zlib.decompress, flip(FIXED, pos))
for wbits in (7, -7, -16, 48, 1, 16 + 7):
    show(zlib.decompress, FIXED, wbits)
show(zlib.decompress, FIXED, bufsize=-1)

# Streams.
d = zlib.decompressobj()
show(d.decompress, b"garbage")
show(d.decompress, FIXED)
show(d.flush)
show(zlib.decompressobj().decompress, DICT)
show(zlib.decompressobj(zdict=b"wrong").decompress, DICT)
show(zlib.decompressobj(zdict=b"hello world").decompress, DICT)
show(zlib.decompressobj(-15).decompress, DICT[6:])
show(zlib.decompressobj, zdict=1)
show(zlib.decompressobj, 7)
show(zlib.decompressobj().decompress, b"", -1)
show(zlib.decompressobj().flush, 0)
d = zlib.decompressobj()
d.decompress(FIXED)
print(d.flush(), d.eof)
show(d.decompress, b"x")
show(d.copy)
show(d.flush)

show(zlib.compress, b"", 10)
show(zlib.compress, b"", -2)
show(zlib.compress, b"", wbits=7)
show(zlib.compress, b"", wbits=-8)
show(zlib.compress, b"", wbits=24)
show(zlib.compress, b"", wbits=32)
for kwargs in [dict(level=10), dict(method=9), dict(wbits=7), dict(memLevel=0), dict(memLevel=10),
               dict(strategy=5), dict(strategy=-1), dict(wbits=31, zdict=b"x"), dict(zdict="x")]:
    show(zlib.compressobj, **kwargs)

# A compressor's messages remember zlib's "buffer error" of an earlier useless call.
c = zlib.compressobj()
print(len(c.compress(b"data")) > 0, c.flush(zlib.Z_SYNC_FLUSH)[-4:], c.flush(zlib.Z_SYNC_FLUSH))
show(c.flush, 99)
show(c.flush, -1)
print(c.flush()[-4:] == zlib.adler32(b"data").to_bytes(4, "big"))
show(c.flush)
show(c.compress, b"x")
show(c.copy)
c = zlib.compressobj()
c.flush()
show(c.compress, b"x")
show(c.flush, zlib.Z_SYNC_FLUSH)
show(c.copy)

# Arguments.
show(zlib.compress)
show(zlib.compress, "text")
show(zlib.compress, None)
show(zlib.compress, b"", 1, 15, 0)
show(zlib.compress, data=b"")
show(zlib.compress, b"", level=1, x=1)
show(zlib.compress, b"", 1.5)
show(zlib.compress, b"", 2 ** 40)
show(zlib.decompress, b"", wbits="15")
show(zlib.decompress, b"", bufsize=2 ** 70)
show(zlib.crc32)
show(zlib.crc32, b"", 1, 2)
show(zlib.crc32, "text")
show(zlib.crc32, b"", value=1)
show(zlib.crc32, b"", 1.5)
show(zlib.adler32)
show(zlib.compressobj, 1, 2, 3, 4, 5, 6, 7)
show(zlib.compressobj, foo=1)
show(zlib.decompressobj, 1, 2, 3)
c = zlib.compressobj()
show(c.compress)
show(c.compress, "text")
show(c.flush, 1, 2)
show(c.flush, mode=2)
d = zlib.decompressobj()
show(d.decompress)
show(d.decompress, b"", 1, 2)
show(d.flush, length=1)
show(type(c))
show(type(d))
show(type(c).compress, 1, b"")
show(type(d).decompress, c, b"")
