"""binascii, written in Python for Reap: conversions between binary data and ASCII encodings
(hex, base64, uu) and the CRC-32 / CRC-CCITT checksums.

Results and error messages follow CPython 3.11's C module. Differences a script can see:
- the functions are Python functions, so a wrong argument count or an unknown keyword gets
  Python's usual TypeError wording rather than the C module's;
- bytes-like arguments are bytes, bytearray, memoryview and array.array;
- the quoted-printable pair (a2b_qp / b2a_qp) follows RFC 1521 as CPython's C code does
  (soft breaks at 76 columns, trailing blanks quoted, CRLF kept when the data uses it).
"""

from operator import index as _index

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu', 'b2a_base64',
           'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


try:
    from array import array as _array
    _BYTES_LIKE = (bytes, bytearray, memoryview, _array)
except ImportError:  # a host built without the `data` group has no arrays
    _BYTES_LIKE = (bytes, bytearray, memoryview)


def _binary(data):
    """The argument of an encoder: any bytes-like object, never str."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, _BYTES_LIKE):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    """The argument of a decoder: bytes-like, or a str holding only ASCII."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, _BYTES_LIKE):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _c_int(value):
    value = _index(value)
    if not -0x80000000 <= value <= 0x7fffffff:
        raise OverflowError('Python int too large to convert to C int')
    return value


# ---- hex

_HEXDIGITS = '0123456789abcdefABCDEF'


_NO_SEP = object()


def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):
    return _hex(_binary(data), sep, _c_int(bytes_per_sep))


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):
    return _hex(_binary(data), sep, _c_int(bytes_per_sep))


def _hex(data, sep, group):
    digits = data.hex()
    if sep is _NO_SEP:
        return digits.encode('ascii')
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        if ord(sep) > 255:
            # (CPython 3.11 lets any one-byte character through, despite the message.)
            raise ValueError('sep must be ASCII.')
    elif isinstance(sep, bytes):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        sep = chr(sep[0])
    else:
        len(sep)    # raises CPython's "object of type ... has no len()" for non-sized objects
        raise TypeError('sep must be str or bytes.')
    if group == 0 or len(data) <= abs(group):
        return digits.encode('latin-1')
    width = 2 * abs(group)
    n = len(digits)
    if group > 0:
        # Groups are counted from the right: the first one may be short.
        first = n % width or width
        parts = [digits[:first]]
        parts.extend(digits[i:i + width] for i in range(first, n, width))
    else:
        parts = [digits[i:i + width] for i in range(0, n, width)]
    return sep.join(parts).encode('latin-1')


def unhexlify(hexstr):
    return _unhex(_ascii(hexstr))


def a2b_hex(hexstr):
    return _unhex(_ascii(hexstr))


def _unhex(data):
    if len(data) % 2:
        raise Error('Odd-length string')
    text = data.decode('latin-1')
    if text.lstrip(_HEXDIGITS):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(text)


# ---- base64

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
# The encoder works on the hex form of its input: three hex digits (12 bits) make two characters.
# The decoder turns each character into its six bits and reads the lot as one integer.
# Non-strict decoding skips every character outside the alphabet (except the pad '=').
# (All three are built on first use, to keep importing cheap.)
_HEX3_TO_B64 = _B64_BITS = _B64_JUNK = None


def _b64_tables():
    global _HEX3_TO_B64, _B64_BITS, _B64_JUNK
    _HEX3_TO_B64 = {'%03x' % i: _B64[i >> 6] + _B64[i & 63] for i in range(4096)}
    _B64_BITS = {ord(c): '{:06b}'.format(i) for i, c in enumerate(_B64)}
    _B64_JUNK = {i: None for i in range(256) if chr(i) not in _B64_VALUE and i != 61}


