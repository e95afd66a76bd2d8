"""Private part of the `decimal` module: conversions between Decimal and text (numeric strings,
tuples, floats) and the format() mini-language as the C implementation understands it."""

from _decimal_base import (
    _mk, _fin, _nd, _c2s, _s2c, _p10, _shift_out, _round_up, _exact_ok, _fix_nan,
    _INF, _QNAN, _SNAN, MAX_PREC, MAX_EMAX, MIN_ETINY, S_CONV_SYNTAX, S_INVALID_OP,
    S_FLOAT_OP,
)

# ---------------------------------------------------------------------------------------------
# Numeric strings


def _ascii_numeric(s, strip, drop_underscores):
    """The string made plain ASCII as the C code does: Unicode digits become ASCII digits and
    Unicode spaces become ' '.  Returns '' (a syntax error) for any other non-ASCII character."""
    if strip:
        s = s.strip()
    if drop_underscores and '_' in s:
        s = s.replace('_', '')
    if s.isascii():
        return '' if '\x00' in s else s
    out = []
    for ch in s:
        o = ord(ch)
        if 0 < o < 128:
            out.append(ch)
        elif o == 0:
            return ''
        elif ch.isspace():
            out.append(' ')
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return ''
    return ''.join(out)


def _all_digits(s):
    return s.isdigit() and s.isascii()


def _parse(s, max_payload):
    """Parse an ASCII numeric string: (sign, coef, exp, kind) or None for a syntax error.
    NaN payloads longer than max_payload digits are syntax errors."""
    sign = 0
    if s[:1] == '+':
        s = s[1:]
    elif s[:1] == '-':
        sign = 1
        s = s[1:]
    if not s:
        return None
    first = s[0]
    if not ('0' <= first <= '9' or first == '.'):
        low = s.lower()
        if low.startswith('nan'):
            kind, rest = _QNAN, s[3:]
        elif low.startswith('snan'):
            kind, rest = _SNAN, s[4:]
        elif low == 'inf' or low == 'infinity':
            return sign, 0, 0, _INF
        else:
            return None
        if not rest:
            return sign, 0, 0, kind
        if not _all_digits(rest):
            return None
        rest = rest.lstrip('0')
        if not rest:
            return sign, 0, 0, kind
        if len(rest) > max_payload:
            return None
        return sign, _s2c(rest), 0, kind
    epos = s.find('e')
    if epos < 0:
        epos = s.find('E')
    exp = 0
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        esign = es[:1]
        if esign == '+' or esign == '-':
            es = es[1:]
        if not (es.isdigit() and es.isascii()):
            return None
        if len(es) > 30:
            es = es.lstrip('0')
            exp = 10 ** 30 if len(es) > 30 else int(es or '0')
        else:
            exp = int(es)
        if esign == '-':
            exp = -exp
    dot = s.find('.')
    if dot >= 0:
        exp -= len(s) - dot - 1
        s = s[:dot] + s[dot + 1:]
    if not (s.isdigit() and s.isascii()):
        return None
    return sign, int(s) if len(s) <= 4000 else _s2c(s), exp, 0


def _tuple_string(t):
    """The numeric string for a (sign, digits, exponent) tuple, checked as CPython does."""
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    special = ''
    if isinstance(exp, str):
        if exp == 'F':
            special = 'Inf'
        elif exp == 'n':
            special = 'NaN'
        elif exp == 'N':
            special = 'sNaN'
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    out = []
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        out.append(chr(48 + dg))
    head = '-' if sign else '+'
    if special:
        if special == 'Inf':
            return head + 'Inf'
        return head + special + ''.join(out)
    return head + (''.join(out) or '0') + 'E' + str(int(exp))


def _float_parts(f):
    """Exact (sign, coef, exp, kind) of a float."""
    if f != f:
        return 0, 0, 0, _QNAN
    sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
    if f in (float('inf'), float('-inf')):
        return sign, 0, 0, _INF
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return sign, n * 5 ** k, -k, 0


