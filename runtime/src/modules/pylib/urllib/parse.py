"""urllib.parse, written in Python for Reap: split, join, quote and unquote URLs.

Results, reprs and errors are CPython 3.11's: the same scheme tables decide which schemes have
a network location, parameters or relative references; URLs lose leading control characters
and spaces and every tab and newline, as in 3.11.7; bracketed hosts must be IPv6 (or IPvFuture)
addresses.

Differences: the deprecated `Quoter` class is reachable through the module's `__getattr__`
only where the interpreter calls it; the NFKC check of non-ASCII network locations knows the
19 characters whose NFKC form holds one of "/?#@:" (there is no `unicodedata`), which is what
that check looks for; `encoding` and `errors` support what `str.encode`/`bytes.decode` support.
"""

import functools
import re
import sys
import types
import warnings
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes take relative references, a network location, ";params", a query and a
# fragment.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws',
                 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip',
                    'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps',
              'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Stripped from the start of a URL (WHATWG), and removed everywhere in it (bpo-43882).
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(0x21)))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def _isascii(s):
    return not s or max(s) < ('\x80' if isinstance(s, str) else 0x80)


def clear_cache():
    urlsplit.cache_clear()
    _quote_table.cache_clear()


# Functions take str or bytes (all arguments alike): bytes are decoded as ASCII, worked on as
# str, and the result encoded back.

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding='ascii', errors='strict'):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        # An empty argument goes with either kind.
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# Reap's bytes lack partition and rpartition: the bytes results are split as Latin-1 text,
# which keeps every byte as it is.
def _to_latin1(parts):
    return tuple(None if part is None else part.encode('latin-1') for part in parts)


class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # Host names are case-insensitive: lower-case them, but not an IPv6 zone ("%eth0").
        if isinstance(hostname, str):
            hostname, percent, zone = hostname.partition('%')
        else:
            hostname, percent, zone = _to_latin1(hostname.decode('latin-1').partition('%'))
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            text = port if isinstance(port, str) else port.decode('latin-1')
            if text.isdigit() and _isascii(text):
                port = int(text)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(types.GenericAlias)


def _split_userinfo(netloc):
    userinfo, have_info, hostinfo = netloc.rpartition('@')
    if have_info:
        username, have_password, password = userinfo.partition(':')
        if not have_password:
            password = None
    else:
        username = password = None
    return username, password


def _split_hostinfo(netloc):
    hostinfo = netloc.rpartition('@')[2]
    _, have_open_br, bracketed = hostinfo.partition('[')
    if have_open_br:
        hostname, _, port = bracketed.partition(']')
        port = port.partition(':')[2]
    else:
        hostname, _, port = hostinfo.partition(':')
    return hostname, port or None


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc)

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc)


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _to_latin1(_split_userinfo(self.netloc.decode('latin-1')))

    @property
    def _hostinfo(self):
        return _to_latin1(_split_hostinfo(self.netloc.decode('latin-1')))


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str_cls, _bytes_cls in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                             (ParseResult, ParseResultBytes)):
    _str_cls._encoded_counterpart = _bytes_cls
    _bytes_cls._decoded_counterpart = _str_cls
del _str_cls, _bytes_cls


def urlparse(url, scheme='', allow_fragments=True):
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def _splitparams(url):
    # The parameters are those of the last path segment.
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    # The network location runs up to the first '/', '?' or '#'.
    delim = len(url)
    for c in '/?#':
        found = url.find(c, start)
        if found >= 0:
            delim = min(delim, found)
    return url[start:delim], url[delim:]


# The non-ASCII characters whose NFKC normal form contains one of "/?#@:".
_NFKC_DELIMITERS = ('\u2047\u2048\u2049\u2100\u2101\u2105\u2106\u2a74\ufe13\ufe16\ufe55\ufe56'
                    '\ufe5f\ufe6b\uff03\uff0f\uff1a\uff1f\uff20')


def _checknetloc(netloc):
    # A network location must not hide URL delimiters in characters that NFKC normalization
    # (as done by IDNA) would turn into them.
    if not netloc or _isascii(netloc):
        return
    for c in netloc:
        if c in _NFKC_DELIMITERS:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def _is_ipv4(text):
    # As ipaddress.IPv4Address: four decimal octets, without leading zeros.
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or not (_isascii(octet) and octet.isdigit()) or len(octet) > 3:
            return False
        if octet != '0' and octet[0] == '0':
            return False
        if int(octet) > 255:
            return False
    return True


_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


def _is_ipv6(text):
    # As ipaddress.IPv6Address: eight hextets, or fewer with one "::", maybe ending in an IPv4
    # address, maybe followed by "%zone".
    if '/' in text:
        return False
    addr, sep, zone = text.partition('%')
    if sep and (not zone or '%' in zone):
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        if not _is_ipv4(parts.pop()):
            return False
        parts += ['0', '0']
    if len(parts) > 9:
        return False
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                return False
            skip = i
    if skip is not None:
        hi = skip
        lo = len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                return False
        if not parts[-1]:
            lo -= 1
            if lo:
                return False
        if 8 - (hi + lo) < 1:
            return False
        hextets = parts[:hi] + parts[len(parts) - lo:]
    else:
        if len(parts) != 8 or not parts[0] or not parts[-1]:
            return False
        hextets = parts
    for h in hextets:
        if not h or len(h) > 4 or not _HEX_DIGITS.issuperset(h):
            return False
    return True


