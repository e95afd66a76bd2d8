#!/usr/bin/env python3
"""Record CPython's behaviour for every script in tests/py/.

For each tests/py/NAME.py this runs `python3 /abs/path/tests/py/NAME.py`
(python3 found on PATH, cwd = tests/py/) and writes tests/py/NAME.expected:

    --- exit N
    --- stdout
    <stdout verbatim>
    --- stderr
    <stderr verbatim>

stdout and stderr follow their header lines verbatim (they may be empty or
lack a final newline).  Two normalisations are applied to both streams:

  * the absolute path of the tests/py directory (as printed in tracebacks,
    e.g. `File "/abs/.../tests/py/NAME.py"`) is replaced by `$DIR`;
  * every memory address `0x[0-9a-fA-F]+` is replaced by `0xADDR`;
  * traceback frames in CPython's own library files (with their source and
    caret lines) are dropped: Reap's counterparts are native or embedded.

The child runs with PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and
PYTHONIOENCODING=utf-8.

Usage:
    python3 tests/py/record.py           # (re)write all .expected files
    python3 tests/py/record.py 'enum__*'  # only the scripts whose names match
    python3 tests/py/record.py --check   # only compare; exit 1 listing every
                                         # .expected that is stale or missing,
                                         # and every orphan .expected

Files whose content would not change are left untouched; .expected files
without a matching .py are deleted (or reported, with --check).
"""

import difflib
import fnmatch
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SELF = os.path.basename(__file__)
ADDR_RE = re.compile(r"0x[0-9a-fA-F]+")
TIMEOUT = 120


def die(message):
    print("record.py: error: " + message, file=sys.stderr)
    sys.exit(2)


def find_python():
    python = shutil.which("python3")
    if python is None:
        die("python3 not found on PATH")
    return python


def child_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    # Keep the caller's environment from changing CPython's behaviour.
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS",
                "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONUNBUFFERED",
                "PYTHONDEVMODE", "PYTHONSAFEPATH", "PYTHONTRACEMALLOC",
                "PYTHONFAULTHANDLER", "PYTHONNOUSERSITE"):
        env.pop(var, None)
    return env


def scripts():
    names = []
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".py") and name != SELF and os.path.isfile(os.path.join(HERE, name)):
            names.append(name)
    return names


def dir_spellings():
    spellings = {HERE, os.path.realpath(HERE)}
    # Longest first, in case one spelling is a prefix of another.
    return sorted(spellings, key=len, reverse=True)


# A traceback frame inside CPython's own library (`weakref.py` running a finalizer, ...), with
# its source and caret lines: Reap's equivalents are native, so such frames are not compared.
LIB_FRAME_RE = re.compile(r'^  File "[^"]*/lib/python3\.\d+/[^"]*", line \d+, in .*\n(?:    .*\n)*', re.M)


def normalise(text):
    for spelling in dir_spellings():
        text = text.replace(spelling, "$DIR")
    text = LIB_FRAME_RE.sub("", text)
    return ADDR_RE.sub("0xADDR", text)


def record_one(python, env, name):
    """Run one script and return the text its .expected should hold."""
    path = os.path.join(HERE, name)
    try:
        proc = subprocess.run(
            [python, path],
            cwd=HERE,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        die("%s: timed out after %d seconds" % (name, TIMEOUT))
    try:
        stdout = proc.stdout.decode("utf-8")
        stderr = proc.stderr.decode("utf-8")
    except UnicodeDecodeError as e:
        die("%s: output is not valid UTF-8: %s" % (name, e))
    return "--- exit %d\n--- stdout\n%s--- stderr\n%s" % (
        proc.returncode, normalise(stdout), normalise(stderr))


def read_text(path):
    try:
        with open(path, "r", encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_text(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    check = False
    patterns = []
    for arg in argv[1:]:
        if arg == "--check":
            check = True
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        elif arg.startswith("-"):
            die("unknown argument %r (usage: record.py [--check] [NAME_GLOB...])" % arg)
        else:
            patterns.append(arg if arg.endswith(".py") else arg + ".py")

    python = find_python()
    env = child_env()
    names = scripts()
    if patterns:
        # Only the scripts named; other recordings (and orphans) are left alone.
        names = [n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns)]
    wanted = {name[:-3] + ".expected" for name in names}

    problems = []
    written = 0
    for name in names:
        expected_path = os.path.join(HERE, name[:-3] + ".expected")
        new = record_one(python, env, name)
        old = read_text(expected_path)
        if old == new:
            continue
        if check:
            problems.append("%s: %s" % (os.path.basename(expected_path),
                                        "missing" if old is None else "stale"))
            if old is not None:
                # CI's environment can differ from a developer's: show what changed.
                problems.extend(difflib.unified_diff(
                    old.splitlines(), new.splitlines(), "recorded", "now", lineterm=""))
        else:
            write_text(expected_path, new)
            written += 1

    removed = 0
    for name in sorted(os.listdir(HERE)):
        if not patterns and name.endswith(".expected") and name not in wanted:
            if check:
                problems.append("%s: orphan (no matching .py)" % name)
            else:
                os.remove(os.path.join(HERE, name))
                removed += 1

    if check:
        if problems:
            for line in problems:
                print(line)
            print("record.py: %d problem(s); run tests/py/record.py to update" % len(problems),
                  file=sys.stderr)
            return 1
        print("record.py: all %d .expected files are up to date" % len(names))
        return 0
    print("record.py: %d scripts, %d .expected written, %d orphan(s) removed"
          % (len(names), written, removed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
