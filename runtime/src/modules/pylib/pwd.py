"""pwd, written in Python for Reap: the password database, read from /etc/passwd (CPython asks
the C library, which on most systems reads the same file; entries served by NSS modules such
as LDAP are not seen)."""

import _reap_dbfile


class struct_passwd(_reap_dbfile.StructSeq):
    """pwd.struct_passwd: Results from getpw*() routines."""
    _fields = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')
    __module__ = 'pwd'


def _entries():
    for fields in _reap_dbfile.read('/etc/passwd', 7):
        name, passwd, uid, gid, gecos, home, shell = fields
        try:
            yield struct_passwd((name, passwd, int(uid), int(gid), gecos, home, shell))
        except ValueError:
            continue


def getpwall():
    return list(_entries())


def getpwuid(uid, /):
    uid = _reap_dbfile.id_arg(uid, 'uid')
    for entry in _entries():
        if entry.pw_uid == uid:
            return entry
    # An id past what the system's id type holds is not looked for, as in CPython.
    if not -2**31 <= uid < 2**32:
        raise KeyError('getpwuid(): uid not found')
    raise KeyError(f'getpwuid(): uid not found: {uid}')


def getpwnam(name, /):
    if not isinstance(name, str):
        raise TypeError(f'getpwnam() argument must be str, not {type(name).__name__}')
    for entry in _entries():
        if entry.pw_name == name:
            return entry
    raise KeyError(f'getpwnam(): name not found: {name!r}')
