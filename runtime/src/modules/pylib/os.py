"""os, written in Python over Reap's native file-system primitives."""

import sys
import _reap_os
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
linesep = '\n'
devnull = path.devnull
environ = _reap_os.environ()

getcwd = _reap_os.getcwd
listdir = _reap_os.listdir
mkdir = _reap_os.mkdir
rmdir = _reap_os.rmdir
remove = _reap_os.remove
unlink = _reap_os.remove
rename = _reap_os.rename
getpid = _reap_os.getpid

# Descriptors handed out by tempfile.mkstemp, by number: the file each names.
_descriptors = {}


def _open_descriptor(path):
    fd = 3
    while fd in _descriptors:
        fd += 1
    _descriptors[fd] = path
    return fd


def close(fd):
    if _descriptors.pop(fd, None) is None:
        _reap_os.close(fd)


def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    if fd not in _descriptors:
        raise OSError(9, 'Bad file descriptor')
    path = _descriptors.pop(fd)
    # The descriptor was opened for reading and writing at the start of the file.
    if 'w' in mode:
        mode = mode.replace('w', 'r+')
    return open(path, mode, encoding=encoding, errors=errors)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    return p.__fspath__()
