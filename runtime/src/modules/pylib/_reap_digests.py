"""The hash algorithms behind Reap's hashlib, in Python: MD5, SHA-1, SHA-2, SHA-3/SHAKE,
BLAKE2, RIPEMD-160, SM3 and MD5-SHA1.

Each algorithm is an "engine" class: `E()` starts a computation (BLAKE2 takes its parameter
block, key, digest size and last-node flag), with `update(data)` for bytes or bytearray,
`digest()` (`digest(length)` for SHAKE), `copy()`, and the attributes name, digest_size and
block_size. No argument checking happens here: hashlib does it.

The loops read each block as one int and work on words in local variables and lists; the
Keccak permutation is unrolled. Under Reap a megabyte takes from 0.4 s (MD5) to 2.8 s
(SHA-512); the 64-bit algorithms (SHA-384/512, SHA-3, BLAKE2b) pay for Reap's ints beyond 63
bits, and everything for its shifts, which miss the small-int fast path.
"""


_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


# ---------------------------------------------------------------------------------------------
# Constants: the SHA-2 and BLAKE2 words are the fractional parts of square and cube roots of
# primes, computed here with integer roots; the Keccak round constants come from its LFSR.

def _first_primes(count):
    primes = []
    candidate = 2
    while len(primes) < count:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes


def _icbrt(n):
    """floor(n ** (1/3)) for an int n > 0, by Newton's method from above."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


_PRIMES = _first_primes(80)
_K512 = tuple(_icbrt(p << 192) & _M64 for p in _PRIMES)
_K256 = tuple(k >> 32 for k in _K512[:64])
_IV512 = tuple(_isqrt(p << 128) & _M64 for p in _PRIMES[:8])
_IV384 = tuple(_isqrt(p << 128) & _M64 for p in _PRIMES[8:16])
_IV256 = tuple(h >> 32 for h in _IV512)
_IV224 = tuple(h & _M32 for h in _IV384)

# Bit offsets of the words of a block read as one big int.
_SHIFTS_BE32 = tuple(range(480, -1, -32))
_SHIFTS_LE32 = tuple(range(0, 512, 32))
_SHIFTS_BE64 = tuple(range(960, -1, -64))
_SHIFTS_LE64 = tuple(range(0, 1600, 64))


def _words_to_bytes(words, size, order):
    return b''.join([w.to_bytes(size, order) for w in words])


# ---------------------------------------------------------------------------------------------
# Compression functions. Each takes the state (a sequence of words), the data and a length n
# (a multiple of the block size) and returns the new state after the blocks data[:n].

_MD5_T = (
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391)


def _md5_round_table(r, shifts, index):
    return tuple((index(i), shifts[i % 4], _MD5_T[16 * r + i]) for i in range(16))


_MD5_R1 = _md5_round_table(0, (7, 12, 17, 22), lambda i: i)
_MD5_R2 = _md5_round_table(1, (5, 9, 14, 20), lambda i: (5 * i + 1) % 16)
_MD5_R3 = _md5_round_table(2, (4, 11, 16, 23), lambda i: (3 * i + 5) % 16)
_MD5_R4 = _md5_round_table(3, (6, 10, 15, 21), lambda i: (7 * i) % 16)


def _md5_blocks(state, data, n):
    M = _M32
    fb = int.from_bytes
    shifts = _SHIFTS_LE32
    r1, r2, r3, r4 = _MD5_R1, _MD5_R2, _MD5_R3, _MD5_R4
    h0, h1, h2, h3 = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'little')
        X = [(v >> s) & M for s in shifts]
        a, b, c, d = h0, h1, h2, h3
        for k, s, t in r1:
            x = (a + (d ^ (b & (c ^ d))) + X[k] + t) & M
            a, b, c, d = d, (b + ((x << s) | (x >> (32 - s)))) & M, b, c
        for k, s, t in r2:
            x = (a + (c ^ (d & (b ^ c))) + X[k] + t) & M
            a, b, c, d = d, (b + ((x << s) | (x >> (32 - s)))) & M, b, c
        for k, s, t in r3:
            x = (a + (b ^ c ^ d) + X[k] + t) & M
            a, b, c, d = d, (b + ((x << s) | (x >> (32 - s)))) & M, b, c
        for k, s, t in r4:
            x = (a + (c ^ (b | ~d)) + X[k] + t) & M
            a, b, c, d = d, (b + ((x << s) | (x >> (32 - s)))) & M, b, c
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
    return (h0, h1, h2, h3)


def _sha1_blocks(state, data, n):
    M = _M32
    fb = int.from_bytes
    shifts = _SHIFTS_BE32
    h0, h1, h2, h3, h4 = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'big')
        w = [(v >> s) & M for s in shifts]
        for i in range(16, 80):
            x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((x << 1) | (x >> 31)) & M)
        a, b, c, d, e = h0, h1, h2, h3, h4
        for x in w[:20]:
            t = (((a << 5) | (a >> 27)) + (d ^ (b & (c ^ d))) + e + 0x5A827999 + x) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        for x in w[20:40]:
            t = (((a << 5) | (a >> 27)) + (b ^ c ^ d) + e + 0x6ED9EBA1 + x) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        for x in w[40:60]:
            t = (((a << 5) | (a >> 27)) + ((b & c) | (d & (b | c))) + e + 0x8F1BBCDC + x) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        for x in w[60:]:
            t = (((a << 5) | (a >> 27)) + (b ^ c ^ d) + e + 0xCA62C1D6 + x) & M
            e, d, c, b, a = d, c, ((b << 30) | (b >> 2)) & M, a, t
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
    return (h0, h1, h2, h3, h4)


def _sha256_blocks(state, data, n):
    M = _M32
    K = _K256
    fb = int.from_bytes
    shifts = _SHIFTS_BE32
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'big')
        w = [(v >> s) & M for s in shifts]
        for i in range(16, 64):
            x = w[i - 15]
            y = w[i - 2]
            w.append((w[i - 16] + w[i - 7]
                      + (((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3))
                      + (((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10))) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for i in range(64):
            t1 = (h + (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7)))
                  + (g ^ (e & (f ^ g))) + K[i] + w[i])
            t2 = ((((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10)))
                  + ((a & b) | (c & (a | b))))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return (h0, h1, h2, h3, h4, h5, h6, h7)


def _sha512_blocks(state, data, n):
    M = _M64
    K = _K512
    fb = int.from_bytes
    shifts = _SHIFTS_BE64
    h0, h1, h2, h3, h4, h5, h6, h7 = state
    for off in range(0, n, 128):
        v = fb(data[off:off + 128], 'big')
        w = [(v >> s) & M for s in shifts]
        for i in range(16, 80):
            x = w[i - 15]
            y = w[i - 2]
            w.append((w[i - 16] + w[i - 7]
                      + (((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7))
                      + (((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6))) & M)
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for i in range(80):
            t1 = (h + (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23)))
                  + (g ^ (e & (f ^ g))) + K[i] + w[i])
            t2 = ((((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25)))
                  + ((a & b) | (c & (a | b))))
            h = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h0 = (h0 + a) & M
        h1 = (h1 + b) & M
        h2 = (h2 + c) & M
        h3 = (h3 + d) & M
        h4 = (h4 + e) & M
        h5 = (h5 + f) & M
        h6 = (h6 + g) & M
        h7 = (h7 + h) & M
    return (h0, h1, h2, h3, h4, h5, h6, h7)


# RIPEMD-160: message word order and rotations of the left and right lines.
_RMD_R = (tuple(range(16))
          + (7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8)
          + (3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12)
          + (1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2)
          + (4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13))
_RMD_RR = ((5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12)
           + (6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2)
           + (15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13)
           + (8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14)
           + (12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11))
_RMD_S = ((11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8)
          + (7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12)
          + (11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5)
          + (11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12)
          + (9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6))
_RMD_SR = ((8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6)
           + (9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11)
           + (9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5)
           + (15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8)
           + (8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11))
_RMD_KL = (0, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E)
_RMD_KR = (0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0)
# One tuple per round and line: (function number, constant, ((word, rotation), ...)).
_RMD_LEFT = tuple((j, _RMD_KL[j],
                   tuple(zip(_RMD_R[16 * j:16 * j + 16], _RMD_S[16 * j:16 * j + 16])))
                  for j in range(5))
_RMD_RIGHT = tuple((4 - j, _RMD_KR[j],
                    tuple(zip(_RMD_RR[16 * j:16 * j + 16], _RMD_SR[16 * j:16 * j + 16])))
                   for j in range(5))


def _rmd_line(rounds, X, a, b, c, d, e):
    M = _M32
    for fn, k, steps in rounds:
        for i, s in steps:
            if fn == 0:
                f = b ^ c ^ d
            elif fn == 1:
                f = d ^ (b & (c ^ d))
            elif fn == 2:
                f = (b | ~c) ^ d
            elif fn == 3:
                f = c ^ (d & (b ^ c))
            else:
                f = b ^ (c | ~d)
            x = (a + f + X[i] + k) & M
            a, b, c, d, e = (e, (((x << s) | (x >> (32 - s))) + e) & M, b,
                             ((c << 10) | (c >> 22)) & M, d)
    return a, b, c, d, e


def _ripemd160_blocks(state, data, n):
    M = _M32
    fb = int.from_bytes
    shifts = _SHIFTS_LE32
    h0, h1, h2, h3, h4 = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'little')
        X = [(v >> s) & M for s in shifts]
        al, bl, cl, dl, el = _rmd_line(_RMD_LEFT, X, h0, h1, h2, h3, h4)
        ar, br, cr, dr, er = _rmd_line(_RMD_RIGHT, X, h0, h1, h2, h3, h4)
        h0, h1, h2, h3, h4 = ((h1 + cl + dr) & M, (h2 + dl + er) & M, (h3 + el + ar) & M,
                              (h4 + al + br) & M, (h0 + bl + cr) & M)
    return (h0, h1, h2, h3, h4)


_SM3_IV = (0x7380166F, 0x4914B2B9, 0x172442D7, 0xDA8A0600,
           0xA96F30BC, 0x163138AA, 0xE38DEE4D, 0xB0FB0E4E)
_SM3_T = tuple(((t << (j % 32)) | (t >> (32 - j % 32))) & _M32
               for j, t in ((j, 0x79CC4519 if j < 16 else 0x7A879D8A) for j in range(64)))


def _sm3_blocks(state, data, n):
    M = _M32
    fb = int.from_bytes
    shifts = _SHIFTS_BE32
    T = _SM3_T
    V = state
    for off in range(0, n, 64):
        v = fb(data[off:off + 64], 'big')
        w = [(v >> s) & M for s in shifts]
        for j in range(16, 68):
            x = w[j - 16] ^ w[j - 9]
            y = w[j - 3]
            x ^= ((y << 15) | (y >> 17)) & M
            x ^= ((x << 15) | (x >> 17)) & M ^ ((x << 23) | (x >> 9)) & M
            y = w[j - 13]
            w.append(x ^ (((y << 7) | (y >> 25)) & M) ^ w[j - 6])
        a, b, c, d, e, f, g, h = V
        for j in range(64):
            a12 = ((a << 12) | (a >> 20)) & M
            ss1 = (a12 + e + T[j]) & M
            ss1 = ((ss1 << 7) | (ss1 >> 25)) & M
            ss2 = ss1 ^ a12
            if j < 16:
                tt1 = ((a ^ b ^ c) + d + ss2 + (w[j] ^ w[j + 4])) & M
                tt2 = ((e ^ f ^ g) + h + ss1 + w[j]) & M
            else:
                tt1 = (((a & b) | (c & (a | b))) + d + ss2 + (w[j] ^ w[j + 4])) & M
                tt2 = ((g ^ (e & (f ^ g))) + h + ss1 + w[j]) & M
            d = c
            c = ((b << 9) | (b >> 23)) & M
            b = a
            a = tt1
            h = g
            g = ((f << 19) | (f >> 13)) & M
            f = e
            e = tt2 ^ (((tt2 << 9) | (tt2 >> 23)) & M) ^ (((tt2 << 17) | (tt2 >> 15)) & M)
        V = tuple(x ^ y for x, y in zip(V, (a, b, c, d, e, f, g, h)))
    return V


# ---------------------------------------------------------------------------------------------
# Engines: plain objects holding the state of one computation. The public objects (HASH,
# blake2b, blake2s) wrap one and check the arguments.

class _MerkleDamgard:
    """MD5, SHA-1, SHA-2, RIPEMD-160 and SM3: a state of words, blocks, and the padding
    0x80 0x00... followed by the message length in bits."""

    __slots__ = ('_state', '_buf', '_count')
    # Set by each subclass:
    # name, digest_size, block_size, _iv, _compress, _order, _len_size, _word_size

    def __init__(self):
        self._state = self._iv
        self._buf = b''
        self._count = 0

    def copy(self):
        other = object.__new__(type(self))
        other._state = self._state
        other._buf = self._buf
        other._count = self._count
        return other

    def update(self, data):
        self._count += len(data)
        if self._buf:
            data = self._buf + data
        bs = self.block_size
        n = len(data) - len(data) % bs
        if n:
            self._state = self._compress(self._state, data, n)
            data = data[n:]
        self._buf = bytes(data)

    def _final_state(self):
        bs = self.block_size
        size = self._len_size
        tail = (self._buf + b'\x80' + bytes((bs - size - 1 - self._count) % bs)
                + ((self._count * 8) & ((1 << (8 * size)) - 1)).to_bytes(size, self._order))
        return self._compress(self._state, tail, len(tail))

    def digest(self):
        out = _words_to_bytes(self._final_state(), self._word_size, self._order)
        return out[:self.digest_size]


def _md_engine(name, digest_size, block_size, iv, compress, order, word_size):
    return type('_' + name.replace('-', '_'), (_MerkleDamgard,), {
        '__slots__': (), 'name': name, 'digest_size': digest_size, 'block_size': block_size,
        '_iv': tuple(iv), '_compress': staticmethod(compress), '_order': order,
        '_len_size': 2 * word_size, '_word_size': word_size})


MD5 = _md_engine('md5', 16, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476),
                 _md5_blocks, 'little', 4)
SHA1 = _md_engine('sha1', 20, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0),
                  _sha1_blocks, 'big', 4)
SHA224 = _md_engine('sha224', 28, 64, _IV224, _sha256_blocks, 'big', 4)
SHA256 = _md_engine('sha256', 32, 64, _IV256, _sha256_blocks, 'big', 4)
SHA384 = _md_engine('sha384', 48, 128, _IV384, _sha512_blocks, 'big', 8)
SHA512 = _md_engine('sha512', 64, 128, _IV512, _sha512_blocks, 'big', 8)
RIPEMD160 = _md_engine('ripemd160', 20, 64, SHA1._iv, _ripemd160_blocks, 'little', 4)
SM3 = _md_engine('sm3', 32, 64, _SM3_IV, _sm3_blocks, 'big', 4)


def _sha512t_iv(t):
    """The initial value of SHA-512/t (FIPS 180-4 5.3.6): SHA-512 of 'SHA-512/t' from a
    modified initial value."""
    gen = SHA512()
    gen._state = tuple(h ^ 0xA5A5A5A5A5A5A5A5 for h in _IV512)
    gen.update(b'SHA-512/%d' % t)
    return gen._final_state()


SHA512_224 = _md_engine('sha512_224', 28, 128, _sha512t_iv(224), _sha512_blocks, 'big', 8)
SHA512_256 = _md_engine('sha512_256', 32, 128, _sha512t_iv(256), _sha512_blocks, 'big', 8)


class MD5SHA1:
    """OpenSSL's md5-sha1: the two digests side by side (used by TLS 1.0)."""

    __slots__ = ('_md5', '_sha1')
    name = 'md5-sha1'
    digest_size = 36
    block_size = 64

    def __init__(self):
        self._md5 = MD5()
        self._sha1 = SHA1()

    def copy(self):
        other = object.__new__(MD5SHA1)
        other._md5 = self._md5.copy()
        other._sha1 = self._sha1.copy()
        return other

    def update(self, data):
        self._md5.update(data)
        self._sha1.update(data)

    def digest(self):
        return self._md5.digest() + self._sha1.digest()


