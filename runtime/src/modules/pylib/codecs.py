"""codecs, written in Python for Reap on top of str.encode and bytes.decode.

The text encodings are the ones Reap's str.encode knows (utf-8, ascii, latin-1, utf-16 and
utf-32 with their byte orders, and the single-byte code pages: cp1252, iso8859-15, koi8-r,
mac-roman, cp437 and the rest of CPython's charmap codecs) plus utf-8-sig, and the transforms
rot13, hex and base64. No multi-byte CJK codecs, utf-7, idna or punycode.

Differences a script can see:
  * the builtin error handlers are Python functions (`<function strict_errors ...>`);
  * a handler registered with register_error is honoured by codecs.encode/decode, the
    functions getencoder/getdecoder give and the incremental and stream classes, not by
    str.encode/bytes.decode themselves;
  * no surrogateescape/surrogatepass (Reap's str holds no lone surrogates), no EncodedFile.
"""

import sys as _sys

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


# --- error handlers -------------------------------------------------------------------------

def _span_text(exc):
    return exc.object[exc.start:exc.end]


def _unknown_exception(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if not isinstance(exc, UnicodeError):
        raise _unknown_exception(exc)
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _unknown_exception(exc)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape(c) for c in _span_text(exc)), exc.end)
    raise _unknown_exception(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in _span_text(exc)), exc.end)
    raise _unknown_exception(exc)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise _unknown_exception(exc)
    import unicodedata
    out = []
    for c in _span_text(exc):
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape(c))
    return (''.join(out), exc.end)


_BUILTIN_HANDLERS = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace')
_handlers = {name: globals()[name + '_errors'] for name in _BUILTIN_HANDLERS}


def register_error(name, handler, /):
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _handlers[name] = handler


def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _handler_result(result, kind):
    if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int)
            and isinstance(result[0], (str, bytes))):
        raise TypeError("%s error handler must return (str/bytes, int) tuple" % kind)
    return result


def _builtin_handler(errors):
    return errors in _BUILTIN_HANDLERS and _handlers[errors] is globals()[errors + '_errors']


def _encode_text(text, encoding, errors):
    """str.encode, asking a registered handler (and a replaced builtin one) for each failure."""
    if _builtin_handler(errors):
        return text.encode(encoding, errors)
    handler = None
    out = bytearray()
    pos = 0
    while pos <= len(text):
        try:
            out += text[pos:].encode(encoding)
            break
        except UnicodeEncodeError as e:
            out += text[pos:pos + e.start].encode(encoding)
            # Asked for only when needed, as CPython does.
            handler = handler or lookup_error(errors)
            exc = UnicodeEncodeError(e.encoding, text, pos + e.start, pos + e.end, e.reason)
            rep, newpos = _handler_result(handler(exc), 'encoding')
            out += rep.encode(encoding) if isinstance(rep, str) else rep
            pos = newpos if newpos >= 0 else len(text) + newpos
        # Only the first piece may carry a byte-order mark.
        encoding = _no_bom(encoding)
    return bytes(out)


def _decode_bytes(data, encoding, errors):
    if _builtin_handler(errors):
        return data.decode(encoding, errors)
    handler = None
    out = []
    pos = 0
    while pos <= len(data):
        try:
            out.append(data[pos:].decode(encoding))
            break
        except UnicodeDecodeError as e:
            out.append(data[pos:pos + e.start].decode(encoding))
            handler = handler or lookup_error(errors)
            exc = UnicodeDecodeError(e.encoding, data, pos + e.start, pos + e.end, e.reason)
            rep, newpos = _handler_result(handler(exc), 'decoding')
            out.append(rep)
            pos = newpos if newpos >= 0 else len(data) + newpos
    return ''.join(out)


def _no_bom(encoding):
    key = _key(encoding)
    if key in ('utf16', 'u16'):
        return 'utf-16-' + ('le' if _sys.byteorder == 'little' else 'be')
    if key in ('utf32', 'u32'):
        return 'utf-32-' + ('le' if _sys.byteorder == 'little' else 'be')
    return encoding