def _from_parts(parts, ctx):
    """A Decimal fitted into ctx from parsed parts: (Decimal, status)."""
    sign, coef, exp, kind = parts
    if kind:
        return _fix_nan(_mk(sign, coef, 0, kind), ctx), 0
    return _fin(sign, coef, exp, ctx)


def _exact_from_parts(parts):
    """A Decimal holding parsed parts exactly: (Decimal, status)."""
    sign, coef, exp, kind = parts
    if kind or -10 ** 15 < exp < 10 ** 15 or _exact_ok(coef, exp):
        return _mk(sign, coef, exp, kind), 0
    return _mk(0, 0, 0, _QNAN), S_INVALID_OP


def convert_exact(v):
    """The Decimal constructor's conversion of a non-Decimal value: (Decimal, status)."""
    if isinstance(v, str):
        parts = _parse(_ascii_numeric(v, True, True), MAX_PREC)
        if parts is None:
            return _mk(0, 0, 0, _QNAN), S_CONV_SYNTAX
        return _exact_from_parts(parts)
    if isinstance(v, int):
        return (_mk(1, -v, 0) if v < 0 else _mk(0, int(v), 0)), 0
    if isinstance(v, (tuple, list)):
        parts = _parse(_tuple_string(tuple(v)), MAX_PREC)
        if parts is None:
            return _mk(0, 0, 0, _QNAN), S_CONV_SYNTAX
        return _exact_from_parts(parts)
    if isinstance(v, float):
        return _mk(*_float_parts(v)), S_FLOAT_OP
    raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)


def convert_ctx(v, ctx):
    """Context.create_decimal's conversion of a non-Decimal value: (Decimal, status)."""
    if isinstance(v, str):
        parts = _parse(_ascii_numeric(v, False, False), ctx._prec - ctx._clamp)
        if parts is None:
            return _mk(0, 0, 0, _QNAN), S_CONV_SYNTAX
        return _from_parts(parts, ctx)
    if isinstance(v, int):
        return _fin(1, -v, 0, ctx) if v < 0 else _fin(0, int(v), 0, ctx)
    if isinstance(v, (tuple, list)):
        parts = _parse(_tuple_string(tuple(v)), ctx._prec - ctx._clamp)
        if parts is None:
            return _mk(0, 0, 0, _QNAN), S_CONV_SYNTAX
        return _from_parts(parts, ctx)
    if isinstance(v, float):
        r, st = _from_parts(_float_parts(v), ctx)
        return r, st | S_FLOAT_OP
    raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)


def float_exact(v):
    """Decimal.from_float: exact, ints accepted, no FloatOperation."""
    if isinstance(v, int):
        return _mk(1, -v, 0) if v < 0 else _mk(0, int(v), 0)
    if isinstance(v, float):
        return _mk(*_float_parts(v))
    raise TypeError("argument must be int or float")


# ---------------------------------------------------------------------------------------------
# Decimal to string


def _special_str(d):
    if d._kind == _INF:
        return 'Infinity'
    body = 'NaN' if d._kind == _QNAN else 'sNaN'
    if d._coef:
        body += _c2s(d._coef)
    return body


def _layout(cs, exp, mode, dplace, upper):
    """Digits cs (coefficient string) with exponent exp, laid out: mode 'sci', 'eng', 'exp'
    (always an exponent, point after dplace digits) or 'fixed'."""
    nd = len(cs)
    ldigits = nd + exp
    if mode == 'exp':
        pass
    elif mode == 'fixed' or (exp <= 0 and ldigits > -6):
        dplace = ldigits
    elif mode == 'eng':
        if cs == '0':
            dplace = -1 + (exp + 2) % 3
        else:
            dplace += (ldigits - 1) % 3
    if dplace <= 0:
        out = '0.' + '0' * -dplace + cs
    elif dplace >= nd:
        out = cs + '0' * (dplace - nd)
    else:
        out = cs[:dplace] + '.' + cs[dplace:]
    if ldigits != dplace or mode == 'exp':
        e = ldigits - dplace
        out += ('E' if upper else 'e') + ('-' if e < 0 else '+') + str(abs(e))
    return out