# Keccak-f[1600] (SHA-3 and SHAKE). Lanes are numbered x + 5 * y.

def _keccak_round_constants():
    constants = []
    lfsr = 1
    for _ in range(24):
        rc = 0
        for j in range(7):
            if lfsr & 1:
                rc |= 1 << ((1 << j) - 1)
            lfsr = ((lfsr << 1) ^ 0x71) & 0xFF if lfsr & 0x80 else lfsr << 1
        constants.append(rc)
    return tuple(constants)


_KECCAK_RC = _keccak_round_constants()


def _keccak_f(A):
    """Keccak-f[1600] on the 25 lanes A (lane x + 5 * y), unrolled: theta (columns c, their
    mixes d), rho and pi (b: lane moved to y + 5 * ((2x + 3y) % 5) and rotated), chi, iota."""
    M = _M64
    (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
     a20, a21, a22, a23, a24) = A
    for rc in _KECCAK_RC:
        c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20
        c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21
        c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22
        c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23
        c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24
        d0 = c4 ^ (((c1 << 1) | (c1 >> 63)) & M)
        d1 = c0 ^ (((c2 << 1) | (c2 >> 63)) & M)
        d2 = c1 ^ (((c3 << 1) | (c3 >> 63)) & M)
        d3 = c2 ^ (((c4 << 1) | (c4 >> 63)) & M)
        d4 = c3 ^ (((c0 << 1) | (c0 >> 63)) & M)
        b0 = a0 ^ d0
        t = a6 ^ d1; b1 = ((t << 44) | (t >> 20)) & M
        t = a12 ^ d2; b2 = ((t << 43) | (t >> 21)) & M
        t = a18 ^ d3; b3 = ((t << 21) | (t >> 43)) & M
        t = a24 ^ d4; b4 = ((t << 14) | (t >> 50)) & M
        t = a3 ^ d3; b5 = ((t << 28) | (t >> 36)) & M
        t = a9 ^ d4; b6 = ((t << 20) | (t >> 44)) & M
        t = a10 ^ d0; b7 = ((t << 3) | (t >> 61)) & M
        t = a16 ^ d1; b8 = ((t << 45) | (t >> 19)) & M
        t = a22 ^ d2; b9 = ((t << 61) | (t >> 3)) & M
        t = a1 ^ d1; b10 = ((t << 1) | (t >> 63)) & M
        t = a7 ^ d2; b11 = ((t << 6) | (t >> 58)) & M
        t = a13 ^ d3; b12 = ((t << 25) | (t >> 39)) & M
        t = a19 ^ d4; b13 = ((t << 8) | (t >> 56)) & M
        t = a20 ^ d0; b14 = ((t << 18) | (t >> 46)) & M
        t = a4 ^ d4; b15 = ((t << 27) | (t >> 37)) & M
        t = a5 ^ d0; b16 = ((t << 36) | (t >> 28)) & M
        t = a11 ^ d1; b17 = ((t << 10) | (t >> 54)) & M
        t = a17 ^ d2; b18 = ((t << 15) | (t >> 49)) & M
        t = a23 ^ d3; b19 = ((t << 56) | (t >> 8)) & M
        t = a2 ^ d2; b20 = ((t << 62) | (t >> 2)) & M
        t = a8 ^ d3; b21 = ((t << 55) | (t >> 9)) & M
        t = a14 ^ d4; b22 = ((t << 39) | (t >> 25)) & M
        t = a15 ^ d0; b23 = ((t << 41) | (t >> 23)) & M
        t = a21 ^ d1; b24 = ((t << 2) | (t >> 62)) & M
        a0 = b0 ^ (~b1 & b2)
        a1 = b1 ^ (~b2 & b3)
        a2 = b2 ^ (~b3 & b4)
        a3 = b3 ^ (~b4 & b0)
        a4 = b4 ^ (~b0 & b1)
        a5 = b5 ^ (~b6 & b7)
        a6 = b6 ^ (~b7 & b8)
        a7 = b7 ^ (~b8 & b9)
        a8 = b8 ^ (~b9 & b5)
        a9 = b9 ^ (~b5 & b6)
        a10 = b10 ^ (~b11 & b12)
        a11 = b11 ^ (~b12 & b13)
        a12 = b12 ^ (~b13 & b14)
        a13 = b13 ^ (~b14 & b10)
        a14 = b14 ^ (~b10 & b11)
        a15 = b15 ^ (~b16 & b17)
        a16 = b16 ^ (~b17 & b18)
        a17 = b17 ^ (~b18 & b19)
        a18 = b18 ^ (~b19 & b15)
        a19 = b19 ^ (~b15 & b16)
        a20 = b20 ^ (~b21 & b22)
        a21 = b21 ^ (~b22 & b23)
        a22 = b22 ^ (~b23 & b24)
        a23 = b23 ^ (~b24 & b20)
        a24 = b24 ^ (~b20 & b21)
        a0 ^= rc
    return [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18,
            a19, a20, a21, a22, a23, a24]


