"""pathlib: object-oriented file-system paths, as Python 3.11 has them on POSIX, for Reap.

PurePath, PurePosixPath and PureWindowsPath compute on paths without touching the disk; Path
and PosixPath (what Path() makes here) add the file-system operations, built on `os`.

Differences from CPython:
- Reap's os has no os.open: touch() bumps the times of an existing file with os.utime, as
  CPython does, and creates a missing one through open(), then gives it `mode` (less the
  umask) with os.chmod.
- open()/read_text()/write_text() pass encoding=None on rather than io.text_encoding()'s
  'locale', which Reap's open() does not accept yet.
"""

import builtins
import fnmatch
import io
import os
import re
import warnings
from collections.abc import Sequence

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

# errno values (Reap has no errno module yet): the errors that mean "no such file" to the
# is_*() tests.
_IGNORED_ERRNOS = (2, 20, 9, 40)  # ENOENT, ENOTDIR, EBADF, ELOOP
_ELOOP = 40

# File-type bits of st_mode (Reap has no stat module yet).
_S_IFMT = 0o170000
_S_IFDIR, _S_IFREG, _S_IFLNK = 0o040000, 0o100000, 0o120000
_S_IFBLK, _S_IFCHR, _S_IFIFO, _S_IFSOCK = 0o060000, 0o020000, 0o010000, 0o140000


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


def _quote_uri(data):
    from urllib.parse import quote_from_bytes
    return quote_from_bytes(data)


#
# Flavours: how one family of systems spells its paths.
#

class _Flavour:
    """Parsing and joining of paths for one system family."""

    def __init__(self):
        self.join = self.sep.join

    def _clean(self, part):
        return part.replace(self.altsep, self.sep) if self.altsep else part

    def parse_parts(self, parts):
        """(drive, root, parts) for the given strings joined in order.

        The strings are read from the last: the first anchored one met ends the reading, as
        everything before it is overridden (except that a root without a drive takes the
        drive of the nearest earlier string that has one)."""
        found = []  # the names, last first
        drv = root = ''
        sep = self.sep
        i = len(parts)
        while i:
            i -= 1
            part = parts[i]
            if not part:
                continue
            drv, root, rel = self.splitroot(self._clean(part))
            for name in reversed(rel.split(sep)):
                if name and name != '.':
                    found.append(name)
            if drv or root:
                while not drv and i:
                    i -= 1
                    if parts[i]:
                        drv = self.splitroot(self._clean(parts[i]))[0]
                break
        if drv or root:
            found.append(drv + root)
        found.reverse()
        return drv, root, found

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        """The (drive, root, parts) of the second parsed path joined onto the first."""
        if not drv2 and not root2:
            return drv, root, parts + parts2
        if root2:
            if drv and not drv2:
                # A rooted path keeps the first path's drive.
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2 == drv or self.casefold(drv2) == self.casefold(drv):
            # Same drive, no root: relative to the first path.
            return drv, root, parts + parts2[1:]
        return drv2, root2, parts2


class _PosixFlavour(_Flavour):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'

    def splitroot(self, part, sep='/'):
        if part[:1] != sep:
            return '', '', part
        rest = part.lstrip(sep)
        # POSIX lets exactly two leading slashes mean something else; three or more are one.
        return '', sep * 2 if len(part) - len(rest) == 2 else sep, rest

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote_uri(os.fsencode(str(path)))


