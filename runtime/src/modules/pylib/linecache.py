"""linecache, written in Python for Reap: source lines of files, read from disk and cached.

Differs from CPython's: files are found by path (and, for a relative name, along sys.path) only;
module loaders (`__loader__.get_source`) are not asked, so `lazycache` never caches anything.
`checkcache` drops an entry when the file's size or modification time changed or the file is
gone; entries a caller put in `cache` itself (mtime None) stay, as in CPython.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); mtime None: put there by a caller, never checked.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    # Nothing is loaded lazily: there are no loaders to ask.
    return False


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = _find(filename)
    if fullname is None:
        return []
    try:
        mtime = os.stat(fullname).st_mtime
        with open(fullname, "rb") as f:
            data = f.read()
    except (OSError, ValueError):
        return []
    text = _decode(data)
    if text is None:
        return []
    lines = _split(text)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (len(data), mtime, lines, fullname)
    return lines


def _find(filename):
    if os.path.isfile(filename):
        return filename
    if os.path.isabs(filename):
        return None
    # As CPython does for a relative name: look for it along sys.path.
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        candidate = os.path.join(folder, filename)
        try:
            if os.path.isfile(candidate):
                return candidate
        except (OSError, ValueError):
            pass
    return None


def _decode(data):
    """The text of a source file: a BOM or a coding cookie (PEP 263) chooses the codec."""
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    else:
        encoding = _cookie(data)
        if encoding is not None:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _cookie(data):
    # Only the first two lines may carry it, and only inside a comment.
    for line in data.split(b"\n", 2)[:2]:
        text = line.decode("latin-1").strip()
        if not text.startswith("#"):
            if text:
                return None
            continue
        for marker in ("coding:", "coding="):
            at = text.find(marker)
            if at >= 0:
                rest = text[at + len(marker):].lstrip()
                name = ""
                for ch in rest:
                    if ch.isalnum() or ch in "-_.":
                        name += ch
                    else:
                        break
                if name and name.lower().replace("_", "-") not in ("utf-8", "utf8"):
                    return name
                return None
    return None


def _split(text):
    """Lines as a text-mode file reads them (universal newlines), each keeping its end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out
