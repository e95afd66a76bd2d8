# zlib compressing and decompressing its own output: every level, format, strategy and flush
# mode, one-shot and streaming. The compressed bytes themselves differ between zlib
# implementations, so only what they decompress to, and facts about them, are printed.
import zlib

TEXT = b"".join(b"%d: abcdefghij %s\n" % (i, b"xyz" * (i % 7)) for i in range(2000))
NOISE = bytes((i * 7919 + (i >> 3) * 104729) % 251 for i in range(20000))
SAMPLES = [b"", b"a", b"hello world", TEXT, NOISE, bytes(100000), TEXT + NOISE]

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION), zlib.ZLIB_VERSION[:2])
print([n for n in dir(zlib) if not n.startswith("_")])

# Checksums, with and without a start value, chained.
for data in [b"", b"a", b"hello", TEXT, NOISE]:
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"x", -1), zlib.adler32(b"x", -1), zlib.crc32(b"x", 2 ** 40 + 5), zlib.crc32(b"x", True))
print(zlib.crc32(bytearray(b"abc")), zlib.adler32(bytearray(b"abc")))

# One-shot, every level and format.
for level in range(-1, 10):
    for wbits, header in [(15, 2), (9, 2), (-15, 0), (-9, 0), (31, 10), (25, 10)]:
        for data in SAMPLES:
            c = zlib.compress(data, level, wbits)
            ok = zlib.decompress(c, wbits) == data
            if wbits > 0:
                ok = ok and zlib.decompress(c, 47 if wbits > 15 else 15) == data
            if not ok:
                print("mismatch", level, wbits, len(data))
        if wbits in (15, 9):
            print(level, wbits, zlib.compress(b"", level, wbits)[:header].hex())
        elif wbits > 15:
            print(level, wbits, zlib.compress(b"", level, wbits)[:header].hex())
print(zlib.compress(b"")[:2], zlib.compress(b"", wbits=8)[:2], zlib.compress(TEXT, wbits=-15)[:1] != b"x")
print(len(zlib.compress(bytes(100000))) < 1000, len(zlib.compress(TEXT, 0)) > len(TEXT))
print(zlib.decompress(zlib.compress(TEXT, level=9, wbits=31), wbits=31) == TEXT)
c = zlib.compress(TEXT, 6, 31)
print(c[:4].hex(), c[8:10].hex(), int.from_bytes(c[-4:], "little") == len(TEXT),
      int.from_bytes(c[-8:-4], "little") == zlib.crc32(TEXT))
c = zlib.compress(TEXT)
print(int.from_bytes(c[-4:], "big") == zlib.adler32(TEXT))
print(zlib.compress(bytearray(b"abc")) == zlib.compress(b"abc"))

# Streaming, in pieces, with each flush mode between pieces.
for mode in [zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK]:
    for wbits in (15, -15, 31):
        co = zlib.compressobj(6, zlib.DEFLATED, wbits)
        dco = zlib.decompressobj(wbits)
        out = []
        streamed = []
        for i in range(0, len(TEXT), 5000):
            piece = co.compress(TEXT[i:i + 5000]) + co.flush(mode)
            streamed.append(piece)
            out.append(dco.decompress(piece))
        piece = co.flush()
        streamed.append(piece)
        out.append(dco.decompress(piece))
        whole = b"".join(out)
        # After a sync or full flush, everything compressed so far can be decompressed.
        ready = all(out[:-1]) if mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH) else None
        print(mode, wbits, whole == TEXT, dco.eof, dco.unused_data, ready, zlib.decompress(b"".join(streamed), wbits) == TEXT)

# Strategies, memory levels and a preset dictionary.
for strategy in range(5):
    for data in SAMPLES:
        co = zlib.compressobj(strategy=strategy)
        c = co.compress(data) + co.flush()
        assert zlib.decompress(c) == data, (strategy, len(data))
print("strategies ok")
for mem in range(1, 10):
    co = zlib.compressobj(memLevel=mem)
    assert zlib.decompress(co.compress(TEXT) + co.flush()) == TEXT
print("memory levels ok")
zdict = b"abcdefghij xyzxyzxyz"
co = zlib.compressobj(zdict=zdict)
c = co.compress(TEXT) + co.flush()
print(c[:2].hex(), int.from_bytes(c[2:6], "big") == zlib.adler32(zdict))
print(zlib.decompressobj(zdict=zdict).decompress(c) == TEXT)
co = zlib.compressobj(zdict=zdict)
small = co.compress(zdict * 3) + co.flush()
plain = zlib.compressobj()
print(len(small) < len(plain.compress(zdict * 3) + plain.flush()))
co = zlib.compressobj(wbits=-15, zdict=zdict)
c = co.compress(TEXT) + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(c) == TEXT)

# Copies of a compressor go on independently.
co = zlib.compressobj()
head = co.compress(TEXT[:1000])
twin = co.copy()
a = head + co.compress(b"one ending") + co.flush()
b = head + twin.compress(b"another ending") + twin.flush()
print(zlib.decompress(a)[-10:], zlib.decompress(b)[-14:])
import copy
print(type(copy.copy(zlib.compressobj())).__name__, type(copy.deepcopy(zlib.compressobj())).__name__)

# Decompressing in small output slices gives the same bytes.
c = zlib.compress(TEXT + NOISE)
d = zlib.decompressobj()
got = []
data = c
while True:
    chunk = d.decompress(data, 333)
    if not chunk:
        break
    got.append(chunk)
    data = d.unconsumed_tail
print(b"".join(got) == TEXT + NOISE, max(map(len, got)), d.eof, d.unconsumed_tail, d.unused_data)

# Concatenated gzip members, read member after member through unused_data.
stream = zlib.compress(b"first", 6, 31) + zlib.compress(b"second", 6, 31)
parts = []
while stream:
    d = zlib.decompressobj(31)
    parts.append(d.decompress(stream))
    stream = d.unused_data
print(parts)
