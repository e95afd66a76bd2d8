"""tempfile, written in Python for Reap."""

import _reap_os


def gettempdir():
    return _reap_os.gettempdir()


def mkdtemp(suffix='', prefix='tmp', dir=None):
    return _reap_os.mkdtemp(suffix, prefix, dir or gettempdir())


def mkstemp(suffix='', prefix='tmp', dir=None, text=False):
    import os
    _, path = _reap_os.mkstemp(suffix, prefix, dir or gettempdir())
    # Reap has no raw descriptors: the number stands for the path until os.fdopen/os.close.
    return os._open_descriptor(path), path


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

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                import os
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    import os
    fd, name = mkstemp(suffix or '', prefix or 'tmp', dir)
    os.close(fd)
    if 'b' in mode:
        file = open(name, mode)
    else:
        file = open(name, mode, encoding=encoding, errors=errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                              errors=errors)


class TemporaryDirectory:
    """A directory removed when the object is cleaned up, explicitly or by its finalizer (as
    CPython's, which uses weakref.finalize)."""

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
