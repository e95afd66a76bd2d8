"""locale, written in Python for Reap.

Reap has no C library locales: the locales it knows are C (also spelt POSIX) and C.UTF-8
(C.utf8, ...), which format, compare and convert alike; any other raises locale.Error, as
CPython does on a system without that locale installed. Each category keeps its setting, and
LC_CTYPE starts as the environment chooses it (LC_ALL, LC_CTYPE, LANG), coerced from C to
C.UTF-8 as CPython 3.11 does on Linux. `normalize` knows the common names only (CPython's
alias table has over a thousand).
"""

import sys
import os as _os

# The module's own `str` (a number in the locale's format) hides the builtin below.
_text = type('')

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# glibc's categories, in the order a mixed LC_ALL setting lists them.
_CATEGORIES = [
    (LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'), (LC_TIME, 'LC_TIME'),
    (LC_COLLATE, 'LC_COLLATE'), (LC_MONETARY, 'LC_MONETARY'), (LC_MESSAGES, 'LC_MESSAGES'),
    (7, 'LC_PAPER'), (8, 'LC_NAME'), (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'),
    (11, 'LC_MEASUREMENT'), (12, 'LC_IDENTIFICATION'),
]


class Error(Exception):
    pass


def _supported(name):
    """The name glibc reports for a locale Reap has, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.') and name[2:].lower().replace('-', '') == 'utf8':
        return name
    return None


def _from_environment(category_name):
    for var in ('LC_ALL', category_name, 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


_settings = {number: 'C' for number, _ in _CATEGORIES}
_start = _supported(_from_environment('LC_CTYPE')) or 'C'
_settings[LC_CTYPE] = 'C.UTF-8' if _start == 'C' else _start


def _category_name(category):
    for number, name in _CATEGORIES:
        if number == category:
            return name
    return None


def setlocale(category, locale=None):
    if locale is not None and not isinstance(locale, _text):
        try:
            locale = normalize(_build_name(locale))
        except TypeError:
            raise TypeError('Locale must be None, a string, or an iterable of two strings '
                            '-- language code, encoding.') from None
    if not isinstance(category, int) or (category != LC_ALL and _category_name(category) is None):
        raise Error('unsupported locale setting')
    if locale is None:
        if category != LC_ALL:
            return _settings[category]
        values = [_settings[number] for number, _ in _CATEGORIES]
        if all(v == values[0] for v in values):
            return values[0]
        return ';'.join('%s=%s' % (name, _settings[number]) for number, name in _CATEGORIES)
    targets = [n for n, _ in _CATEGORIES] if category == LC_ALL else [category]
    chosen = {}
    for number in targets:
        wanted = locale or _from_environment(_category_name(number))
        got = _supported(wanted)
        if got is None:
            raise Error('unsupported locale setting')
        chosen[number] = got
    _settings.update(chosen)
    return setlocale(category)


def _build_name(pair):
    language, encoding = pair
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


_CONV = {
    'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
    'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
    'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
    'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
    'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
    'thousands_sep': '', 'grouping': [],
}


def localeconv():
    conv = dict(_CONV)
    conv['mon_grouping'] = []
    conv['grouping'] = []
    return conv


def getencoding():
    return 'UTF-8' if _settings[LC_CTYPE] != 'C' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    # CPython 3.11 starts in UTF-8 mode when the environment's locale is C or POSIX.
    if getattr(sys.flags, 'utf8_mode', 0) or _supported(_from_environment('LC_CTYPE')) == 'C':
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    return 'UTF-8'


def getlocale(category=LC_CTYPE):
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_name(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python "
                  "3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            return _parse_name(value)
    return _parse_name('C')


def _parse_name(name):
    code = normalize(name)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % name)


# --- names ----------------------------------------------------------------------------------

# Codeset spellings, keyed by lower case without '-' and '_'.
_ENCODINGS = {
    'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1', 'iso885915': 'ISO8859-15',
    'latin9': 'ISO8859-15', 'iso88592': 'ISO8859-2', 'iso88595': 'ISO8859-5',
    'iso88597': 'ISO8859-7', 'iso88599': 'ISO8859-9', 'koi8r': 'KOI8-R', 'eucjp': 'eucJP',
    'euckr': 'eucKR', 'ascii': 'ISO8859-1', 'cp1251': 'CP1251', 'gbk': 'GBK',
    'gb2312': 'gb2312', 'big5': 'big5', 'sjis': 'SJIS',
}

# A language's (or language_territory's) usual locale, keyed by lower case.
_LOCALES = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C.ISO8859-1', 'c.utf8': 'en_US.UTF-8',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1',
    'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1',
    'en_in': 'en_IN.ISO8859-1', 'en_nz': 'en_NZ.ISO8859-1', 'english': 'en_EN.ISO8859-1',
    'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1',
    'de_ch': 'de_CH.ISO8859-1', 'german': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'fr_be': 'fr_BE.ISO8859-1',
    'fr_ca': 'fr_CA.ISO8859-1', 'fr_ch': 'fr_CH.ISO8859-1', 'french': 'fr_FR.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1',
    'spanish': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'italian': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1',
    'pt': 'pt_PT.ISO8859-1', 'pt_pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1',
    'da_dk': 'da_DK.ISO8859-1', 'no': 'no_NO.ISO8859-1', 'no_no': 'no_NO.ISO8859-1',
    'fi': 'fi_FI.ISO8859-15', 'fi_fi': 'fi_FI.ISO8859-15', 'pl': 'pl_PL.ISO8859-2',
    'pl_pl': 'pl_PL.ISO8859-2', 'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'uk': 'uk_UA.KOI8-U', 'uk_ua': 'uk_UA.KOI8-U',
    'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR', 'zh_cn': 'zh_CN.gb2312',
    'zh_tw': 'zh_TW.big5', 'sr_rs@latin': 'sr_RS.UTF-8@latin',
}


def normalize(localename):
    """The locale name in the form setlocale expects: territory and codeset filled in."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        lang, encoding = code.split('.', 1)
    else:
        lang, encoding = code, ''
    norm_encoding = encoding.replace('-', '').replace('_', '')
    lookup = lang + ('.' + norm_encoding if norm_encoding else '')
    if modifier:
        with_mod = lookup + '@' + modifier
        if with_mod in _LOCALES:
            return _LOCALES[with_mod]
    if lookup in _LOCALES and not modifier:
        return _LOCALES[lookup]
    if modifier == 'euro' and not encoding and lang in _LOCALES:
        return _LOCALES[lang].split('.')[0] + '.ISO8859-15'
    if lang in _LOCALES and '.' in _LOCALES[lang]:
        base = _LOCALES[lang]
        if encoding:
            spelt = _ENCODINGS.get(norm_encoding, encoding)
            base = base.split('.')[0] + '.' + spelt
        return base + ('@' + modifier if modifier else '')
    return localename


# --- numbers --------------------------------------------------------------------------------

def _grouping_intervals(grouping):
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if last is None:
                raise ValueError('invalid grouping')
            while True:
                yield last
        yield size
        last = size


def _group(text, monetary=False):
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return text, 0
    stripped = text.rstrip()
    trailing = text[len(stripped):]
    groups = []
    for size in _grouping_intervals(grouping):
        if not stripped or stripped[-1] not in '0123456789':
            break
        groups.append(stripped[-size:])
        stripped = stripped[:-size]
    if not groups:
        return text, 0
    groups.append(stripped)
    groups.reverse()
    return sep.join(groups) + trailing, len(sep) * (len(groups) - 1)


def _localize_number(formatted, is_float, grouping, monetary):
    conv = localeconv()
    if is_float:
        whole, dot, frac = formatted.partition('.')
    else:
        whole, dot, frac = formatted, '', ''
    if grouping:
        whole, _ = _group(whole, monetary)
    if dot:
        point = conv['mon_decimal_point' if monetary else 'decimal_point']
        return whole + point + frac
    return whole


def _format_one(spec, value, grouping, monetary):
    formatted = spec % value
    kind = spec[-1]
    if kind in 'eEfFgG':
        return _localize_number(formatted, True, grouping, monetary)
    if kind in 'diu':
        return _localize_number(formatted, False, grouping, monetary)
    return formatted


def _specs(text):
    """The %-specifications of a format, as (start, end, key, star_count, conversion)."""
    i = 0
    while True:
        i = text.find('%', i)
        if i < 0:
            return
        j = i + 1
        key = None
        if j < len(text) and text[j] == '(':
            close = text.find(')', j)
            key = text[j + 1:close]
            j = close + 1
        while j < len(text) and text[j] in '-#0123456789 +*.hlL':
            j += 1
        yield i, j + 1, key, text[i:j].count('*'), text[j:j + 1]
        i = j + 1


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with numbers given the locale's decimal point (and grouping, if asked)."""
    mapping = not isinstance(val, tuple) and hasattr(val, 'keys') and hasattr(val, '__getitem__')
    values = val if isinstance(val, tuple) else (val,)
    out = []
    last = 0
    index = 0
    for start, end, key, stars, kind in _specs(f):
        out.append(f[last:start])
        last = end
        spec = f[start:end]
        if kind == '%':
            out.append('%')
            continue
        if key is not None:
            plain = '%' + spec[spec.index(')') + 1:]
            out.append(_format_one(plain, val[key], grouping, monetary))
            continue
        if mapping and not isinstance(val, tuple):
            out.append(_format_one(spec, val, grouping, monetary))
            continue
        # As CPython's: too few values is an IndexError, extra ones go unused.
        args = tuple(values[index + k] for k in range(stars + 1))
        index += stars + 1
        out.append(_format_one(spec, args if stars else args[0], grouping, monetary))
    out.append(f[last:])
    return ''.join(out)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    text = format_string('%%.%if' % digits, abs(val), grouping, monetary=True)
    text = '<' + text + '>'
    if symbol:
        sym = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            text = sym + (separated and ' ' or '') + text
        else:
            text = text + (separated and ' ' or '') + sym
    position = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if position == 0:
        text = '(' + text + ')'
    elif position == 1:
        text = sign + text
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    return _localize_number(string, '.' in string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# --- collation and nl_langinfo ----------------------------------------------------------------

def strcoll(os1, os2, /):
    for name, value in (('1', os1), ('2', os2)):
        if not isinstance(value, _text):
            raise TypeError('strcoll() argument %s must be str, not %s' % (name, type(value).__name__))
    # C and C.UTF-8 collate by code point, and glibc's answer is the sign alone.
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    if not isinstance(string, _text):
        raise TypeError('strxfrm() argument must be str, not %s' % type(string).__name__)
    return string


CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
AM_STR = 131110
PM_STR = 131111
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121

_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_LANGINFO = {
    RADIXCHAR: '.', THOUSEP: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', AM_STR: 'AM', PM_STR: 'PM', ERA: '', ERA_D_FMT: '',
    ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '',
}
for _i in range(7):
    globals()['DAY_%d' % (_i + 1)] = 131079 + _i
    globals()['ABDAY_%d' % (_i + 1)] = 131072 + _i
    _LANGINFO[131079 + _i] = _DAYS[_i]
    _LANGINFO[131072 + _i] = _DAYS[_i][:3]
for _i in range(12):
    globals()['MON_%d' % (_i + 1)] = 131098 + _i
    globals()['ABMON_%d' % (_i + 1)] = 131086 + _i
    _LANGINFO[131098 + _i] = _MONTHS[_i]
    _LANGINFO[131086 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key, /):
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        raise ValueError('unsupported langinfo constant') from None
