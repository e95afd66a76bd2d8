"""os, written in Python over Reap's native file-system primitives (_reap_os).

Differences from CPython:
- Descriptors: os.open, os.pipe, os.dup and tempfile.mkstemp give real ones, which os.read,
  os.write, os.lseek, os.fstat, os.isatty, os.fsync, os.ftruncate and os.close take; 0, 1 and 2
  are the interpreter's standard streams. open(fd)/os.fdopen reopen the file a descriptor
  names (with a position of its own). The functions that take a descriptor in place of a
  path (stat, chmod, utime, chdir, scandir...) raise OSError(EBADF) for an int, and a dir_fd
  other than None raises NotImplementedError.
- os.environ is a mapping of its own (str keys and values only) that subprocess's children
  get; the process's environment itself does not change.
- No chown, chroot, fork/exec/spawn or getlogin (pwd and grp are there); system and popen
  run their command through subprocess. os.kill of the
  interpreter's own process with a signal it handles runs the handler before it returns.
- chmod(follow_symlinks=False) of a symbolic link raises NotImplementedError, as on CPython
  on Linux; os.supports_fd and os.supports_dir_fd are empty.
- get_terminal_size always answers as for a descriptor that is not a terminal.
- fsencode/fsdecode use UTF-8 strictly while Reap's codecs lack 'surrogateescape'; paths
  given as bytes that are not UTF-8 do not reach the file system unchanged."""

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
defpath = path.defpath
linesep = '\n'
altsep = None
devnull = path.devnull


class _Environ:
    """os.environ: the process's variables as a mapping of str to str (its type and repr as
    CPython's). Reap sets no variables of the process itself: children started by subprocess
    get this mapping, and time.tzset reads TZ from it."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self:
            value = self._data[key]
            del self[key]
            return value
        if default is self._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(_reap_os.environ())


# A MutableMapping, as CPython's: registered here when collections.abc came first, else by it.
if 'collections.abc' in sys.modules:
    sys.modules['collections.abc'].MutableMapping.register(_Environ)

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

getcwd = _reap_os.getcwd
listdir = _reap_os.listdir
mkdir = _reap_os.mkdir
rmdir = _reap_os.rmdir
remove = _reap_os.remove
unlink = _reap_os.remove
error = OSError
rename = _reap_os.rename
replace = _reap_os.replace
getpid = _reap_os.getpid


def kill(pid, signal, /):
    """Kill a process with a signal."""
    # A signal this interpreter sends itself and handles runs its handler now, as CPython's
    # would run at the next instruction.
    handlers = sys.modules.get('_signal')
    if (handlers is not None and pid == getpid() and isinstance(signal, int)
            and handlers._deliver_here(signal, 1)):
        return
    _reap_os.kill(pid, signal)


def killpg(pgid, signal, /):
    """Kill a process group with a signal."""
    if pgid < 0:
        raise OSError(22, 'Invalid argument')
    _reap_os.kill(-pgid, signal)
urandom = _reap_os.urandom
uname_result = _reap_os.uname_result


def uname():
    """The kernel's names for itself and the machine, read from /proc/sys/kernel (Linux)."""
    def read(name):
        try:
            with __import__('builtins').open('/proc/sys/kernel/' + name) as f:
                return f.read().rstrip('\n')
        except OSError:
            return ''
    machine = read('arch')
    if not machine:
        import platform
        machine = platform._machine()
    return uname_result((read('ostype') or 'Linux', read('hostname'), read('osrelease'),
                         read('version'), machine))
stat_result = _reap_os.stat_result
stat = _reap_os.stat
lstat = _reap_os.lstat
chmod = _reap_os.chmod
utime = _reap_os.utime
readlink = _reap_os.readlink
symlink = _reap_os.symlink
link = _reap_os.link
chdir = _reap_os.chdir
access = _reap_os.access
umask = _reap_os.umask
strerror = _reap_os.strerror
getuid = _reap_os.getuid
_exit = _reap_os._exit
geteuid = _reap_os.geteuid
getgid = _reap_os.getgid
getegid = _reap_os.getegid
getppid = _reap_os.getppid