def to_string(d, eng, caps):
    """str()/to_eng_string() of a Decimal."""
    if d._kind:
        body = _special_str(d)
    else:
        c = d._coef
        exp = d._exp
        if 0 <= exp and c < 10 and not eng:
            body = str(c) if exp == 0 else _layout(str(c), exp, 'sci', 1, caps)
        else:
            body = _layout(_c2s(c), exp, 'eng' if eng else 'sci', 1, caps)
    return '-' + body if d._sign else body


# ---------------------------------------------------------------------------------------------
# format()

class _Spec:
    __slots__ = ('fill', 'align', 'sign', 'min_width', 'prec', 'type', 'dot', 'sep', 'grouping')


_BAD_FORMAT = "invalid format string"
_SSIZE_MAX = (1 << 63) - 1


def _read_int(fmt, i):
    j = i
    n = len(fmt)
    while j < n and '0' <= fmt[j] <= '9':
        j += 1
    return int(fmt[i:j]), j


def _parse_spec(fmt, caps):
    """Parse a format spec like libmpdec (no '#', no '_', ',' only); None if invalid."""
    sp = _Spec()
    sp.min_width = 0
    sp.prec = -1
    sp.type = 'G' if caps else 'g'
    sp.align = '>'
    sp.sign = '-'
    sp.dot = ''
    sp.sep = ''
    sp.grouping = ()
    sp.fill = ' '
    n = len(fmt)
    i = 0
    have_align = False
    if n >= 2 and fmt[1] in '<>=^':
        sp.fill = fmt[0]
        sp.align = fmt[1]
        i = 2
        have_align = True
    elif n >= 1 and fmt[0] in '<>=^':
        sp.align = fmt[0]
        i = 1
        have_align = True
    if i < n and fmt[i] in '+- ':
        sp.sign = fmt[i]
        i += 1
    if i < n and fmt[i] == '0':
        if have_align:
            return None
        sp.align = 'z'
        sp.fill = '0'
        i += 1
    if i < n and '0' <= fmt[i] <= '9':
        if fmt[i] == '0':
            return None
        sp.min_width, i = _read_int(fmt, i)
        if sp.min_width > _SSIZE_MAX:
            return None
    if i < n and fmt[i] == ',':
        sp.dot = '.'
        sp.sep = ','
        sp.grouping = (3, 3)
        i += 1
    if i < n and fmt[i] == '.':
        i += 1
        if not (i < n and '0' <= fmt[i] <= '9'):
            return None
        sp.prec, i = _read_int(fmt, i)
        if sp.prec > _SSIZE_MAX:
            return None
    if i < n and fmt[i] in 'EeFfGg%':
        sp.type = fmt[i]
        i += 1
    elif i < n and fmt[i] in 'Nn':
        if sp.sep:
            return None
        sp.type = 'G' if fmt[i] == 'N' else 'g'
        i += 1
        sp.dot = '.'             # the "C" locale: no thousands separator
        sp.sep = ''
        sp.grouping = ()
    if i != n:
        return None
    return sp


_spec_cache = {}     # parsed specs, shared: never modified once cached


def _copy_spec(sp):
    new = _Spec()
    for name in _Spec.__slots__:
        setattr(new, name, getattr(sp, name))
    return new


def _z_position(fmt):
    """Index of the 'z' option in [[fill]align][sign]z..., or -1."""
    n = len(fmt)
    if n >= 2 and fmt[1] in '<>=^':
        pos = 2
    elif n >= 1 and fmt[0] in '<>=^':
        pos = 1
    else:
        pos = 0
    if pos < n and fmt[pos] in '+- ':
        pos += 1
    return pos if pos < n and fmt[pos] == 'z' else -1


class _FormatLimit(Exception):
    pass


