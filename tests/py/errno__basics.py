# The errno module: Linux's numbers, errorcode, and the OSError subclasses they pick.
import errno
import os
import tempfile

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR,
      errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE, errno.ENOTEMPTY,
      errno.ELOOP, errno.ENAMETOOLONG, errno.EBADF, errno.ENOSPC, errno.EROFS, errno.EXDEV,
      errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EDEADLK,
      errno.EDEADLOCK, errno.ENOSYS, errno.ERANGE, errno.EDOM)
print(len(errno.errorcode), errno.errorcode[2], errno.errorcode[11], errno.errorcode[35],
      errno.errorcode[95], errno.errorcode[errno.ENOTEMPTY])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:5], names[-5:])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(errno.errorcode)[:10], max(errno.errorcode))
print(sorted(set(names) - set(errno.errorcode.values())))
print(type(errno.errorcode).__name__, errno.__name__)

# OSError(errno, strerror) picks the subclass CPython maps the number to.
for code in sorted(errno.errorcode):
    e = OSError(code, 'message')
    if type(e) is not OSError:
        print(errno.errorcode[code], type(e).__name__, e.errno, e)
print(type(OSError(999, 'x')).__name__, type(OSError('x', 'y')).__name__)

# The five-argument form: a second file name.
e = OSError(errno.ENOENT, 'No such file or directory', 'a', None, 'b')
print(type(e).__name__, e, e.args, e.filename, e.filename2)
e = OSError(errno.EEXIST, 'File exists', 'a')
print(e, e.args, e.filename, e.filename2)
e = OSError(errno.EEXIST, 'File exists', None, None, 'b')
print(e, e.args, e.filename, e.filename2)
e = OSError(errno.EPERM, 'x', b'bytes', None, b'more')
print(type(e).__name__, e)
print(OSError('just text').filename2, OSError(1, 'x').filename2)

# The numbers errors carry.
with tempfile.TemporaryDirectory() as tmp:
    for call in (lambda: open(os.path.join(tmp, 'missing')),
                 lambda: os.mkdir(tmp),
                 lambda: os.rmdir(os.path.join(tmp, 'missing')),
                 lambda: os.listdir(os.path.join(tmp, 'missing')),
                 lambda: open(tmp)):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, errno.errorcode[e.errno], e.errno == getattr(errno, errno.errorcode[e.errno]))
    os.mkdir(os.path.join(tmp, 'd'))
    open(os.path.join(tmp, 'd', 'f'), 'w').close()
    try:
        os.rmdir(os.path.join(tmp, 'd'))
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno], e.strerror)
for code in (errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINVAL, errno.EAGAIN, 0):
    print(code, os.strerror(code))
