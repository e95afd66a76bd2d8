# codecs.open round trips through real files, and StreamReader/StreamWriter
# wrapped around byte streams.
import codecs
import io
import os
import tempfile

lines = ['première ligne\n', 'zweite Zeile: Grüße\n', '第三行\n', 'last line without newline']

with tempfile.TemporaryDirectory() as tmp:
    for encoding in ('utf-8', 'utf-16', 'utf-16-be', 'latin-1', 'utf-8-sig'):
        path = os.path.join(tmp, 'sample-' + encoding + '.txt')
        text = lines if encoding != 'latin-1' else lines[:2] + lines[3:]
        with codecs.open(path, 'w', encoding=encoding) as f:
            f.write(text[0])
            f.writelines(text[1:])
        with open(path, 'rb') as raw:
            blob = raw.read()
        print(encoding, len(blob), blob[:6])
        with codecs.open(path, 'r', encoding=encoding) as f:
            print(f.read() == ''.join(text))
        with codecs.open(path, encoding=encoding) as f:
            print([line for line in f])
        f = codecs.open(path, 'r', encoding)
        print(repr(f.readline()), repr(f.readline()), f.encoding)
        f.close()

    path = os.path.join(tmp, 'append.txt')
    with codecs.open(path, 'w', 'utf-8') as f:
        f.write('one\r\ntwo\n')
    with codecs.open(path, 'a', 'utf-8') as f:
        f.write('three ✓\n')
    with codecs.open(path, 'r', 'utf-8') as f:
        print(f.readlines())
    with codecs.open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', 'ascii', errors='replace') as f:
        print(repr(f.read()))

buf = io.BytesIO()
writer = codecs.getwriter('utf-8')(buf)
writer.write('héllo ')
writer.write('wörld')
print(buf.getvalue())
buf.seek(0)
reader = codecs.getreader('utf-8')(buf)
print(reader.read(3), reader.read())

raw = io.BytesIO('line one\nline two ✓\r\nline three'.encode('utf-16'))
reader = codecs.getreader('utf-16')(raw)
for line in reader:
    print(repr(line))

raw = io.BytesIO('a\nb\nc'.encode('utf-8'))
reader = codecs.getreader('utf-8')(raw)
print(reader.readline(keepends=False), reader.readlines())