class _WindowsFlavour(_Flavour):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'

    _letters = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    _reserved = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$']
        + ['COM' + c for c in '123456789\xb9\xb2\xb3']
        + ['LPT' + c for c in '123456789\xb9\xb2\xb3'])

    def splitroot(self, part, sep='\\'):
        prefix = ''
        if part[:2] == sep * 2 and part.startswith('\\\\?\\'):
            # An extended-length path: its prefix is kept before the drive.
            prefix, part = part[:4], part[4:]
            if part.startswith('UNC\\'):
                prefix += part[:3]
                part = '\\' + part[3:]
        first, second, third = part[:1], part[1:2], part[2:3]
        if first == sep and second == sep and third != sep:
            # \\server\share\rest: the drive is \\server\share (the share must have a name).
            i = part.find(sep, 2)
            if i != -1:
                j = part.find(sep, i + 1)
                if j != i + 1:
                    if j == -1:
                        j = len(part)
                    drive = prefix + part[1:j] if prefix else part[:j]
                    return drive, sep, part[j + 1:]
        drv = root = ''
        if second == ':' and first in self._letters:
            drv, part, first = part[:2], part[2:], third
        if first == sep:
            root = sep
            part = part.lstrip(sep)
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        # Erring on the side of caution, as CPython does: any last name that is a device name
        # (before a dot or colon, without trailing spaces) is reserved, outside UNC paths.
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self._reserved

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _quote_uri(rest.encode('utf-8')))
        return 'file:' + _quote_uri(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


#
# Globbing: each pattern component selects among the children of the paths the previous one
# selected.  Generators over the file system; results come in os.scandir's order.
#

def _entry_is_dir(entry, follow_symlinks=True):
    return entry.is_dir(follow_symlinks=follow_symlinks)


def _select(path, pattern_parts, flavour):
    """The paths under `path` matched by pattern_parts (a tuple of components; a last '' keeps
    only directories)."""
    if not pattern_parts:
        yield path
        return
    pat = pattern_parts[0]
    rest = pattern_parts[1:]
    if not pat:
        yield path
        return
    # Only directories can have children for the next component to look at.
    dironly = bool(rest)
    if pat == '**':
        yield from _select_recursive(path, rest, flavour)
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard_pattern(pat):
        match = flavour.compile_pattern(pat)
        try:
            with path._scandir() as it:
                entries = list(it)
            for entry in entries:
                if dironly:
                    try:
                        if not _entry_is_dir(entry):
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if match(name):
                    child = path._make_child_relpath(name)
                    yield from _select(child, rest, flavour)
        except PermissionError:
            return
    else:
        try:
            child = path._make_child_relpath(pat)
            if child.is_dir() if dironly else child.exists():
                yield from _select(child, rest, flavour)
        except PermissionError:
            return


def _walk_dirs(path):
    """`path` and every directory below it, depth first, not following symbolic links."""
    yield path
    try:
        with path._scandir() as it:
            entries = list(it)
        for entry in entries:
            is_dir = False
            try:
                is_dir = _entry_is_dir(entry, follow_symlinks=False)
            except OSError as e:
                if not _ignore_error(e):
                    raise
            if is_dir:
                yield from _walk_dirs(path._make_child_relpath(entry.name))
    except PermissionError:
        return


def _select_recursive(path, rest, flavour):
    seen = set()
    try:
        for start in _walk_dirs(path):
            for p in _select(start, rest, flavour):
                if p not in seen:
                    seen.add(p)
                    yield p
    except PermissionError:
        return
    finally:
        seen.clear()


#
# Pure paths
#

class _PathParents(Sequence):
    """The logical ancestors of a path, as a sequence (path.parents)."""
    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts) - 1 if self._drv or self._root else len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __repr__(self):
        return '<{}.parents>'.format(self._pathcls.__name__)


class PurePath(object):
    """A file-system path that is only computed with, never looked up.

    PurePath() makes the flavour of this system (PurePosixPath here); PurePosixPath and
    PureWindowsPath can be made anywhere."""
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        strings = []
        for a in args:
            if isinstance(a, PurePath):
                strings += a._parts
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike object '
                                'returning str, not %r' % (type(a),))
            strings.append(str(a))
        return cls._flavour.parse_parts(strings)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._parts = self._parse_args(args)
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.join(parts[1:])
        return cls._flavour.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._parse_args(args)
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        # The parts as compared and hashed (lower-cased on Windows).
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The drive and root together, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The last component, if any."""
        parts = self._parts
        if len(parts) == (1 if self._drv or self._root else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The last component's last suffix ('.txt'), or ''."""
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        """The last component's suffixes (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last component without its last suffix."""
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        """This path with its last component replaced by `name`."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] in (f.sep, f.altsep) or drv or root
                or len(parts) != 1):
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of its last component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced by `suffix` (added if it has none, removed if
        `suffix` is '')."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to the path the arguments make; ValueError if it is not below.

        The drive and the root count as separate components here."""
        if not other:
            raise TypeError('need at least one argument')
        drv, root, parts = self._drv, self._root, self._parts
        mine = [drv, root] + parts[1:] if root else parts
        to_drv, to_root, to_parts = self._parse_args(other)
        theirs = [to_drv, to_root] + to_parts[1:] if to_root else to_parts
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if n == 0:
            bad = bool(root or drv)
        else:
            bad = cf(mine[:n]) != cf(theirs)
        if bad:
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative '
                             'and the other is absolute.'.format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        """Whether relative_to() would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    @property
    def parts(self):
        """The components of the path, as a tuple (the anchor first, if any)."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """This path joined with each argument in turn (an anchored one starts afresh)."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path (an anchor is its own parent)."""
        drv, root, parts = self._drv, self._root, self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """The logical ancestors of the path, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root (and a drive, on Windows)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Whether the path names one of the system's reserved names."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the right (an
        anchored pattern must match the whole path)."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._flavour.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError('empty pattern')
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules ('/' separates, no drives)."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows rules (drives, UNC shares, '\\' and '/' both separate,
    case-insensitive comparison)."""
    _flavour = _windows_flavour
    __slots__ = ()


#
# Concrete paths
#

