"""shutil, written in Python for Reap (the part scripts use to clean up)."""

import _reap_os


def rmtree(path, ignore_errors=False):
    try:
        _reap_os.rmtree(path)
    except OSError:
        if not ignore_errors:
            raise


def copyfile(src, dst):
    with open(src, 'rb') as f:
        data = f.read()
    with open(dst, 'wb') as f:
        f.write(data)
    return dst
