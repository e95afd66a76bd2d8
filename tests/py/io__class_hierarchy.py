# io's abstract classes answer isinstance for Reap's file objects and streams; BufferedReader
# and BufferedWriter wrap a raw stream, FileIO opens one, IncrementalNewlineDecoder
# translates newlines piece by piece.
import io
import os
import sys
import tempfile

print([n for n in ['BufferedReader', 'BufferedWriter', 'FileIO', 'RawIOBase', 'TextIOBase',
                   'BufferedIOBase', 'IOBase', 'IncrementalNewlineDecoder'] if not hasattr(io, n)])
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f:
    f.write(b'abc\ndef\n')
    print(isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
with open(p, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.TextIOBase), isinstance(f, io.RawIOBase))
with open(p) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(sys.stdout.buffer, io.BufferedWriter))
br = io.BufferedReader(io.BytesIO(b'abc\nrest\n'))
print(br.peek(1)[:1], br.read(2), br.readline(), br.read())
bw = io.BufferedWriter(io.BytesIO())
bw.write(b'xyz')
bw.flush()
print(bw.raw.getvalue(), bw.writable(), br.readable())
with io.FileIO(p, 'r') as raw:
    print(raw.read(3), raw.mode, raw.readable(), raw.writable())
dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode('a\r')), repr(dec.decode('\nb\rc', final=True)), dec.newlines)
os.remove(p)
os.rmdir(d)
