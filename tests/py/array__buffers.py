# Arrays as bytes-like objects (CPython's buffer protocol): bytes(), bytearray(), b''.join,
# concatenation with bytes, struct, binary files; tofile/fromfile; _array_reconstructor.
import array
import os
import struct
import tempfile
from array import array as Array

h = Array('h', [1, -2, 258])
print(bytes(h), bytearray(h), b'<' + Array('B', [65, 66]) + b'>', b'-'.join([Array('B', [67]), b'd']))
ba = bytearray(b'x')
ba.extend(Array('B', [1, 2]))
print(ba, str(Array('B', [104, 105]), 'ascii'))
print(struct.unpack('3h', h), struct.unpack_from('h', h, 2), list(struct.iter_unpack('h', h)))
d = Array('d', [0.0, 0.0])
struct.pack_into('d', d, 8, 2.5)
print(d)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'data.bin')
    with open(path, 'wb') as f:
        Array('i', range(5)).tofile(f)
        print(f.write(Array('H', [1, 2])))
        Array('d').tofile(f)
    print(os.path.getsize(path))
    with open(path, 'rb') as f:
        back = Array('i')
        back.fromfile(f, 3)
        print(back)
        try:
            back.fromfile(f, 4)
        except EOFError as e:
            print('EOFError', e)
        print(back)
    with open(path, 'rb') as f:
        f.read(4)
        big = Array('d')
        try:
            big.fromfile(f, 10)
        except ValueError as e:
            print('ValueError', e)
        print(big, f.read())

rebuild = array._array_reconstructor
print(rebuild(Array, 'i', 9, b'\x00\x00\x00\x01'))
print(rebuild(Array, 'l', 8, b'\x01\x00\x00\x00\xff\xff\xff\xff'))
print(rebuild(Array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
print(rebuild(Array, 'f', 15, b'?\x80\x00\x00'))
print(rebuild(Array, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'))
print(rebuild(Array, 'u', 18, b'a\x00b\x00'))
print(rebuild(Array, 'H', 3, b'\x01\x02'))
print(rebuild(Array, 'i', 8, b'\x05\x00\x00\x00'))
for bad in [(1, 'i', 8, b''), (int, 'i', 8, b''), (Array, 'x', 8, b''), (Array, 'i', 22, b''),
            (Array, 'i', 8, 'x'), (Array, 'i', 9, b'\x00'), (Array, 1, 9, b''), (Array, 'i'),
            (Array, 'u', 21, b'\x00\x00\x00a')]:
    try:
        print(rebuild(*bad))
    except Exception as e:
        print(type(e).__name__, e)
