#!/usr/bin/env python3
"""Record CPython's error output for every file in tests/syntax/invalid/.

For each invalid/NAME.py this runs `python3 NAME.py` (python3 found on PATH,
cwd = invalid/), and stores its stderr in invalid/NAME.expected, with the
file's absolute path replaced by plain `NAME.py`.  The exit code must be 1
and stderr must end in a SyntaxError, IndentationError or TabError line;
anything else aborts the run.

Usage:
    python3 tests/syntax/record.py           # (re)write all .expected files
    python3 tests/syntax/record.py --check   # only compare; exit 1 if any
                                             # .expected is stale or missing

The script is deterministic and idempotent: files whose content would not
change are left untouched, and .expected files without a matching .py are
removed (or reported, with --check).
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INVALID_DIR = os.path.join(HERE, "invalid")
ERROR_KINDS = ("SyntaxError", "IndentationError", "TabError")


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
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Make the encoding of stderr independent of the caller's locale.
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def record_one(python, env, name):
    """Run one invalid file and return the text its .expected should hold."""
    path = os.path.join(INVALID_DIR, name)
    proc = subprocess.run(
        [python, name],
        cwd=INVALID_DIR,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    stderr = proc.stderr.decode("utf-8")
    if proc.returncode != 1:
        die("%s: expected exit code 1, got %d\n%s" % (name, proc.returncode, stderr))
    if proc.stdout:
        die("%s: unexpected output on stdout: %r" % (name, proc.stdout))
    lines = stderr.splitlines()
    if not lines or not lines[-1].startswith(tuple(k + ":" for k in ERROR_KINDS)):
        die("%s: stderr does not end in a syntax error:\n%s" % (name, stderr))

    # CPython prints the absolute path of the script; replace it by the bare
    # file name.  Longest spelling first, in case one is a prefix of another.
    spellings = {os.path.abspath(path), os.path.realpath(path)}
    for spelling in sorted(spellings, key=len, reverse=True):
        stderr = stderr.replace(spelling, name)
    return stderr


def read_text(path):
    try:
        with open(path, "r", encoding="utf-8", newline="") as fh:
            return fh.read()
    except FileNotFoundError:
        return None


def main(argv):
    args = argv[1:]
    check = False
    if args == ["--check"]:
        check = True
    elif args:
        die("usage: record.py [--check]")

    python = find_python()
    env = child_env()
    entries = sorted(os.listdir(INVALID_DIR))
    sources = [e for e in entries if e.endswith(".py")]
    if not sources:
        die("no .py files in " + INVALID_DIR)

    problems = []
    written = 0
    for name in sources:
        expected_path = os.path.join(INVALID_DIR, name[:-3] + ".expected")
        new = record_one(python, env, name)
        old = read_text(expected_path)
        if old == new:
            continue
        if check:
            problems.append("%s: %s" % (name, "missing .expected" if old is None else "stale .expected"))
        else:
            with open(expected_path, "w", encoding="utf-8", newline="") as fh:
                fh.write(new)
            written += 1

    source_stems = {name[:-3] for name in sources}
    for entry in entries:
        if entry.endswith(".expected") and entry[: -len(".expected")] not in source_stems:
            if check:
                problems.append("%s: no matching .py file" % entry)
            else:
                os.remove(os.path.join(INVALID_DIR, entry))
                print("removed orphan " + entry)

    if check:
        if problems:
            print("stale or missing expectations:")
            for problem in problems:
                print("  " + problem)
            return 1
        print("all %d expectations up to date" % len(sources))
        return 0
    print("recorded %d files (%d changed)" % (len(sources), written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