def _rescale(sign, coef, exp, new_exp, rnd):
    """(coef, exp) rescaled to new_exp with rounding mode rnd (digits may grow by one)."""
    if new_exp < MIN_ETINY - MAX_PREC or new_exp > MAX_EMAX + 1:
        raise _FormatLimit
    if not coef:
        return 0, new_exp
    if exp >= new_exp:
        if _nd(coef) + exp - new_exp > MAX_PREC + 1:
            raise _FormatLimit
        return coef * _p10(exp - new_exp), new_exp
    q, ind = _shift_out(coef, new_exp - exp)
    if _round_up(ind, q, sign, rnd):
        q += 1
    return q, new_exp


def _round_digits(sign, coef, exp, prec, rnd):
    """Round to prec significant digits (libmpdec's _mpd_round)."""
    e = exp + _nd(coef) - prec
    coef2, exp2 = _rescale(sign, coef, exp, e, rnd)
    if _nd(coef2) > prec:
        coef2, exp2 = _rescale(sign, coef2, exp2, e + 1, rnd)
    return coef2, exp2


def _group(sign, intpart, dot, rest, sp):
    """Insert the thousands separators (and zero padding) into a numeric string."""
    pieces = [rest]
    nchars = len(rest)
    if dot is not None:
        pieces.append(dot)
        nchars += 1
    groups = sp.grouping
    gi = 0
    n_sign = 1 if sign else 0
    n_src = len(intpart)
    cur = groups[0] if groups else 0
    consume = cur
    pad = False
    while True:
        if cur == 0 or consume > n_src:
            consume = n_src
        n_src -= consume
        if pad:
            pieces.append('0' * consume)
        else:
            pieces.append(intpart[n_src:n_src + consume])
        nchars += consume
        if n_src == 0:
            if sp.align == 'z' and nchars + n_sign < sp.min_width:
                n_src = sp.min_width - (nchars + n_sign)
                consume = cur - consume
                pad = True
                continue
            break
        if sp.sep:
            if pad and n_src > 1:
                n_src -= 1
            pieces.append(sp.sep)
            nchars += 1
        if cur and gi + 1 < len(groups) and groups[gi + 1]:
            gi += 1
            cur = groups[gi]
        consume = cur
    if sign:
        pieces.append(sign)
    pieces.reverse()
    return ''.join(pieces)


def _apply_lconv(s, sp):
    i = 0
    sign = ''
    if s[:1] in ('+', '-', ' '):
        sign = s[0]
        i = 1
    j = i
    while j < len(s) and '0' <= s[j] <= '9':
        j += 1
    intpart = s[i:j]
    dot = None
    if j < len(s) and s[j] == '.':
        j += 1
        dot = sp.dot
    rest = s[j:]
    if dot is None and (not sp.sep or not sp.grouping):
        return s
    if sp.align != 'z' and sp.grouping == (3, 3):
        n = len(intpart)
        k = n % 3 or 3
        pieces = [intpart[:k]]
        while k < n:
            pieces.append(intpart[k:k + 3])
            k += 3
        return sign + sp.sep.join(pieces) + (rest if dot is None else dot + rest)
    return _group(sign, intpart, dot, rest, sp)


def _pad(s, width, fill, align):
    add = width - len(s)
    if add <= 0:
        return s
    if align == '<':
        return s + fill * add
    if align == '^':
        left = add // 2
        return fill * left + s + fill * (add - left)
    if align in ('=', 'z') and s[:1] in ('-', '+', ' '):
        return s[0] + fill * add + s[1:]
    return fill * add + s


_MODES = {'g': 'sci', 'e': 'exp', 'f': 'fixed'}


