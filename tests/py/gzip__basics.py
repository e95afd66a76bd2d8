# gzip: compress/decompress, GzipFile over files and file objects, gzip.open in binary and text
# modes, members written by CPython (kept here as literals), and the header written for a given
# mtime (the deflate data after it differs between zlib implementations, so it is only read back).
import gzip
import io
import os
import tempfile
import zlib

# gzip.compress(b"first member\n", mtime=1600000000) and gzip.compress(b"second\n", 1, mtime=1600000001)
MEMBER1 = b"\x1f\x8b\x08\x00\x00\x10^_\x02\xffK\xcb,*.Q\xc8M\xcdMJ-\xe2\x02\x00\xa7\xf4\x85\n\r\x00\x00\x00"
MEMBER2 = b"\x1f\x8b\x08\x00\x01\x10^_\x04\xff+NM\xce\xcfK\xe1\x02\x00~\xc0\x0f\x06\x07\x00\x00\x00"
# GzipFile("report.csv", "wb", 6, fileobj, mtime=1234) given b"a,b\n1,2\n" * 3
NAMED = (b"\x1f\x8b\x08\x08\xd2\x04\x00\x00\x00\xffreport.csv\x00K\xd4I\xe22\xd41\xe2JD\xa3\x01\xbf\x02"
         b"6\xd0\x18\x00\x00\x00")
# zlib.compress(b"body of a member with extra fields", 9, -15)
BODY = b"K\xcaO\xa9T\xc8OSHT\xc8M\xcdMJ-R(\xcf,\xc9PH\xad()JTH\xcbL\xcdI)\x06\x00"
BODY_TEXT = b"body of a member with extra fields"

TEXT = b"".join(b"row %d of the table\n" % i for i in range(3000))

print(gzip.decompress(MEMBER1), gzip.decompress(MEMBER2), gzip.decompress(NAMED))
print(gzip.decompress(MEMBER1 + MEMBER2), gzip.decompress(MEMBER1 + b"\0" * 7 + MEMBER2 + b"\0\0"))
print(gzip.decompress(b""), gzip.decompress(bytearray(MEMBER2)))

# A header with every optional field (FEXTRA, FNAME, FCOMMENT, FHCRC; FTEXT set too).
def member(flags, fields, body=BODY, data=BODY_TEXT):
    head = b"\x1f\x8b\x08" + bytes([flags]) + (1234).to_bytes(4, "little") + b"\x00\x03" + fields
    return head + body + zlib.crc32(data).to_bytes(4, "little") + len(data).to_bytes(4, "little")

head = b"\x1f\x8b\x08\x1f" + (1234).to_bytes(4, "little") + b"\x00\x03" + b"\x03\x00xyz" + b"name\x00" + b"comment\x00"
full = member(0x1F, b"\x03\x00xyz" + b"name\x00" + b"comment\x00" + (zlib.crc32(head) & 0xFFFF).to_bytes(2, "little"))
print(gzip.decompress(full), gzip.decompress(member(0x04, b"\x00\x00")), gzip.decompress(member(0x10, b"\x00")))
with gzip.GzipFile(fileobj=io.BytesIO(full)) as f:
    print(f.read(), f.mtime)
print(zlib.decompress(full, 31), zlib.decompress(full, 47))

# compress(): the header for a given mtime and level; the trailer; round trips.
for level in (0, 1, 5, 6, 9):
    c = gzip.compress(TEXT, level, mtime=1700000000)
    print(level, c[:10], gzip.decompress(c) == TEXT,
          c[-8:] == zlib.crc32(TEXT).to_bytes(4, "little") + len(TEXT).to_bytes(4, "little"))
print(gzip.compress(b"", mtime=0)[:10], gzip.compress(b"abc", mtime=0)[-8:])
print(gzip.compress(b"x", mtime=12.75)[4:8], gzip.compress(b"x", mtime=2 ** 32 - 1)[4:8])
print(gzip.decompress(gzip.compress(b"")), gzip.decompress(gzip.compress(TEXT)) == TEXT)
print(abs(int.from_bytes(gzip.compress(b"now")[4:8], "little") - __import__("time").time()) < 100)

# GzipFile over BytesIO.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=99) as f:
    print(f.mode, f.name, f.writable(), f.readable(), f.seekable(), f.closed)
    print(f.write(b"alpha\n"), f.write(bytearray(b"beta\n")), f.write(b""), f.tell())
    f.writelines([b"gamma\n", b"delta"])
    f.flush()
    print(f.seek(30), f.tell())
