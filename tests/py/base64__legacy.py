# base64: encodebytes / decodebytes (MIME lines) and encode / decode between binary files.
import base64
import os
import tempfile

data = bytes(range(200))
lines = base64.encodebytes(data)
print(lines)
print(base64.decodebytes(lines) == data)
print(base64.encodebytes(b''), base64.encodebytes(b'x' * 57), base64.encodebytes(b'x' * 58))
print(base64.encodebytes(bytearray(b'abc')), base64.decodebytes(bytearray(b'YWJj\n')))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)

for f, arg in [(base64.encodebytes, 'abc'), (base64.decodebytes, 'YWJj'), (base64.decodebytes, 3)]:
    try:
        f(arg)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'data.bin')
    with open(src, 'wb') as f:
        f.write(data * 3)
    with open(src, 'rb') as fin, open(src + '.b64', 'wb') as fout:
        base64.encode(fin, fout)
    with open(src + '.b64', 'rb') as f:
        encoded = f.read()
    print(len(encoded), encoded.count(b'\n'), encoded[:40], encoded[-20:])
    with open(src + '.b64', 'rb') as fin, open(src + '.out', 'wb') as fout:
        base64.decode(fin, fout)
    with open(src + '.out', 'rb') as f:
        print(f.read() == data * 3)

print(sorted(base64.__all__))
