"""getpass for Reap: read a password, and tell who the user is.

Reap has no terminal control (`termios`), so getpass() cannot turn echo off: it does what
CPython does when it cannot either, warns with GetPassWarning, and reads the line from
sys.stdin with the prompt on the stream (sys.stderr by default).
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    """Prompts for a password and returns it, without its line break (it may be echoed)."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _read_line(prompt, stream)


fallback_getpass = unix_getpass = getpass


def _read_line(prompt, stream):
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def getuser():
    """The user's login name: from the environment (LOGNAME, USER, LNAME, USERNAME), else
    the password database's entry for this process's user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)
