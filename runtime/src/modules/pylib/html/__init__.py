"""html, written in Python for Reap: escape and unescape HTML text.

`escape` is CPython 3.11's. `unescape` follows the HTML5 rules as CPython does: numeric
references, including the replacements for invalid and Windows-1252 code points, and the
2231 named references of HTML5's table (`html.entities.html5`); where the ';' is missing,
the longest known name that starts the reference wins.
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")     # first, so the '&' of the others is not escaped again
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# What a numeric reference to 0x80-0x9F stands for: its Windows-1252 character (the five
# code points Windows-1252 leaves undefined stand for themselves).
_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d'
       '\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a'
       '\u0153\x9d\u017e\u0178')


def _is_dropped(num):
    # Control characters and noncharacters: a reference to one stands for nothing.
    return (1 <= num <= 8 or num == 0xb or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f
            or 0xfdd0 <= num <= 0xfdef or num & 0xfffe == 0xfffe)


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num == 0:
            return '\ufffd'
        if num == 0x0d:
            return '\r'
        if 0x80 <= num <= 0x9f:
            return _C1[num - 0x80]
        if 0xd800 <= num <= 0xdfff or num > 0x10ffff:
            return '\ufffd'
        if _is_dropped(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # Without its ';', the longest name (of two or more characters) that starts it counts.
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in _html5:
            return _html5[s[:end]] + s[end:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
