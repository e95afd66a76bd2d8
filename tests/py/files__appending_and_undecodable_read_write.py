# Appending read-write files add to the end whatever the position and leave the rest of the
# file byte for byte; a text file whose contents cannot be decoded is written over in place.
import os
import tempfile

d = tempfile.mkdtemp()
fn = os.path.join(d, 'f.txt')

open(fn, 'wb').write(b'a\r\nb\r\n')
with open(fn, 'a+') as f:
    f.write('c')
    f.seek(0)
    print(repr(f.read()))
print(open(fn, 'rb').read())

open(fn, 'w').write('hello\nworld\n')
with open(fn, 'ab+') as f:
    f.seek(0)
    print(f.read(3))
    f.write(b'tail')
print(open(fn, 'rb').read())

with open(fn, 'a+', encoding='utf-16') as f:
    f.write('x')
with open(fn, 'a+', encoding='utf-16') as f:
    f.write('y')
print(open(fn, 'rb').read()[-8:])

open(fn, 'wb').write(b'hello\nworld \xff end\n')
with open(fn, 'r+', encoding='utf-8') as f:
    f.write('J')
print(open(fn, 'rb').read())
with open(fn, 'a+', encoding='utf-8') as f:
    f.write('more\n')
print(open(fn, 'rb').read())

os.remove(fn)
os.rmdir(d)
