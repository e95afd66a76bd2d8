"""shutil, written in Python for Reap (the part scripts use to clean up, and
get_terminal_size)."""

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
