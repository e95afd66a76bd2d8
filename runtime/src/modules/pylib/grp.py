"""grp, written in Python for Reap: the group database, read from /etc/group (see pwd)."""

import _reap_dbfile


class struct_group(_reap_dbfile.StructSeq):
    """grp.struct_group: Results from getgr*() routines."""
    _fields = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')
    __module__ = 'grp'


def _entries():
    for name, passwd, gid, members in _reap_dbfile.read('/etc/group', 4):
        try:
            yield struct_group((name, passwd, int(gid), [m for m in members.split(',') if m]))
        except ValueError:
            continue


def getgrall():
    return list(_entries())


def getgrgid(id, /):
    gid = _reap_dbfile.id_arg(id, 'gid')
    for entry in _entries():
        if entry.gr_gid == gid:
            return entry
    # An id past what the system's id type holds is not looked for, as in CPython.
    if not -2**31 <= gid < 2**32:
        raise KeyError('getgrgid(): gid not found')
    raise KeyError(f'getgrgid(): gid not found: {gid}')


def getgrnam(name, /):
    if not isinstance(name, str):
        raise TypeError(f'getgrnam() argument must be str, not {type(name).__name__}')
    for entry in _entries():
        if entry.gr_name == name:
            return entry
    raise KeyError(f'getgrnam(): name not found: {name!r}')
