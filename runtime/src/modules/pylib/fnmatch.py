"""fnmatch, written in Python for Reap: shell-style wild-card matching of file names.

`translate` builds the same regular expression text as CPython 3.11 (`*` becomes `.*`, or an
atomic `(?>.*?...)` group between fixed parts; `?` becomes `.`; `[...]` becomes a character
set with empty ranges dropped and set operators escaped). Names are compared as on POSIX:
`fnmatch` is case-sensitive, like `fnmatchcase`.
"""

import functools
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(s):
    # posixpath.normcase: no change, but only str, bytes and path-like objects are accepted.
    if isinstance(s, (str, bytes)):
        return s
    fspath = getattr(type(s), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(s).__name__)
    path = fspath(s)
    if not isinstance(path, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(s).__name__, type(path).__name__))
    return path


def fnmatch(name, pat):
    return fnmatchcase(_normcase(name), _normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        # Bytes are matched through their Latin-1 text, one character per byte.
        regex = translate(pat.decode('latin-1')).encode('latin-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    match = _compile_pattern(_normcase(pat))
    # As on POSIX, the names themselves are not passed through normcase.
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    return _compile_pattern(pat)(name) is not None


def _translate_set(pat, i, j):
    """The regex for the bracket expression pat[i-1:j+1] ('[' at i-1, ']' at j)."""
    body = pat[i:j]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # Cut the body at the hyphens that make ranges, so that each range can be checked
        # and the other hyphens escaped.
        pieces = []
        k = i + 2 if pat[i] == '!' else i + 1
        start = i
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            pieces.append(pat[start:k])
            start = k + 1
            k += 3
        tail = pat[start:j]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += '-'
        # A range whose ends are reversed ("z-a") matches nothing: drop it, joining its
        # neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    # "&&", "~~" and "||" may become set operations in future regexes: escape them.
    body = re.sub('([&~|])', '\\\\\\1', body)
    if not body:
        return '(?!)'           # "[]" can never match
    if body == '!':
        return '.'              # "[!]" matches any character
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    STAR = None    # stands for '*' in `parts`: every other part is a str
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not STAR:
                parts.append(STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')     # no closing bracket: a literal '['
            else:
                parts.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))

    # A star between two fixed parts matches as little as it can, never backtracking (so that
    # patterns like "*a*a*a*b" stay linear); the last star is a plain ".*".
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1          # past the star
        fixed = []
        while i < n and parts[i] is not STAR:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
