"""glob, written in Python for Reap: find path names matching a shell-style pattern.

`*`, `?` and `[...]` match within one path component (through `fnmatch`); names starting
with '.' are matched only by patterns starting with '.', unless `include_hidden`; with
`recursive`, a component that is exactly `**` matches zero or more directories. Results
come in the order of `os.listdir`, directory by directory, as CPython 3.11's do (its
`os.scandir` reads directories in the same order).

Differences from CPython:
- Directories are listed with `os.listdir` and their entries tested with `os.path.isdir`
  (CPython asks `os.scandir`'s entries the same question); a literal name is found with
  `os.path.lexists`, as in CPython, so a dangling symbolic link is reported.
- `dir_fd` is accepted only as None: Reap has no directory descriptors.
- Reap's os takes and returns str only: bytes patterns are matched byte by byte as in
  CPython, but the file system is reached through UTF-8, so names that are not valid UTF-8
  cannot be globbed as bytes.
- No `sys.audit` events are raised.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by Reap")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    walker = _Walker(recursive, include_hidden, isinstance(pathname, bytes))
    it = walker.iglob(walker.text(pathname), walker.text(root_dir), False)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # A leading '**' first yields '' (the top directory itself), which is no result.
        it = _drop_empty_first(it)
    return walker.results(it) if walker.is_bytes else it


def _drop_empty_first(it):
    for first in it:
        if first:
            yield first
        break
    yield from it


class _Walker:
    """One glob search.  It works on str: a bytes pattern is decoded as Latin-1, one
    character per byte, so that wildcards match bytes as CPython's bytes globbing does;
    the operating system sees those bytes as UTF-8 (Reap's os takes str only)."""

    def __init__(self, recursive, include_hidden, is_bytes):
        self.recursive = recursive
        self.include_hidden = include_hidden
        self.is_bytes = is_bytes

    def text(self, path):
        return path.decode('latin-1') if self.is_bytes else path

    def results(self, it):
        for path in it:
            yield path.encode('latin-1')

    def os_path(self, path):
        return path.encode('latin-1').decode('utf-8') if self.is_bytes else path

    def os_name(self, name):
        return name.encode('utf-8').decode('latin-1') if self.is_bytes else name

    def exists(self, path):
        return os.path.lexists(self.os_path(path))

    def isdir(self, path):
        return os.path.isdir(self.os_path(path))

    def listdir(self, dirname, dironly):
        top = self.os_path(dirname) or os.curdir
        try:
            names = os.listdir(top)
        except OSError:
            return []
        if dironly:
            names = [n for n in names if os.path.isdir(os.path.join(top, n))]
        return [self.os_name(n) for n in names]

    def iglob(self, pathname, root_dir, dironly):
        dirname, basename = os.path.split(pathname)
        if not has_magic(pathname):
            if basename:
                if self.exists(_join(root_dir, pathname)):
                    yield pathname
            elif self.isdir(_join(root_dir, dirname)):
                # A pattern ending in a slash matches directories only.
                yield pathname
            return
        if not dirname:
            if self.recursive and _isrecursive(basename):
                yield from self.glob2(root_dir, basename, dironly)
            else:
                yield from self.glob1(root_dir, basename, dironly)
            return
        if dirname != pathname and has_magic(dirname):
            dirs = self.iglob(dirname, root_dir, True)
        else:
            dirs = [dirname]
        if not has_magic(basename):
            glob_in_dir = self.glob0
        elif self.recursive and _isrecursive(basename):
            glob_in_dir = self.glob2
        else:
            glob_in_dir = self.glob1
        for dirname in dirs:
            for name in glob_in_dir(_join(root_dir, dirname), basename, dironly):
                yield os.path.join(dirname, name)

    def glob1(self, dirname, pattern, dironly):
        # Names in `dirname` matching a pattern with wildcards.
        names = self.listdir(dirname, dironly)
        if not self.include_hidden and not _ishidden(pattern):
            names = [n for n in names if not _ishidden(n)]
        return fnmatch.filter(names, pattern)

    def glob0(self, dirname, basename, dironly):
        # A literal name: there or not.  An empty one (the pattern ended in '/') asks for a
        # directory.
        if basename:
            if self.exists(_join(dirname, basename)):
                return [basename]
        elif self.isdir(dirname):
            return [basename]
        return []

    def glob2(self, dirname, pattern, dironly):
        # '**': the directory itself (as '') and everything below it.
        yield ''
        yield from self.rlistdir(dirname, dironly)

    def rlistdir(self, dirname, dironly):
        for name in self.listdir(dirname, dironly):
            if self.include_hidden or not _ishidden(name):
                yield name
                path = _join(dirname, name) if dirname else name
                for sub in self.rlistdir(path, dironly):
                    yield _join(name, sub)


def glob0(dirname, pattern):
    walker = _Walker(False, False, isinstance(pattern, bytes))
    names = walker.glob0(walker.text(dirname), walker.text(pattern), False)
    return list(walker.results(names)) if walker.is_bytes else names


def glob1(dirname, pattern):
    walker = _Walker(False, False, isinstance(pattern, bytes))
    names = walker.glob1(walker.text(dirname), walker.text(pattern), False)
    return list(walker.results(names)) if walker.is_bytes else names


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _ishidden(path):
    return path[:1] == '.'


def _isrecursive(pattern):
    return pattern in ('**', b'**')


def escape(pathname):
    # Each of * ? [ becomes a one-character set, so it matches only itself.
    if isinstance(pathname, bytes):
        return b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in pathname)
    return ''.join('[' + ch + ']' if ch in '*?[' else ch for ch in pathname)
