"""base64, written in Python for Reap: Base16, Base32, Base64, Ascii85 and Base85 encodings
(RFC 4648 and friends), on top of Reap's binascii.

Results and error messages follow CPython 3.11. Differences a script can see:
- a non-bytes argument to an encoder gets the TypeError CPython gives when memoryview() refuses
  it; bytes-like arguments are bytes, bytearray, memoryview and array.array;
- the command-line interface (main()) is not provided.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

try:
    from array import array as _array
    _BYTES_LIKE = (bytes, bytearray, memoryview, _array)
except ImportError:  # a host built without the `data` group has no arrays
    _BYTES_LIKE = (bytes, bytearray, memoryview)


def _decode_arg(s):
    """What the decoders take: bytes-like, or str holding only ASCII. Returns bytes-like."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, (bytes, bytearray)):
        return s
    if isinstance(s, _BYTES_LIKE):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % type(s).__name__)


def _encode_arg(s):
    """What the Base32/Base85 encoders take: bytes-like only (CPython asks memoryview)."""
    if isinstance(s, (bytes, bytearray)):
        return s
    if isinstance(s, _BYTES_LIKE):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(s).__name__)


def _translation_arg(chars):
    """A bytes-like argument to bytes.maketrans, as text."""
    if isinstance(chars, _BYTES_LIKE):
        return bytes(chars).decode('latin-1')
    raise TypeError("a bytes-like object is required, not '%s'" % type(chars).__name__)


def _text(data):
    return bytes(data).decode('latin-1')


_ASCII_UPPER = {c: c - 32 for c in range(97, 123)}


def _upper(text):
    # bytes.upper() changes ASCII letters only; str.upper() would also touch the Latin-1 ones.
    return text.upper() if text.isascii() else text.translate(_ASCII_UPPER)


# ---- Base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        alt = _translation_arg(altchars)
        encoded = _text(encoded).translate({43: alt[0], 47: alt[1]}).encode('latin-1')
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _text(s).translate({altchars[0]: '+', altchars[1]: '/'}).encode('latin-1')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _text(b64encode(s)).translate({43: '-', 47: '_'}).encode('ascii')


def urlsafe_b64decode(s):
    s = _text(_decode_arg(s)).translate({45: '+', 95: '/'}).encode('latin-1')
    return b64decode(s)


# ---- Base32

_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_tables = {}


def _b32_tables_for(alphabet):
    tables = _b32_tables.get(alphabet)
    if tables is None:
        # Encoding: two characters per 10 bits.  Decoding: five bits per character.
        pairs = [a + b for a in alphabet for b in alphabet]
        bits = {ord(c): '{:05b}'.format(i) for i, c in enumerate(alphabet)}
        tables = _b32_tables[alphabet] = (pairs, bits)
    return tables


# How many '=' end the output for each length of the last group of input bytes.
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _encode_arg(s)
    pairs = _b32_tables_for(alphabet)[0]
    leftover = len(s) % 5
    if leftover:
        s = bytes(s) + bytes(5 - leftover)
    out = []
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], 'big')
        out.append(pairs[c >> 30] + pairs[(c >> 20) & 1023] + pairs[(c >> 10) & 1023]
                   + pairs[c & 1023])
    text = ''.join(out)
    pad = _B32_PADDING[leftover]
    if pad:
        text = text[:-pad] + '=' * pad
    return text.encode('ascii')


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_arg(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    text = _text(s)
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        text = text.translate({48: 'O', 49: chr(map01[0])})
    if casefold:
        text = _upper(text)
    size = len(text)
    text = text.rstrip('=')
    padchars = size - len(text)
    if text.lstrip(alphabet):
        raise binascii.Error('Non-base32 digit found')
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if not text:
        return b''
    bits = text.translate(_b32_tables_for(alphabet)[1]) + '0' * (5 * padchars)
    decoded = int(bits, 2).to_bytes(size // 8 * 5, 'big')
    if padchars:
        # The last group of eight characters carried only this many whole bytes.
        keep = (43 - 5 * padchars) // 8
        decoded = decoded[:len(decoded) - 5 + keep]
    return decoded


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ---- Base16

def b16encode(s):
    return _text(binascii.hexlify(s)).upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _decode_arg(s)
    text = _text(s)
    if casefold:
        text = _upper(text)
    if text.lstrip('0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(text)


# ---- Ascii85 and Base85

_A85 = ''.join(chr(i) for i in range(33, 118))
_B85 = ('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_85_pairs = {}


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _encode_arg(b)
    pairs = _85_pairs.get(chars)
    if pairs is None:
        pairs = _85_pairs[chars] = [x + y for x in chars for y in chars]
    padding = -len(b) % 4
    if padding:
        b = bytes(b) + bytes(padding)
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            chunks.append('z')
        elif foldspaces and word == 0x20202020:
            chunks.append('y')
        else:
            chunks.append(pairs[word // 614125] + pairs[word // 85 % 7225] + chars[word % 85])
    if padding and not pad:
        # Only as many characters as the real bytes need; a folded zero word unfolds first.
        last = chunks[-1]
        if last == 'z':
            last = chars[0] * 5
        chunks[-1] = last[:-padding]
    return ''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = '<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        # The closing '~>' must fit on the last line.
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append('')
        result = '\n'.join(lines)
    if adobe:
        result += '~>'
    return result.encode('ascii')


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _decode_arg(b)
    if adobe:
        if b[-2:] != b'~>':
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b[:2] == b'<~' else b[:-2]
    out = []
    group = []
    # Four 'u's complete a trailing partial group; the extra bytes are cut off below.
    for x in bytes(b) + b'uuuu':
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = 85 * acc + (d - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group = []
        elif x == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and x == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad).encode('ascii')


_B85_VALUE = {ord(c): i for i, c in enumerate(_B85)}


def b85decode(b):
    b = _decode_arg(b)
    padding = -len(b) % 5
    b = bytes(b) + b'~' * padding
    value = _B85_VALUE
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            v = value.get(b[j])
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


# ---- The legacy interface: MIME-style lines, and whole binary files.

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    if not isinstance(s, _BYTES_LIKE):
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__)


def encodebytes(s):
    _check_bytes_like(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                     for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


_USAGE = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'"""


def main():
    """`python -m base64`: encodes (or with -d decodes) a file, or stdin, to stdout."""
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(_USAGE % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    func = encode
    for o, _ in opts:
        if o == '-h':
            print(_USAGE % sys.argv[0])
            return
        if o == '-e':
            func = encode
        if o in ('-d', '-u'):
            func = decode
        if o == '-t':
            test()
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    s0 = b"Aladdin:open sesame"
    print(repr(s0))
    s1 = encodebytes(s0)
    print(repr(s1))
    s2 = decodebytes(s1)
    print(repr(s2))
    assert s0 == s2


if __name__ == '__main__':
    main()