class Path(PurePath):
    """A path that can also be looked up and acted on in the file system.

    Path() makes the class for this system (PosixPath here)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        # A child by a single name known to be relative (for walking directories).
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        warnings.warn('pathlib.Path.__enter__() is deprecated and scheduled for removal in '
                      'Python 3.13; Path objects as a context manager is a no-op',
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (as os.path.expanduser('~') gives it)."""
        return cls('~').expanduser()

    def samefile(self, other_path):
        """Whether other_path names the same file as this path."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The paths of the directory's entries (never '.' or '..'), in os.listdir's order."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """The existing paths below this directory that match the relative pattern."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        yield from self._glob_parts(tuple(pattern_parts))

    def rglob(self, pattern):
        """Like glob() with '**/' put before the pattern: matches anywhere below."""
        f = self._flavour
        drv, root, pattern_parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern and pattern[-1] in (f.sep, f.altsep):
            pattern_parts.append('')
        yield from self._glob_parts(('**',) + tuple(pattern_parts))

    def _glob_parts(self, pattern_parts):
        # Pattern errors come before any look at the disk.
        if not pattern_parts:
            raise IndexError('tuple index out of range')  # glob('.'), as in CPython
        for pat in pattern_parts:
            if pat != '**' and '**' in pat:
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if not self.is_dir():
            return
        yield from _select(self, pattern_parts, self._flavour)

    def absolute(self):
        """This path made absolute with the current directory (not normalised)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links, '.' and '..' resolved; with strict=True,
        the path must exist."""
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            if e.errno == _ELOOP:
                raise RuntimeError('Symlink loop from %r' % e.filename)
            raise
        p = self._from_parts((s,))
        if not strict:
            # realpath() is quiet about loops when not strict; stat() is not.
            try:
                p.stat()
            except OSError as e:
                if e.errno == _ELOOP:
                    raise RuntimeError('Symlink loop from %r' % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        """The os.stat() result for this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), but about a symbolic link itself rather than its target."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The login name of the file's owner."""
        try:
            import pwd
        except ImportError:
            raise NotImplementedError('Path.owner() is unsupported on this system')
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        try:
            import grp
        except ImportError:
            raise NotImplementedError('Path.group() is unsupported on this system')
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents, as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents, decoded."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write the bytes-like data to the file (replacing it); the count written."""
        view = _bytes_like(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write the string to the file (replacing it); the count written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist (else, with exist_ok, update its time)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        # (CPython: os.open(self, O_CREAT | O_WRONLY [| O_EXCL], mode).)
        builtins.open(self, 'a' if exist_ok else 'x').close()
        if mode != 0o666:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(self, mode & ~mask)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and, with parents, its missing ancestors)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # The system may report other errors (EACCES, EROFS) first for a directory that
            # exists: what exists counts.
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the file's permission bits, as os.chmod() does."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), but of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link (missing_ok: a missing one is no error)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename the file or directory to target (relative to the current directory, not
        this path's); the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Like rename(), replacing target if it exists; the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated: use hardlink_to())."""
        warnings.warn('pathlib.Path.link_to() is deprecated and is scheduled for removal in '
                      'Python 3.12. Use pathlib.Path.hardlink_to() instead.',
                      DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)

    # The tests of what the path is.

    def _mode(self, follow_symlinks=True):
        # st_mode, or None if the path does not exist (or cannot be looked at as missing).
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None  # a path the system cannot take (a NUL in it)

    def exists(self):
        """Whether the path exists (following symbolic links)."""
        return self._mode() is not None

    def is_dir(self):
        """Whether the path is a directory (or a link to one)."""
        return _has_type(self._mode(), _S_IFDIR)

    def is_file(self):
        """Whether the path is a regular file (or a link to one)."""
        return _has_type(self._mode(), _S_IFREG)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return _has_type(self._mode(follow_symlinks=False), _S_IFLNK)

    def is_block_device(self):
        """Whether the path is a block device."""
        return _has_type(self._mode(), _S_IFBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return _has_type(self._mode(), _S_IFCHR)

    def is_fifo(self):
        """Whether the path is a FIFO."""
        return _has_type(self._mode(), _S_IFIFO)

    def is_socket(self):
        """Whether the path is a socket."""
        return _has_type(self._mode(), _S_IFSOCK)

    def expanduser(self):
        """This path with a leading ~ or ~user expanded."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts([homedir] + self._parts[1:])
        return self


def _has_type(mode, kind):
    return mode is not None and mode & _S_IFMT == kind


def _bytes_like(data):
    # What memoryview(data) checks (Reap has no memoryview yet).
    view = getattr(builtins, 'memoryview', None)
    if view is not None:
        return view(data)
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    return bytes(data)  # (Reap's binary files take only bytes yet)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows (cannot be made on other systems)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError('Path.is_mount() is unsupported on this system')
