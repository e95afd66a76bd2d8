# hashlib.file_digest: files opened in binary mode and BytesIO objects.
import hashlib
import io
import os
import tempfile

print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.sha256).hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), 'md5').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'x' * 1000), lambda: hashlib.blake2b(digest_size=8)).hexdigest())

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data.bin')
    payload = bytes(range(256)) * 40
    with open(path, 'wb') as f:
        f.write(payload)
    with open(path, 'rb') as f:
        d = hashlib.file_digest(f, 'sha1')
    print(d.name, d.hexdigest(), d.hexdigest() == hashlib.sha1(payload).hexdigest())
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'sha256', _bufsize=1000).hexdigest()
              == hashlib.sha256(payload).hexdigest())
    with open(path, 'r') as f:
        try:
            hashlib.file_digest(f, 'sha256')
        except ValueError as e:
            print('text file refused:', str(e).endswith('is not a file-like object in binary reading mode.'))


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('StringIO', lambda: hashlib.file_digest(io.StringIO('abc'), 'sha256').hexdigest())
attempt('int', lambda: hashlib.file_digest(1, 'sha256'))
attempt('unknown digest', lambda: hashlib.file_digest(io.BytesIO(b'abc'), 'nope'))
attempt('bad digest', lambda: hashlib.file_digest(io.BytesIO(b'abc'), lambda: 5))