def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", hostname):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(hostname):
        raise ValueError(f'{hostname!r} does not appear to be an IPv4 or IPv6 address')


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and _isascii(url[0]) and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    # Resolve the path against the base's directory (RFC 3986, section 5.2).
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]      # the last segment is a file name, not a directory
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty segments in the middle ("a//b") are dropped.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')     # "a/b/.." is the directory "a/"
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query,
                                      fragment)))


def urldefrag(url):
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


_hexdig = '0123456789ABCDEFabcdef'
_hextobyte = None


def unquote_to_bytes(string):
    if not string:
        string.split   # an empty non-string still fails as CPython's does
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    global _hextobyte
    if _hextobyte is None:
        _hextobyte = {(a + b).encode(): bytes.fromhex(a + b) for a in _hexdig for b in _hexdig}
    res = [bits[0]]
    for item in bits[1:]:
        byte = _hextobyte.get(item[:2])
        if byte is None:
            res.append(b'%')    # not a valid escape: kept as it is
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b''.join(res)


_asciire = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only the ASCII runs can hold escapes; each is decoded as a whole, so that multi-byte
    # sequences split over several escapes decode together.
    bits = _asciire.split(string)
    res = [bits[0]]
    for i in range(1, len(bits), 2):
        res.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        res.append(bits[i + 1])
    return ''.join(res)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    # Counting first guards against denial of service by huge numbers of fields.
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = _coerce_result(unquote(nv[0].replace('+', ' '), encoding=encoding,
                                          errors=errors))
            value = _coerce_result(unquote(nv[1].replace('+', ' '), encoding=encoding,
                                           errors=errors))
            r.append((name, value))
    return r


def unquote_plus(string, encoding='utf-8', errors='replace'):
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def __getattr__(name):
    if name == 'Quoter':
        warnings.warn('Deprecated in 3.11. '
                      'urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.',
                      DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}', name=name,
                         obj=__import__('sys').modules[__name__])


class _Quoter(dict):
    # byte value -> its quoted form, filled in on demand.
    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if ((isinstance(string, str) and ' ' not in string)
            or (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


@functools.lru_cache
def _quote_table(safe):
    # The quoted form of each of the 256 byte values, for one set of safe bytes.
    safe = _ALWAYS_SAFE.union(safe)
    return [chr(b) if b in safe else '%{:02X}'.format(b) for b in range(256)]


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')     # only ASCII characters can be safe
    else:
        safe = bytes([c for c in safe if c < 128])
    table = _quote_table(safe)
    return ''.join([table[b] for b in bs])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        # A sequence of pairs; a string is refused here rather than quoted letter by letter.
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def quoted(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = quoted(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + '=' + quoted(v))
            continue
        # With doseq, each item of a sequence value becomes a field of its own.
        try:
            len(v)
        except TypeError:
            parts.append(k + '=' + quoted(v))
        else:
            for item in v:
                parts.append(k + '=' + quoted(item))
    return '&'.join(parts)


# Helpers kept for compatibility with old code; the public names are deprecated.

def to_bytes(url):
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    # "<URL:scheme://host/path>" -> "scheme://host/path"
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _deprecated(name, instead='urlparse'):
    def wrap(func):
        def public(*args, **kwargs):
            warnings.warn("urllib.parse.%s() is deprecated as of 3.8, use urllib.parse.%s() "
                          "instead" % (name, instead), DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        public.__name__ = public.__qualname__ = name
        return public
    return wrap


_typeprog = re.compile('([^/:]+):(.*)', re.DOTALL)


def _splittype(url):
    match = _typeprog.match(url)
    if match:
        scheme, data = match.groups()
        return scheme.lower(), data
    return None, url


_hostprog = re.compile('//([^/#?]*)(.*)', re.DOTALL)


def _splithost(url):
    match = _hostprog.match(url)
    if match:
        host_port, path = match.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


_portprog = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splitport(host):
    match = _portprog.fullmatch(host)
    if match:
        host, port = match.groups()
        if port:
            return host, port
    return host, None


def _splitnport(host, defport=-1):
    host, delim, port = host.rpartition(':')
    if not delim:
        host = port
    elif port:
        nport = int(port) if port.isdigit() and _isascii(port) else None
        return host, nport
    return host, defport


def _splitquery(url):
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


splittype = _deprecated('splittype')(_splittype)
splithost = _deprecated('splithost')(_splithost)
splituser = _deprecated('splituser')(_splituser)
splitpasswd = _deprecated('splitpasswd')(_splitpasswd)
splitport = _deprecated('splitport')(_splitport)
splitnport = _deprecated('splitnport')(_splitnport)
splitquery = _deprecated('splitquery')(_splitquery)
splittag = _deprecated('splittag')(_splittag)
splitattr = _deprecated('splitattr')(_splitattr)
splitvalue = _deprecated('splitvalue', 'parse_qsl')(_splitvalue)
