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
