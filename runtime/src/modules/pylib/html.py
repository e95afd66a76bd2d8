"""html, written in Python for Reap: escape and unescape HTML text.

`escape` is CPython 3.11's. `unescape` follows the HTML5 rules as CPython does (numeric
references, including the replacements for invalid and Windows-1252 code points; named
references, the longest known name wins where the ';' is missing), but knows fewer names:
the 252 entities of HTML 4 (with HTML5's values for `lang` and `rang`), `&apos;`, and the
upper-case forms `&AMP;` `&COPY;` `&GT;` `&LT;` `&QUOT;` `&REG;`. The other names of HTML5's
table of 2231 (such as `&NewLine;` or `&check;`) are left as they are. There is no
`html.entities` or `html.parser`.
"""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")     # first, so the '&' of the others is not escaped again
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# The entities of HTML 4, as "name hex-code-point" pairs.
_HTML4 = (
    'quot 22 amp 26 lt 3c gt 3e nbsp a0 iexcl a1 cent a2 pound a3 curren a4 yen a5 brvbar a6 '
    'sect a7 uml a8 copy a9 ordf aa laquo ab not ac shy ad reg ae macr af deg b0 plusmn b1 '
    'sup2 b2 sup3 b3 acute b4 micro b5 para b6 middot b7 cedil b8 sup1 b9 ordm ba raquo bb '
    'frac14 bc frac12 bd frac34 be iquest bf Agrave c0 Aacute c1 Acirc c2 Atilde c3 Auml c4 '
    'Aring c5 AElig c6 Ccedil c7 Egrave c8 Eacute c9 Ecirc ca Euml cb Igrave cc Iacute cd '
    'Icirc ce Iuml cf ETH d0 Ntilde d1 Ograve d2 Oacute d3 Ocirc d4 Otilde d5 Ouml d6 times d7 '
    'Oslash d8 Ugrave d9 Uacute da Ucirc db Uuml dc Yacute dd THORN de szlig df agrave e0 '
    'aacute e1 acirc e2 atilde e3 auml e4 aring e5 aelig e6 ccedil e7 egrave e8 eacute e9 '
    'ecirc ea euml eb igrave ec iacute ed icirc ee iuml ef eth f0 ntilde f1 ograve f2 '
    'oacute f3 ocirc f4 otilde f5 ouml f6 divide f7 oslash f8 ugrave f9 uacute fa ucirc fb '
    'uuml fc yacute fd thorn fe yuml ff OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 '
    'fnof 192 circ 2c6 tilde 2dc Alpha 391 Beta 392 Gamma 393 Delta 394 Epsilon 395 Zeta 396 '
    'Eta 397 Theta 398 Iota 399 Kappa 39a Lambda 39b Mu 39c Nu 39d Xi 39e Omicron 39f Pi 3a0 '
    'Rho 3a1 Sigma 3a3 Tau 3a4 Upsilon 3a5 Phi 3a6 Chi 3a7 Psi 3a8 Omega 3a9 alpha 3b1 '
    'beta 3b2 gamma 3b3 delta 3b4 epsilon 3b5 zeta 3b6 eta 3b7 theta 3b8 iota 3b9 kappa 3ba '
    'lambda 3bb mu 3bc nu 3bd xi 3be omicron 3bf pi 3c0 rho 3c1 sigmaf 3c2 sigma 3c3 tau 3c4 '
    'upsilon 3c5 phi 3c6 chi 3c7 psi 3c8 omega 3c9 thetasym 3d1 upsih 3d2 piv 3d6 ensp 2002 '
    'emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f ndash 2013 mdash 2014 '
    'lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e dagger 2020 Dagger 2021 '
    'bull 2022 hellip 2026 permil 2030 prime 2032 Prime 2033 lsaquo 2039 rsaquo 203a '
    'oline 203e frasl 2044 euro 20ac image 2111 weierp 2118 real 211c trade 2122 alefsym 2135 '
    'larr 2190 uarr 2191 rarr 2192 darr 2193 harr 2194 crarr 21b5 lArr 21d0 uArr 21d1 '
    'rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 exist 2203 empty 2205 nabla 2207 '
    'isin 2208 notin 2209 ni 220b prod 220f sum 2211 minus 2212 lowast 2217 radic 221a '
    'prop 221d infin 221e ang 2220 and 2227 or 2228 cap 2229 cup 222a int 222b there4 2234 '
    'sim 223c cong 2245 asymp 2248 ne 2260 equiv 2261 le 2264 ge 2265 sub 2282 sup 2283 '
    'nsub 2284 sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5 lceil 2308 '
    'rceil 2309 lfloor 230a rfloor 230b loz 25ca spades 2660 clubs 2663 hearts 2665 diams 2666 '
    'lang 27e8 rang 27e9 '
)


def _build_names():
    names = {}
    words = _HTML4.split()
    for i in range(0, len(words), 2):
        name, char = words[i], chr(int(words[i + 1], 16))
        names[name + ';'] = char
        # The Latin-1 characters and the four markup ones may also be written without ';'.
        if 0xa0 <= ord(char) <= 0xff or name in ('amp', 'lt', 'gt', 'quot'):
            names[name] = char
    for name in ('AMP', 'COPY', 'GT', 'LT', 'QUOT', 'REG'):
        names[name] = names[name + ';'] = names[name.lower() + ';']
    names['apos;'] = "'"
    return names


_names = _build_names()

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
    if s in _names:
        return _names[s]
    # Without its ';', the longest name (of two or more characters) that starts it counts.
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in _names:
            return _names[s[:end]] + s[end:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