# What CPython's functions accept on Linux, less what Reap cannot do (descriptors).
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = {access}
supports_follow_symlinks = {access, link, stat, utime}


def getcwdb():
    return _fs_encode(getcwd())

# The descriptors Reap opened (os.open, os.pipe, os.dup, tempfile.mkstemp), by number: each
# an _reap_os.Descriptor, which closes its descriptor when it goes. 0, 1 and 2 are the
# interpreter's standard streams.
_fds = {}

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000


def _register_fd(descriptor):
    fd = descriptor.fileno()
    _fds[fd] = descriptor
    return fd


def _fd(fd, writing=False):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    try:
        return _fds[fd]
    except KeyError:
        pass
    # A descriptor of a file object (f.fileno()): the file it names, reopened for the one call
    # (reading from its start, writing at its end).
    if fd > 2 and path.exists(f'/proc/self/fd/{fd}'):
        try:
            return _reap_os.fd_open(f'/proc/self/fd/{fd}', O_WRONLY | O_APPEND if writing else O_RDONLY, 0)
        except OSError:
            pass
    raise OSError(9, 'Bad file descriptor')


def _std_stream(fd):
    return {0: sys.stdin, 1: sys.stdout, 2: sys.stderr}.get(fd) if fd not in _fds else None


def open(path, flags, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    return _register_fd(_reap_os.fd_open(fspath(path), flags, mode))


def close(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    if _fds.pop(fd, None) is None and not (0 <= fd <= 2 or path.exists(f'/proc/self/fd/{fd}')):
        raise OSError(9, 'Bad file descriptor')


def closerange(fd_low, fd_high):
    for fd in [fd for fd in _fds if fd_low <= fd < fd_high]:
        del _fds[fd]


def read(fd, n):
    if _std_stream(fd) is sys.stdin:
        return sys.stdin.buffer.read(n)
    return _fd(fd).read(n)


def write(fd, data):
    stream = _std_stream(fd)
    if stream is not None and fd != 0:
        stream.flush()
        n = stream.buffer.write(data)
        stream.buffer.flush()
        return n
    return _fd(fd, writing=True).write(data)


def lseek(fd, position, whence):
    return _fd(fd).lseek(position, whence)


def fstat(fd):
    if _std_stream(fd) is not None or (fd not in _fds and isinstance(fd, int) and fd > 2
                                       and path.exists(f'/proc/self/fd/{fd}')):
        # A standard stream, or a file object's descriptor: the file it is open on.
        return stat(f'/proc/self/fd/{fd}')
    descriptor = _fd(fd)
    return stat(descriptor.metadata_path())


def isatty(fd):
    stream = _std_stream(fd)
    if stream is not None:
        return stream.isatty()
    try:
        return _fd(fd).isatty()
    except OSError:
        return False


def dup(fd):
    return _register_fd(_fd(fd).dup())


def pipe():
    r, w = _reap_os.fd_pipe()
    return _register_fd(r), _register_fd(w)


def fsync(fd):
    if hasattr(fd, 'fileno'):
        fd = fd.fileno()
    stream = _std_stream(fd)
    if stream is None:
        _fd(fd).fsync()


def truncate(path, length):
    """Cuts (or extends) the file `path` names, or descriptor `path`, to `length` bytes."""
    if isinstance(path, int):
        return ftruncate(path, length)
    import builtins
    with builtins.open(path, 'r+b') as f:
        f.truncate(length)


def ftruncate(fd, length):
    _fd(fd).ftruncate(length)


def device_encoding(fd):
    return 'utf-8' if isatty(fd) else None


def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, errors, newline, closefd=closefd)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory in the
    tree rooted at top, as CPython 3.11's os.walk."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    with scandir_it:
        while True:
            try:
                try:
                    entry = next(scandir_it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return

            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False

            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)

            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink

                if walk_into:
                    walk_dirs.append(entry.path)

    if topdown:
        yield top, dirs, nondirs
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def cpu_count():
    """The number of CPUs the system has online (not only those this process may use), or
    None if it cannot be told, as CPython's."""
    try:
        with __import__('builtins').open('/sys/devices/system/cpu/online') as f:
            spec = f.read().strip()
    except OSError:
        return None
    count = 0
    for part in spec.split(','):
        first, _, last = part.partition('-')
        try:
            count += int(last or first) - int(first) + 1
        except ValueError:
            return None
    return count or None


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


def __dir__():
    # The names made on first use (by __getattr__) are the module's, as in CPython.
    return sorted(set(globals()) | set(['PathLike']))


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
    raise AttributeError(f"module 'os' has no attribute '{name}'", name=name,
                         obj=sys.modules[__name__])


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


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """An entry of os.scandir: its name and path, what kind of file it is (as the directory
    tells it, else from lstat), and its stat() results, each asked once and kept."""
    __module__ = 'posix'
    __class_getitem__ = classmethod(_generic_alias)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, path, kind, ino):
        entry = object.__new__(cls)
        entry._name = name
        entry._path = path
        entry._kind = kind
        entry._ino = ino
        entry._stat = None
        entry._lstat = None
        return entry

    name = property(lambda self: self._name)
    path = property(lambda self: self._path)

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind:
            return self._kind == 'l'
        return self._test_mode(False, _S_IFLNK)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self._path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self._path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def _test_mode(self, follow_symlinks, mode_bits):
        # CPython's DirEntry_test_mode: the directory's word unless it did not say, or the
        # entry is a link to follow.
        is_symlink = self._kind == 'l'
        if not self._kind or (follow_symlinks and is_symlink):
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return st.st_mode & _S_IFMT == mode_bits
        if is_symlink:
            return False
        return self._kind == ('d' if mode_bits == _S_IFDIR else 'f')

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _S_IFDIR)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _S_IFREG)

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return f'<DirEntry {self._name!r}>'