class _Keccak:
    """The sponge: `rate` bytes absorbed per permutation, `suffix` the domain bits of the
    padding (0x06 for SHA-3, 0x1F for SHAKE)."""

    __slots__ = ('_lanes', '_buf')
    # Set by each subclass: name, digest_size, block_size (the rate), _suffix

    def __init__(self):
        self._lanes = [0] * 25
        self._buf = b''

    def copy(self):
        other = object.__new__(type(self))
        other._lanes = self._lanes[:]
        other._buf = self._buf
        return other

    def _absorb(self, data, n):
        lanes = self._lanes
        rate = self.block_size
        shifts = _SHIFTS_LE64[:rate // 8]
        fb = int.from_bytes
        M = _M64
        for off in range(0, n, rate):
            v = fb(data[off:off + rate], 'little')
            for i, s in enumerate(shifts):
                lanes[i] ^= (v >> s) & M
            lanes = _keccak_f(lanes)
        self._lanes = lanes

    def update(self, data):
        if self._buf:
            data = self._buf + data
        rate = self.block_size
        n = len(data) - len(data) % rate
        if n:
            self._absorb(data, n)
            data = data[n:]
        self._buf = bytes(data)

    def _squeeze(self, length):
        rate = self.block_size
        final = self.copy()
        pad = bytearray(rate - len(self._buf))
        pad[0] = self._suffix
        pad[-1] |= 0x80
        final._absorb(self._buf + pad, rate)
        lanes = final._lanes
        out = []
        size = 0
        while True:
            out.append(_words_to_bytes(lanes[:rate // 8], 8, 'little'))
            size += rate
            if size >= length:
                break
            lanes = _keccak_f(lanes)
        return b''.join(out)[:length]

    def digest(self, length=None):
        return self._squeeze(self.digest_size if length is None else length)


def _keccak_engine(name, rate, digest_size, suffix):
    return type('_' + name, (_Keccak,), {'__slots__': (), 'name': name, 'block_size': rate,
                                         'digest_size': digest_size, '_suffix': suffix})


SHA3_224 = _keccak_engine('sha3_224', 144, 28, 0x06)
SHA3_256 = _keccak_engine('sha3_256', 136, 32, 0x06)
SHA3_384 = _keccak_engine('sha3_384', 104, 48, 0x06)
SHA3_512 = _keccak_engine('sha3_512', 72, 64, 0x06)
SHAKE_128 = _keccak_engine('shake_128', 168, 0, 0x1F)
SHAKE_256 = _keccak_engine('shake_256', 136, 0, 0x1F)


# BLAKE2 (RFC 7693). One compression function serves both widths.

_BLAKE2_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0))


def _blake2_blocks(h, data, n, count, flags, spec):
    """Compresses the blocks data[:n]; `count` is the byte counter before them and `flags`
    the two finalization words (zeros except for the final block)."""
    bits, rounds, r1, r2, r3, r4, iv = spec
    M = (1 << bits) - 1
    l1, l2, l3, l4 = bits - r1, bits - r2, bits - r3, bits - r4
    bs = bits * 2
    shifts = tuple(range(0, bs * 8, bits))
    fb = int.from_bytes
    sigmas = [_BLAKE2_SIGMA[r % 10] for r in range(rounds)]
    f0, f1 = flags
    h0, h1, h2, h3, h4, h5, h6, h7 = h
    for off in range(0, n, bs):
        count += bs
        v = fb(data[off:off + bs], 'little')
        m = [(v >> s) & M for s in shifts]
        v0, v1, v2, v3, v4, v5, v6, v7 = h0, h1, h2, h3, h4, h5, h6, h7
        v8, v9, v10, v11 = iv[0], iv[1], iv[2], iv[3]
        v12 = iv[4] ^ (count & M)
        v13 = iv[5] ^ (count >> bits)
        v14 = iv[6] ^ f0
        v15 = iv[7] ^ f1
        for s in sigmas:
            x = [m[i] for i in s]
            # Columns.
            v0 = (v0 + v4 + x[0]) & M; v12 ^= v0; v12 = ((v12 >> r1) | (v12 << l1)) & M
            v8 = (v8 + v12) & M; v4 ^= v8; v4 = ((v4 >> r2) | (v4 << l2)) & M
            v0 = (v0 + v4 + x[1]) & M; v12 ^= v0; v12 = ((v12 >> r3) | (v12 << l3)) & M
            v8 = (v8 + v12) & M; v4 ^= v8; v4 = ((v4 >> r4) | (v4 << l4)) & M
            v1 = (v1 + v5 + x[2]) & M; v13 ^= v1; v13 = ((v13 >> r1) | (v13 << l1)) & M
            v9 = (v9 + v13) & M; v5 ^= v9; v5 = ((v5 >> r2) | (v5 << l2)) & M
            v1 = (v1 + v5 + x[3]) & M; v13 ^= v1; v13 = ((v13 >> r3) | (v13 << l3)) & M
            v9 = (v9 + v13) & M; v5 ^= v9; v5 = ((v5 >> r4) | (v5 << l4)) & M
            v2 = (v2 + v6 + x[4]) & M; v14 ^= v2; v14 = ((v14 >> r1) | (v14 << l1)) & M
            v10 = (v10 + v14) & M; v6 ^= v10; v6 = ((v6 >> r2) | (v6 << l2)) & M
            v2 = (v2 + v6 + x[5]) & M; v14 ^= v2; v14 = ((v14 >> r3) | (v14 << l3)) & M
            v10 = (v10 + v14) & M; v6 ^= v10; v6 = ((v6 >> r4) | (v6 << l4)) & M
            v3 = (v3 + v7 + x[6]) & M; v15 ^= v3; v15 = ((v15 >> r1) | (v15 << l1)) & M
            v11 = (v11 + v15) & M; v7 ^= v11; v7 = ((v7 >> r2) | (v7 << l2)) & M
            v3 = (v3 + v7 + x[7]) & M; v15 ^= v3; v15 = ((v15 >> r3) | (v15 << l3)) & M
            v11 = (v11 + v15) & M; v7 ^= v11; v7 = ((v7 >> r4) | (v7 << l4)) & M
            # Diagonals.
            v0 = (v0 + v5 + x[8]) & M; v15 ^= v0; v15 = ((v15 >> r1) | (v15 << l1)) & M
            v10 = (v10 + v15) & M; v5 ^= v10; v5 = ((v5 >> r2) | (v5 << l2)) & M
            v0 = (v0 + v5 + x[9]) & M; v15 ^= v0; v15 = ((v15 >> r3) | (v15 << l3)) & M
            v10 = (v10 + v15) & M; v5 ^= v10; v5 = ((v5 >> r4) | (v5 << l4)) & M
            v1 = (v1 + v6 + x[10]) & M; v12 ^= v1; v12 = ((v12 >> r1) | (v12 << l1)) & M
            v11 = (v11 + v12) & M; v6 ^= v11; v6 = ((v6 >> r2) | (v6 << l2)) & M
            v1 = (v1 + v6 + x[11]) & M; v12 ^= v1; v12 = ((v12 >> r3) | (v12 << l3)) & M
            v11 = (v11 + v12) & M; v6 ^= v11; v6 = ((v6 >> r4) | (v6 << l4)) & M
            v2 = (v2 + v7 + x[12]) & M; v13 ^= v2; v13 = ((v13 >> r1) | (v13 << l1)) & M
            v8 = (v8 + v13) & M; v7 ^= v8; v7 = ((v7 >> r2) | (v7 << l2)) & M
            v2 = (v2 + v7 + x[13]) & M; v13 ^= v2; v13 = ((v13 >> r3) | (v13 << l3)) & M
            v8 = (v8 + v13) & M; v7 ^= v8; v7 = ((v7 >> r4) | (v7 << l4)) & M
            v3 = (v3 + v4 + x[14]) & M; v14 ^= v3; v14 = ((v14 >> r1) | (v14 << l1)) & M
            v9 = (v9 + v14) & M; v4 ^= v9; v4 = ((v4 >> r2) | (v4 << l2)) & M
            v3 = (v3 + v4 + x[15]) & M; v14 ^= v3; v14 = ((v14 >> r3) | (v14 << l3)) & M
            v9 = (v9 + v14) & M; v4 ^= v9; v4 = ((v4 >> r4) | (v4 << l4)) & M
        h0 ^= v0 ^ v8
        h1 ^= v1 ^ v9
        h2 ^= v2 ^ v10
        h3 ^= v3 ^ v11
        h4 ^= v4 ^ v12
        h5 ^= v5 ^ v13
        h6 ^= v6 ^ v14
        h7 ^= v7 ^ v15
    return (h0, h1, h2, h3, h4, h5, h6, h7), count


# (word bits, rounds, rotations, initial value)
_BLAKE2B_SPEC = (64, 12, 32, 24, 16, 63, _IV512)
_BLAKE2S_SPEC = (32, 10, 16, 12, 8, 7, _IV256)


class _Blake2:
    """A BLAKE2 computation. The last block is kept back until digest() because it is
    compressed with the finalization flags."""

    __slots__ = ('_h', '_buf', '_count', '_last_node', 'digest_size')
    # Set by each subclass: name, block_size, _spec

    def __init__(self, params, key, digest_size, last_node):
        words = _words_from_le(params, self._spec[0] // 8)
        self._h = tuple(a ^ b for a, b in zip(self._spec[6], words))
        self._buf = key.ljust(self.block_size, b'\0') if key else b''
        self._count = 0
        self._last_node = last_node
        self.digest_size = digest_size

    def copy(self):
        other = object.__new__(type(self))
        other._h = self._h
        other._buf = self._buf
        other._count = self._count
        other._last_node = self._last_node
        other.digest_size = self.digest_size
        return other

    def update(self, data):
        if self._buf:
            data = self._buf + data
        bs = self.block_size
        if len(data) > bs:
            n = (len(data) - 1) // bs * bs
            self._h, self._count = _blake2_blocks(self._h, data, n, self._count, (0, 0),
                                                  self._spec)
            data = data[n:]
        self._buf = bytes(data)

    def digest(self):
        bits = self._spec[0]
        M = (1 << bits) - 1
        bs = self.block_size
        # The counter of the final block counts the message bytes in it, not its padding.
        h, _ = _blake2_blocks(self._h, self._buf.ljust(bs, b'\0'), bs,
                              self._count + len(self._buf) - bs,
                              (M, M if self._last_node else 0), self._spec)
        return _words_to_bytes(h, bits // 8, 'little')[:self.digest_size]


def _words_from_le(data, size):
    return [int.from_bytes(data[i:i + size], 'little') for i in range(0, len(data), size)]


class BLAKE2B(_Blake2):
    __slots__ = ()
    name = 'blake2b'
    block_size = 128
    _spec = _BLAKE2B_SPEC


class BLAKE2S(_Blake2):
    __slots__ = ()
    name = 'blake2s'
    block_size = 64
    _spec = _BLAKE2S_SPEC
