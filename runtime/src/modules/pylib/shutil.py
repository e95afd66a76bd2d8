"""shutil, written in Python for Reap: copying (files, their mode and times, trees), moving,
removing trees, which, and get_terminal_size.

Differences from CPython: no file descriptors, so no `dir_fd`/`follow_symlinks` variants of the
low-level calls, no extended attributes; `copytree`'s `copy_function` and `ignore` are honoured.
"""

import os
import stat as _stat

import _reap_os


class Error(OSError):
    pass


class SameFileError(Error):
    pass


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    length = length or COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, _stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, _stat.S_IMODE(st.st_mode))


def _copy_into(src, dst, metadata):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    metadata(src, dst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    return _copy_into(src, dst, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    return _copy_into(src, dst, copystat)


def ignore_patterns(*patterns):
    import fnmatch

    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = sorted(os.listdir(src))
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s, d = os.path.join(src, name), os.path.join(dst, name)
        try:
            if symlinks and os.path.islink(s):
                os.symlink(os.readlink(s), d)
            elif os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _dest_in_src(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _dest_in_src(src, dst):
    """Whether dst lies inside the directory src."""
    src = os.path.join(os.path.abspath(src), '')
    dst = os.path.join(os.path.abspath(dst), '')
    return dst.startswith(src)


def _usage_type():
    global _usage
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple('usage', 'total used free')
        _usage.__module__ = 'shutil'
    return _usage


_usage = None


def disk_usage(path):
    """Total, used and free space of the file system holding path, in bytes."""
    return _usage_type()(*_reap_os.disk_usage(path))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    def usable(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)
    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in os.fspath(path).split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if usable(name):
            return name
    return None


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Deletes a directory tree. A failure is ignored, given to onerror(function, path,
    exc_info), or raised. A symbolic link is refused, as CPython refuses it."""
    import sys
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    try:
        os.lstat(path)
    except OSError:
        # What cannot be looked at is reported as lstat's failure, as CPython's does.
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        _reap_os.rmtree(path)
    except OSError as e:
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(os.rmdir, getattr(e, 'filename', None) or path, sys.exc_info())


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError(f'{src!r} and {dst!r} are the same file')
    with open(src, 'rb') as fsrc, open(dst, 'wb') as fdst:
        copyfileobj(fsrc, fdst)
    return dst


def get_terminal_size(fallback=(80, 24)):
    import os
    import sys
    # $COLUMNS and $LINES win when they hold positive numbers; then the terminal; then fallback.
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