# --- the registry ---------------------------------------------------------------------------

def _key(name):
    return ''.join(c for c in name.lower() if c not in '-_ ')


# Each encoding's name as CodecInfo gives it, and the stem of its functions' names.
_CANONICAL = {
    'utf8': ('utf-8', 'utf_8'), 'u8': ('utf-8', 'utf_8'), 'utf': ('utf-8', 'utf_8'),
    'cp65001': ('utf-8', 'utf_8'),
    'utf8sig': ('utf-8-sig', 'utf_8_sig'),
    'ascii': ('ascii', 'ascii'), 'usascii': ('ascii', 'ascii'), '646': ('ascii', 'ascii'),
    'latin1': ('iso8859-1', 'latin_1'), 'latin': ('iso8859-1', 'latin_1'),
    'l1': ('iso8859-1', 'latin_1'), 'iso88591': ('iso8859-1', 'latin_1'),
    'iso885911987': ('iso8859-1', 'latin_1'), '8859': ('iso8859-1', 'latin_1'),
    'cp819': ('iso8859-1', 'latin_1'),
    'utf16': ('utf-16', 'utf_16'), 'u16': ('utf-16', 'utf_16'),
    'utf16le': ('utf-16-le', 'utf_16_le'), 'utf16be': ('utf-16-be', 'utf_16_be'),
    'utf32': ('utf-32', 'utf_32'), 'u32': ('utf-32', 'utf_32'),
    'utf32le': ('utf-32-le', 'utf_32_le'), 'utf32be': ('utf-32-be', 'utf_32_be'),
    'rot13': ('rot-13', 'rot13'),
    'hex': ('hex', 'hex'), 'hexcodec': ('hex', 'hex'),
    'base64': ('base64', 'base64'), 'base64codec': ('base64', 'base64'),
    'unicodeescape': ('unicode-escape', 'unicode_escape'),
    'rawunicodeescape': ('raw-unicode-escape', 'raw_unicode_escape'),
}


def _charmap(encoding):
    """(name, stem) of the single-byte code page (cp1252, koi8-r...) `encoding` names."""
    try:
        import _reap_charmap
    except ImportError:
        return None
    return _reap_charmap.lookup(encoding)


class CodecInfo(tuple):
    """What lookup() finds: a 4-tuple (encode, decode, reader, writer) with names for each."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


_search_functions = []
_cache = {}


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _key(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    page = None if key in _CANONICAL else _charmap(encoding)
    if key in _CANONICAL or page is not None:
        import _reap_codecs_impl
        info = _reap_codecs_impl.make_info(*(page or _CANONICAL[key]))
    else:
        normalized = encoding.lower().replace(' ', '_')
        for search in _search_functions:
            info = search(normalized)
            if info is not None:
                if not (isinstance(info, tuple) and len(info) == 4):
                    raise TypeError("codec search functions must return 4-tuples")
                break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _failed(exc, verb, encoding):
    """CPython's note of which codec failed, on errors whose type takes just a message."""
    if isinstance(exc, UnicodeError) or not isinstance(exc, (TypeError, ValueError, LookupError)):
        return None
    if len(exc.args) > 1:
        return None
    try:
        return type(exc)("%s with '%s' codec failed (%s: %s)" % (verb, encoding, type(exc).__name__, exc))
    except Exception:
        return None


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as exc:
        wrapped = _failed(exc, 'encoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as exc:
        wrapped = _failed(exc, 'decoding', encoding)
        if wrapped is None:
            raise
        raise wrapped from exc
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        out = encoder.encode(text)
        if out:
            yield out
    out = encoder.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        out = decoder.decode(data)
        if out:
            yield out
    out = decoder.decode(b'', True)
    if out:
        yield out


from _reap_codecs_classes import (  # noqa: E402
    Codec, IncrementalEncoder, IncrementalDecoder, BufferedIncrementalEncoder,
    BufferedIncrementalDecoder, StreamWriter, StreamReader, StreamReaderWriter, open,
)