def _format_spec(d, sp, ctx):
    """libmpdec's mpd_qformat_spec."""
    typ = sp.type
    upper = typ.isupper()
    typ = typ.lower()
    plus = sp.sign
    fill = sp.fill
    align = sp.align
    if d._kind:
        if align == 'z':
            fill = ' '
            align = '>'
        if d._sign:
            s = '-'
        elif plus in ('+', ' '):
            s = plus
        else:
            s = ''
        s += _special_str(d)
        if typ == '%':
            s += '%'
    else:
        sign = d._sign
        coef = d._coef
        exp = d._exp
        rnd = ctx._rnd
        dplace = 1
        percent = False
        if typ == '%':
            percent = True
            exp += 2
            typ = 'f'
        if sp.prec >= 0:
            if sp.prec > MAX_PREC:
                raise _FormatLimit
            if typ == 'g':
                p = sp.prec or 1
                if _nd(coef) > p and coef:
                    coef, exp = _round_digits(sign, coef, exp, p, rnd)
            elif typ == 'e':
                if not coef:
                    dplace = 1 - sp.prec
                else:
                    coef, exp = _round_digits(sign, coef, exp, sp.prec + 1, rnd)
            else:
                if -sp.prec < MIN_ETINY:
                    raise _FormatLimit
                coef, exp = _rescale(sign, coef, exp, -sp.prec, rnd)
        if typ == 'f' and not coef and exp > 0:
            exp = 0
        s = _layout(_c2s(coef), exp, _MODES[typ], dplace, upper)
        if sign:
            s = '-' + s
        elif plus in ('+', ' '):
            s = plus + s
        if percent:
            s += '%'
        if sp.dot:
            s = _apply_lconv(s, sp)
    if sp.min_width:
        s = _pad(s, sp.min_width, fill, align)
    return s


def _rounded_for_z(d, sp, ctx):
    """For the 'z' option: (coef, exp) of d rounded as the spec will round it."""
    sign, coef, exp = d._sign, d._coef, d._exp
    rnd = ctx._rnd
    if sp.prec >= 0:
        t = sp.type
        if t == 'f':
            coef, exp = _rescale(sign, coef, exp, -sp.prec, rnd)
        elif t == '%':
            coef, exp = _rescale(sign, coef, exp + 2, -sp.prec, rnd)
        elif t == 'g':
            p = sp.prec or 1
            if _nd(coef) > p and coef:
                coef, exp = _round_digits(sign, coef, exp, p, rnd)
        elif t == 'e':
            if coef:
                coef, exp = _round_digits(sign, coef, exp, sp.prec + 1, rnd)
    return coef, exp


def format_decimal(d, fmt, ctx, override=None):
    """Decimal.__format__."""
    if not isinstance(fmt, str):
        raise TypeError("format arg must be str")
    nul_fill = False
    if fmt[:1] == '\x00':
        nul_fill = True
        fmt = '_' + fmt[1:]
    no_neg_0 = False
    z = _z_position(fmt)
    if z >= 0:
        no_neg_0 = True
        fmt = fmt[:z] + fmt[z + 1:]
    cut = fmt.find('\x00')
    if cut >= 0:
        fmt = fmt[:cut]
    key = (fmt, ctx._capitals)
    sp = _spec_cache.get(key)
    if sp is None:
        sp = _parse_spec(fmt, ctx._capitals)
        if sp is None:
            raise ValueError(_BAD_FORMAT)
        if len(_spec_cache) > 200:
            _spec_cache.clear()
        _spec_cache[key] = sp
    if nul_fill or override is not None:
        sp = _copy_spec(sp)
    if nul_fill:
        sp.fill = '\x00'
    if override is not None:
        if not isinstance(override, dict):
            raise TypeError("optional argument must be a dict")
        if 'decimal_point' in override:
            sp.dot = str(override['decimal_point'])
        if 'thousands_sep' in override:
            sp.sep = str(override['thousands_sep'])
        if 'grouping' in override:
            g = override['grouping']
            if isinstance(g, str):
                g = [ord(ch) for ch in g.split('\x00')[0]]
            sp.grouping = tuple(g)
        if not sp.dot or len(sp.dot) > 4 or len(sp.sep) > 4:
            raise ValueError("invalid override dict")
    try:
        if no_neg_0 and d._sign and not d._kind:
            coef, exp = _rounded_for_z(d, sp, ctx)
            if not coef:
                d = _mk(0, 0, exp)
        return _format_spec(d, sp, ctx)
    except _FormatLimit:
        raise ValueError("format specification exceeds internal limits of _decimal") from None