class _ScandirIterator:
    __module__ = 'posix'

    def __init__(self, top):
        as_bytes = isinstance(top, bytes)
        found = _reap_os.scandir_entries(_fs_decode(top) if as_bytes else top)
        # The entries' paths are the directory's, joined as CPython's scandir joins them.
        prefix = top if top.endswith(b'/' if as_bytes else '/') else top + (b'/' if as_bytes else '/')
        entries = []
        for name, kind, ino in found:
            if as_bytes:
                name = _fs_encode(name)
            entries.append(DirEntry._make(name, prefix + name, kind, ino))
        self._entries = iter(entries)

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
    if path is None:
        path = '.'
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), '__fspath__'):
        # (CPython also takes a directory descriptor; Reap has none to give.)
        raise TypeError('scandir: path should be string, bytes, os.PathLike, integer or None, '
                        f'not {type(path).__name__}')
    return _ScandirIterator(fspath(path))


# --- Running commands and reading wait statuses (what os.system and os.wait* report).

def WIFEXITED(status):
    return (status & 0x7F) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return (status & 0x7F) not in (0, 0x7F)


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return (status & 0xFF) == 0x7F


def WSTOPSIG(status):
    return (status >> 8) & 0xFF


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code of a process from its wait status (minus the signal that ended it)."""
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status!r}")


def _wait_status(returncode):
    """A wait status from subprocess's return code (negative: the signal that ended it)."""
    return -returncode if returncode < 0 else returncode << 8


def system(command):
    """Runs the command in a subshell; returns its wait status. The child writes straight to
    the process's own stdout, as under CPython (output the script buffered comes after it)."""
    import subprocess
    return _wait_status(subprocess.call(command, shell=True))


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd in a subshell, its stdout ('r') or stdin ('w') a text stream of this end;
    close() gives None for success, else the wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """popen's stream: the pipe's end, whose close() waits for the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        return None if returncode == 0 else _wait_status(returncode)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def get_exec_path(env=None):
    """The directories searched for a program: PATH of env (os.environ by default)."""
    if env is None:
        env = environ
    path = env.get('PATH')
    if path is None:
        path = defpath
    return path.split(pathsep)
