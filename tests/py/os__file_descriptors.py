# Real descriptors: tempfile.mkstemp, os.open (with O_* flags), os.pipe and os.dup give
# numbers that os.read/write/lseek/fstat/ftruncate/close take; os.fdopen reads one as a file;
# 1 is the interpreter's stdout.
import os
import sys
import tempfile

fd, path = tempfile.mkstemp(suffix='.txt')
print(type(fd).__name__, fd > 2, os.path.exists(path))
print(os.write(fd, b'hello descriptor\n'))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.fstat(fd).st_size, oct(os.fstat(fd).st_mode & 0o777), os.isatty(fd))
os.close(fd)
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e)
with open(path) as f:
    print(repr(f.read()))

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'appended\n')
os.close(fd)
fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.read().splitlines())
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    os.open(path + '.missing', os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename == path + '.missing')

r, w = os.pipe()
os.write(w, b'through the pipe')
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

fd = os.open(path, os.O_RDWR | os.O_TRUNC)
fd2 = os.dup(fd)
os.write(fd, b'0123456789')
os.ftruncate(fd, 4)
print(fd2 != fd, os.fstat(fd2).st_size)
os.close(fd)
os.close(fd2)
sys.stdout.write('before ')
sys.stdout.flush()
os.write(1, b'raw to stdout\n')
print(os.isatty(0) in (True, False), os.O_RDONLY, os.O_CREAT | os.O_EXCL)
os.remove(path)
