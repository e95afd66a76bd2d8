"""os, written in Python over Reap's native file-system primitives.

Differences from CPython: no stat/lstat, so os.scandir's entries have no is_symlink(), stat()
or inode(); get_terminal_size always answers as for a descriptor that is not a terminal;
fsencode/fsdecode use UTF-8 strictly while Reap's codecs lack 'surrogateescape'."""

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
urandom = _reap_os.urandom

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
    try:
        method = type(p).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(p).__name__) from None
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(result).__name__}')
    return result


def _check_method(C, name):
    # Whether class C (or a base) defines the method name, as collections.abc's hooks ask.
    for B in C.__mro__:
        if name in B.__dict__:
            return NotImplemented if B.__dict__[name] is None else True
    return NotImplemented


def __getattr__(name):
    # PathLike is made on first use: it is an ABC, and most scripts never ask for it.
    if name == 'PathLike':
        global PathLike
        import abc

        class PathLike(abc.ABC):
            __module__ = 'os'
            __qualname__ = 'PathLike'

            @abc.abstractmethod
            def __fspath__(self):
                raise NotImplementedError

            @classmethod
            def __subclasshook__(cls, subclass):
                if cls is PathLike:
                    return _check_method(subclass, '__fspath__')
                return NotImplemented

            __class_getitem__ = classmethod(_generic_alias)
        return PathLike
    raise AttributeError(f"module 'os' has no attribute '{name}'")


def _generic_alias(cls, item):
    import _reap_types
    return _reap_types.GenericAlias(cls, item)


def _fs_encode(text):
    try:
        return text.encode('utf-8', 'surrogateescape')
    except LookupError:  # Reap's codecs do not know surrogateescape yet
        return text.encode('utf-8')


def _fs_decode(data):
    try:
        return data.decode('utf-8', 'surrogateescape')
    except LookupError:
        return data.decode('utf-8')


def fsencode(filename):
    filename = fspath(filename)
    return _fs_encode(filename) if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return _fs_decode(filename) if isinstance(filename, bytes) else filename


class terminal_size(tuple):
    """The size of a terminal, as a (columns, lines) struct sequence."""
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ('columns', 'lines')

    def __new__(cls, sequence, dict=None):
        try:
            values = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if len(values) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)')
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def get_terminal_size(fd=1):
    # Asking the terminal takes an ioctl, which Reap cannot make yet: every descriptor answers
    # as one that is not a terminal does (so shutil.get_terminal_size falls back).
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    raise OSError(25, 'Inappropriate ioctl for device')


class DirEntry:
    """An entry of os.scandir: its name and path, and whether it is a directory or a file.

    Reap cannot see symbolic links yet (it has no lstat), so there is no is_symlink(), stat()
    or inode(), and follow_symlinks=False is refused rather than answered wrongly."""
    __module__ = 'posix'
    __class_getitem__ = classmethod(_generic_alias)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, path):
        entry = object.__new__(cls)
        entry._name = name
        entry._path = path
        return entry

    name = property(lambda self: self._name)
    path = property(lambda self: self._path)

    def _text_path(self):
        path = self._path
        return _fs_decode(path) if isinstance(path, bytes) else path

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks:
            raise NotImplementedError('Reap cannot tell symbolic links apart yet')
        return _reap_os.isdir(self._text_path())

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks:
            raise NotImplementedError('Reap cannot tell symbolic links apart yet')
        return _reap_os.isfile(self._text_path())

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return f'<DirEntry {self._name!r}>'


class _ScandirIterator:
    __module__ = 'posix'

    def __init__(self, top):
        as_bytes = isinstance(top, bytes)
        names = _reap_os.listdir(_fs_decode(top) if as_bytes else top)
        if as_bytes:
            names = [_fs_encode(name) for name in names]
        # The entries' paths are the directory's, joined as CPython's scandir joins them.
        prefix = top if top.endswith(b'/' if as_bytes else '/') else top + (b'/' if as_bytes else '/')
        self._entries = iter([DirEntry._make(name, prefix + name) for name in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'


def scandir(path='.'):
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), '__fspath__'):
        # (CPython also takes a directory descriptor; Reap has none to give.)
        raise TypeError('scandir: path should be string, bytes, os.PathLike, integer or None, '
                        f'not {type(path).__name__}')
    return _ScandirIterator(fspath(path))
