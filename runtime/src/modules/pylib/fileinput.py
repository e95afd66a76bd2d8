"""fileinput, written for Reap: iterate over the lines of several files (or standard input) as
one stream, knowing which file and line each came from; optionally rewrite the files in place
(what is printed while a file is being read replaces its contents).

Behaves as CPython 3.11's module: the same functions, class, hooks and errors."""

import io
import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    """The module's shared FileInput, made anew: the functions below ask it."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def close():
    global _state
    state, _state = _state, None
    if state is not None:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of `files` (names, or '-' for standard input; by default sys.argv[1:], or
    standard input when that is empty), one after another."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ("-",)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._saved_stdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if "b" not in mode and encoding is None and getattr(sys.flags, "warn_default_encoding", 0):
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace("r", "w")
        if openhook is not None:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        """Closes the file being read (and an in-place rewrite's output): the next line comes
        from the next file."""
        if self._saved_stdout is not None:
            sys.stdout, self._saved_stdout = self._saved_stdout, None
        output, file, backup = self._output, self._file, self._backupfilename
        from_stdin = self._isstdin
        self._output = self._file = self._backupfilename = None
        self._isstdin = False
        try:
            if output is not None:
                output.close()
        finally:
            try:
                if file is not None and not from_stdin:
                    file.close()
            finally:
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        if self._file is None:
            if not self._files:
                return b"" if "b" in self._mode else ""
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        text_args = {} if "b" in self._mode else {"encoding": self._encoding,
                                                  "errors": self._errors}
        if self._filename == "-":
            self._filename = "<stdin>"
            self._file = sys.stdin.buffer if "b" in self._mode else sys.stdin
            self._isstdin = True
            return
        if self._inplace:
            self._backupfilename = os.fspath(self._filename) + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = open(self._backupfilename, self._mode, **text_args)
            try:
                perm = os.fstat(self._file.fileno()).st_mode
            except OSError:
                self._output = open(self._filename, self._write_mode, **text_args)
            else:
                fd = os.open(self._filename, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
                self._output = os.fdopen(fd, self._write_mode, **text_args)
                try:
                    os.chmod(self._filename, perm)
                except OSError:
                    pass
            self._saved_stdout = sys.stdout
            sys.stdout = self._output
            return
        if self._openhook:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode,
                                            encoding=self._encoding, errors=self._errors)
        else:
            self._file = open(self._filename, self._mode, **text_args)

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Opens .gz (and .bz2) files decompressed, others as open() does."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == ".gz":
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == ".bz2":
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An opening hook reading files in `encoding`."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