def b2a_base64(data, /, *, newline=True):
    data = _binary(data)
    digits = data.hex()
    full = len(digits) - len(digits) % 6
    if _HEX3_TO_B64 is None:
        _b64_tables()
    table = _HEX3_TO_B64
    out = [table[digits[i:i + 3]] for i in range(0, full, 3)]
    rest = data[full // 2:]
    if len(rest) == 1:
        v = rest[0] << 4
        out.append(_B64[v >> 6] + _B64[v & 63] + '==')
    elif len(rest) == 2:
        v = (rest[0] << 10) | (rest[1] << 2)
        out.append(_B64[v >> 12] + _B64[(v >> 6) & 63] + _B64[v & 63] + '=')
    if newline:
        out.append('\n')
    return ''.join(out).encode('ascii')


def a2b_base64(data, /, *, strict_mode=False):
    text = _ascii(data).decode('latin-1')
    strict = bool(strict_mode)
    if _B64_BITS is None:
        _b64_tables()
    if not strict:
        # Line breaks are the usual junk; anything else is rarer and costs a translate.
        text = text.replace('\n', '')
    if text.lstrip(_B64).strip('='):
        if strict:
            # Something outside the alphabet: the character loop finds which error comes first.
            return _b64_decode_tail(text, 0, 0, True)
        text = text.translate(_B64_JUNK)
    # Everything before the first '=' is plain base64: decode its whole quads in bulk, then let
    # the character loop deal with the tail, where the padding rules apply.
    pad = text.find('=')
    body = len(text) if pad < 0 else pad
    body -= body % 4
    if not body:
        return _b64_decode_tail(text, 0, 0, strict)
    size = body // 4 * 3
    head = int(text[:body].translate(_B64_BITS), 2).to_bytes(size, 'big')
    if body == len(text):
        return head
    return head + _b64_decode_tail(text, body, size, strict)


def _b64_decode_tail(text, start, done, strict):
    """Decode text[start:] (start is on a quad boundary; done bytes came before it)."""
    value = _B64_VALUE
    out = []
    quad = 0        # position of the next data character within its group of four
    left = 0        # bits carried to the next output byte
    pads = 0        # '=' seen since the last data character
    padding = False
    n = len(text)
    for i in range(start, n):
        c = text[i]
        if c == '=':
            padding = True
            if strict and i == 0:
                raise Error('Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # A complete pad sequence ends the data.
                    if strict and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = value.get(c)
        if v is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad = 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % ((done + len(out)) // 3 * 4 + 1))
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


# ---- uu

def b2a_uu(data, /, *, backtick=False):
    data = _binary(data)
    n = len(data)
    if n > 45:
        raise Error('At most 45 bytes at once')
    zero = '`' if backtick else ' '
    out = [zero if n == 0 and backtick else chr(32 + n)]
    padded = bytes(data) + b'\0\0'
    for i in range(0, n, 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            d = (v >> shift) & 63
            out.append(chr(32 + d) if d else zero)
    out.append('\n')
    return ''.join(out).encode('ascii')


def a2b_uu(data, /):
    data = _ascii(data)
    n = len(data)
    # The length byte; empty input reads as a NUL, as in CPython (32 zero bytes out).
    size = ((data[0] if n else 0) - 32) & 63
    out = []
    acc = 0
    bits = 0
    pos = 1
    while len(out) < size:
        c = data[pos] if pos < n else 10
        pos += 1
        if c == 10 or c == 13:
            # Whitespace: assume trailing spaces were eaten at the end of the line.
            d = 0
        else:
            if c < 32 or c > 96:
                raise Error('Illegal char')
            d = (c - 32) & 63
        acc = (acc << 6) | d
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 255)
            acc &= (1 << bits) - 1
    for c in data[pos:]:
        if c not in (32, 96, 10, 13):
            raise Error('Trailing garbage')
    return bytes(out)


# ---- checksums

def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


def _crc_hqx_table():
    table = []
    for i in range(256):
        c = i << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) if c & 0x8000 else c << 1
        table.append(c & 0xffff)
    return table


_CRC32 = _CRC_HQX = None     # built on first use


def crc32(data, crc=0, /):
    global _CRC32
    data = _binary(data)
    crc = (_index(crc) & 0xffffffff) ^ 0xffffffff
    table = _CRC32 or _crc32_table()
    _CRC32 = table
    for b in data:
        crc = table[(crc ^ b) & 255] ^ (crc >> 8)
    return crc ^ 0xffffffff


def crc_hqx(data, crc, /):
    global _CRC_HQX
    data = _binary(data)
    crc = _index(crc) & 0xffff
    table = _CRC_HQX or _crc_hqx_table()
    _CRC_HQX = table
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc


_QP_LINE = 76
_HEX_DIGITS = b'0123456789ABCDEF'


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Quoted-printable encoding (RFC 1521) of binary data."""
    data = bytes(_binary(data))
    n = len(data)
    nl = data.find(b'\n')
    eol = b'\r\n' if nl > 0 and data[nl - 1] == 13 else b'\n'
    out = bytearray()
    col = 0
    i = 0
    while i < n:
        c = data[i]
        after = data[i + 1] if i + 1 < n else None
        quote = (c > 126 or c == 61 or (header and c == 95)
                 or (c == 46 and col == 0 and after in (None, 10, 13, 0))
                 or (not istext and c in (10, 13))
                 or (c in (9, 32) and after is None)
                 or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32))))
        if quote:
            if col + 3 >= _QP_LINE:
                out += b'=' + eol
                col = 0
            out += b'=%c%c' % (_HEX_DIGITS[c >> 4], _HEX_DIGITS[c & 15])
            col += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and after == 10)):
            col = 0
            if out and out[-1] in (9, 32):
                # A blank ending a line is quoted (mail transports drop them).
                blank = out.pop()
                out += b'=%c%c' % (_HEX_DIGITS[blank >> 4], _HEX_DIGITS[blank & 15])
            out += eol
            i += 2 if c == 13 else 1
        else:
            if after is not None and after != 10 and col + 1 >= _QP_LINE:
                out += b'=' + eol
                col = 0
            col += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """Decodes quoted-printable data: =XX escapes, soft line breaks, '_' as space in headers."""
    data = bytes(_ascii(data))
    n = len(data)
    out = bytearray()
    hexdigits = b'0123456789ABCDEFabcdef'
    i = 0
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                # A soft line break: up to and with the newline.
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and c in hexdigits and data[i + 1] in hexdigits:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)