print(f.closed, buf.getvalue()[:10])
data = buf.getvalue()
print(gzip.decompress(data))
f = gzip.GzipFile(fileobj=io.BytesIO(data))
print(f.mode, repr(f.name), f.mtime, f.readable(), f.writable())
print(f.read(3), f.tell(), f.mtime, f.read1(2), f.peek(1)[:1], f.readline(), f.readline(2))
print(f.readlines(), f.read(), f.read(5), f.tell())
print(f.seek(0), f.read(5), f.seek(-2, io.SEEK_CUR), f.read(4), f.seek(-3, io.SEEK_END), f.read())
f.rewind()
print(list(f)[:3], f.tell())
f.close()
print(f.closed)
f.close()

# Files by name, in a temporary folder.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "table.txt.gz")
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(TEXT)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw[:3], raw[3] == gzip.FNAME, raw[8:10], raw[10:20], raw[20] != 0)
    with gzip.open(path) as f:
        print(f.name == path, len(f.read()), f.mtime == int.from_bytes(raw[4:8], "little"))
    with gzip.open(path, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(path, "rb") as f:
        lines = f.readlines()
    print(len(lines), lines[-1], lines[0])
    with gzip.GzipFile(path, "r") as f:
        print(sum(1 for _ in f))
    try:
        gzip.open(path, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with gzip.open(path, "w") as f:
        f.write(b"rewritten")
    with gzip.open(path) as f:
        print(f.read())

    # Text mode: encodings, newlines and universal newlines.
    tpath = os.path.join(tmp, "notes.gz")
    with gzip.open(tpath, "wt", encoding="utf-8") as f:
        print(type(f).__name__, f.encoding, f.write("naïve café\n"), f.write("second\r\nthird\rlast"))
    with gzip.open(tpath, "rt", encoding="utf-8") as f:
        print(repr(f.read()))
    with gzip.open(tpath, "rt", encoding="utf-8", newline="") as f:
        print(list(f))
    with gzip.open(tpath, "rt", encoding="utf-8", newline="\r") as f:
        print(f.readlines())
    with gzip.open(tpath, "rt", encoding="latin-1") as f:
        print(repr(f.readline()))
    with gzip.open(tpath, "rt", encoding="ascii", errors="replace") as f:
        print(repr(f.readline()))
    with gzip.open(tpath, "wt", encoding="utf-16", newline="\r\n") as f:
        f.write("one\ntwo\n")
    with gzip.open(tpath, "rb") as f:
        print(f.read())
    with gzip.open(tpath, "rt", encoding="utf-16", newline="") as f:
        print(repr(f.read(4)), repr(f.read()))
    with gzip.open(tpath, "xt") if False else gzip.open(tpath, "at", encoding="utf-8") as f:
        f.writelines(["x\n", "y\n"])
    big = "".join(f"línea {i} ✓\n" for i in range(4000))
    with gzip.open(tpath, "wt", encoding="utf-8") as f:
        f.write(big)
    with gzip.open(tpath, "rt", encoding="utf-8") as f:
        got = [line for line in f]
    print(len(got), got[-1], "".join(got) == big)

    # A file object given to gzip.open, in text mode.
    raw = io.BytesIO()
    with gzip.open(raw, "wt", encoding="utf-8") as f:
        f.write("through a file object\n")
    print(gzip.decompress(raw.getvalue()))
    with gzip.open(io.BytesIO(raw.getvalue()), "rt", encoding="utf-8") as f:
        print(f.readline(), f.readline() == "")

# Members concatenated: GzipFile reads through all of them (and zero padding).
with gzip.GzipFile(fileobj=io.BytesIO(MEMBER1 + b"\0\0" + MEMBER2 + NAMED)) as f:
    print(f.read(), f.mtime)
with gzip.GzipFile(fileobj=io.BytesIO(MEMBER1 + MEMBER2)) as f:
    print(f.readline(), f.mtime, f.readline(), f.mtime, f.readline())

# Reading in small pieces gives the same bytes.
c = gzip.compress(TEXT, mtime=1)
with gzip.GzipFile(fileobj=io.BytesIO(c)) as f:
    pieces = []
    while True:
        p = f.read(777)
        if not p:
            break
        pieces.append(len(p))
print(pieces[:3], sum(pieces) == len(TEXT))
print(gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
print(gzip.__all__, issubclass(gzip.BadGzipFile, OSError))
