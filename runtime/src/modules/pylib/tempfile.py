"""tempfile, written in Python for Reap."""

from collections import _generic_alias
import _reap_os


template = 'tmp'
TMP_MAX = 238328  # Linux's TMP_MAX, which CPython's tempfile exports
tempdir = None


def gettempdir():
    return tempdir or _reap_os.gettempdir()


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _parts(suffix, prefix, dir):
    """The arguments as paths: None for the defaults, anything else a path (or a TypeError)."""
    import os
    kinds = {isinstance(os.fspath(a) if isinstance(a, os.PathLike) else a, bytes)
             for a in (suffix, prefix, dir) if a is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    for a in (prefix, suffix):
        if a is not None and not isinstance(a, (str, bytes)):
            raise TypeError(f'can only concatenate str (not "{type(a).__name__}") to str')
    dir = gettempdir() if dir is None else os.fspath(dir)
    return ('' if suffix is None else suffix), (template if prefix is None else prefix), dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    return _reap_os.mkdtemp(*_parts(suffix, prefix, dir))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    import os
    descriptor, path = _reap_os.mkstemp(*_parts(suffix, prefix, dir))
    return os._register_fd(descriptor), path


def mktemp(suffix="", prefix=template, dir=None):
    """A path no file had when asked: unsafe, as another process may make it first (mkstemp
    makes the file itself)."""
    import os
    if dir is None:
        dir = gettempdir()
    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
    for _ in range(10000):
        name = "".join(letters[b % len(letters)] for b in os.urandom(8))
        path = os.path.join(dir, prefix + name + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file with a name on disk, removed when closed (or when the wrapper dies) if `delete`."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def __iter__(self):
        for line in self.file:
            yield line

    # Held by the class: a wrapper closed at shutdown, after modules are gone, still removes
    # its file.
    _unlink = staticmethod(_reap_os.remove)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    self._unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    import os
    fd, name = mkstemp(suffix or '', prefix or 'tmp', dir)
    os.close(fd)
    file = open(name, mode, buffering=buffering, encoding=encoding, newline=newline,
                errors=errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A file object without a name in the file system (unlinked at once, as on CPython's
    Linux): its `name` is the descriptor's number."""
    import os
    fd, name = mkstemp(suffix or '', prefix or 'tmp', dir)
    try:
        file = open(fd, mode, buffering=buffering, encoding=encoding, newline=newline,
                    errors=errors)
    finally:
        os.unlink(name)
        # The file object reopened the descriptor's file with its own.
        os.close(fd)
    return file


class TemporaryDirectory:
    """A directory removed when the object is cleaned up, explicitly or by its finalizer (as
    CPython's, which uses weakref.finalize)."""
    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        import weakref
        self.name = mkdtemp(suffix or '', prefix or 'tmp', dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = weakref.finalize(self, self._cleanup, self.name)

    @classmethod
    def _cleanup(cls, name):
        import shutil
        shutil.rmtree(name, ignore_errors=True)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach():
            import shutil
            shutil.rmtree(self.name, ignore_errors=True)


class SpooledTemporaryFile:
    """A file kept in memory (io.BytesIO or io.StringIO) until it grows past `max_size` or
    `fileno()` is asked for; then its contents move to a TemporaryFile."""
    __class_getitem__ = classmethod(_generic_alias)

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline='\n' if newline is None else newline)
        self._max_size = max_size
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        new.write(file.getvalue())
        new.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    @property
    def encoding(self):
        # In memory, a text file is CPython's TextIOWrapper over a BytesIO: it has the
        # encoding it was given (the locale's by default), and its errors.
        if not self._rolled and 'b' not in self.mode:
            return self._TemporaryFileArgs['encoding'] or 'UTF-8'
        return self._file.encoding

    @property
    def errors(self):
        if not self._rolled and 'b' not in self.mode:
            return self._TemporaryFileArgs['errors'] or 'strict'
        return self._file.errors

    @property
    def newlines(self):
        return self._file.newlines

    def isatty(self):
        return self._file.isatty()

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def detach(self):
        return self._file.detach()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()
