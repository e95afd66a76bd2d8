"""The codecs lookup() finds: for each encoding its stateless functions, incremental coders
and stream classes, built on str.encode/bytes.decode. The incremental decoders decode what
is complete and keep a split sequence (a UTF-8 lead byte, half a UTF-16 unit or pair) for
the next call."""

import sys
import codecs
from _reap_codecs_classes import (
    BufferedIncrementalDecoder, IncrementalEncoder, StreamReader, StreamWriter,
)

_NATIVE = 'le' if sys.byteorder == 'little' else 'be'


def _utf8_complete(data):
    """How much of `data` to decode now: all but a multi-byte sequence still missing bytes."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 1
        return n - back if back < need else n
    return n


def _utf16_complete(data, big):
    n = len(data) - len(data) % 2
    if n >= 2:
        unit = (data[n - 2] << 8 | data[n - 1]) if big else (data[n - 1] << 8 | data[n - 2])
        if 0xD800 <= unit <= 0xDBFF:
            n -= 2
    return n


def _complete_for(encoding):
    if encoding == 'utf-8':
        return _utf8_complete
    if encoding.startswith('utf-16-'):
        big = encoding.endswith('be')
        return lambda data: _utf16_complete(data, big)
    if encoding.startswith('utf-32-'):
        return lambda data: len(data) - len(data) % 4
    return len


def _bytes_arg(input):
    if isinstance(input, (bytes, bytearray, memoryview)):
        return bytes(input)
    if hasattr(input, '__bytes__') and not isinstance(input, str):
        return bytes(input)
    raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)


def _text_codec(name, stem):
    """Functions and classes for a text encoding Reap's str.encode knows (or utf-8-sig)."""
    sig = name == 'utf-8-sig'
    base = 'utf-8' if sig else name
    bom_of = {'utf-16': 2, 'utf-32': 4}
    boms = {'utf-16': (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE),
            'utf-32': (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)}

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (stem, type(input).__name__))
        out = codecs._encode_text(input, base, errors)
        return (codecs.BOM_UTF8 + out if sig else out, len(input))

    def decode(input, errors='strict'):
        data = _bytes_arg(input)
        start = 3 if sig and data.startswith(codecs.BOM_UTF8) else 0
        return (codecs._decode_bytes(data[start:], base, errors), len(data))

    encode.__name__ = stem + '_encode'
    decode.__name__ = 'decode'

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            # Only the first piece carries the byte-order mark.
            enc = name if not self._started else (
                'utf-8' if sig else codecs._no_bom(name))
            self._started = True
            out = codecs._encode_text(input, 'utf-8' if enc == 'utf-8-sig' else enc, self.errors)
            return codecs.BOM_UTF8 + out if enc == 'utf-8-sig' else out

        def reset(self):
            self._started = False

        def getstate(self):
            return 1 if self._started else 0

        def setstate(self, state):
            self._started = bool(state)

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._order = None if (name in bom_of or sig) else base

        def _buffer_decode(self, data, errors, final):
            skip = 0
            if self._order is None:
                if sig:
                    if len(data) < 3 and codecs.BOM_UTF8.startswith(data) and not final:
                        return ('', 0)
                    skip = 3 if data.startswith(codecs.BOM_UTF8) else 0
                    self._order = 'utf-8'
                else:
                    width = bom_of[name]
                    if len(data) < width and not final:
                        return ('', 0)
                    le, be = boms[name]
                    if data.startswith(le):
                        self._order, skip = name + '-le', width
                    elif data.startswith(be):
                        self._order, skip = name + '-be', width
                    else:
                        self._order = name + '-' + _NATIVE
            body = data[skip:]
            end = len(body) if final else _complete_for(self._order)(body)
            return (codecs._decode_bytes(body[:end], self._order, errors), skip + end)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = None if (name in bom_of or sig) else base

    class StreamWriter_(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._encoder = IncrementalEncoder_(errors)

        def encode(self, input, errors='strict'):
            self._encoder.errors = errors
            return (self._encoder.encode(input), len(input))

        def reset(self):
            self._encoder.reset()

    class StreamReader_(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self._decoder = IncrementalDecoder_(errors)

        def decode(self, input, errors='strict'):
            self._decoder.errors = errors
            return (self._decoder.decode(input), len(input))

        def reset(self):
            StreamReader.reset(self)
            self._decoder.reset()

    module = 'encodings.' + stem
    for cls, short in ((IncrementalEncoder_, 'IncrementalEncoder'),
                       (IncrementalDecoder_, 'IncrementalDecoder'),
                       (StreamWriter_, 'StreamWriter'), (StreamReader_, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = short
        cls.__module__ = module
    return codecs.CodecInfo(
        name=name, encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder_, incrementaldecoder=IncrementalDecoder_,
        streamreader=StreamReader_, streamwriter=StreamWriter_)


_ROT13 = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _transform(name, forward, backward):
    """A bytes-to-bytes or str-to-str codec: stateless, whole input at a time."""

    def encode(input, errors='strict'):
        return (forward(input), len(input))

    def decode(input, errors='strict'):
        return (backward(input), len(input))

    class IncrementalEncoder_(IncrementalEncoder):
        def encode(self, input, final=False):
            return forward(input)

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def decode(self, input, final=False):
            return backward(input)

    class StreamWriter_(StreamWriter):
        pass

    class StreamReader_(StreamReader):
        pass

    StreamWriter_.encode = staticmethod(encode)
    StreamReader_.decode = staticmethod(decode)

    return codecs.CodecInfo(
        name=name, encode=encode, decode=decode,
        incrementalencoder=IncrementalEncoder_, incrementaldecoder=IncrementalDecoder_,
        streamreader=StreamReader_, streamwriter=StreamWriter_, _is_text_encoding=False)


def _rot13(text):
    if not isinstance(text, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % type(text).__name__)
    return text.translate(_ROT13)


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


def _b64_encode(data):
    import base64
    return base64.encodebytes(data)


def _b64_decode(data):
    import base64
    return base64.decodebytes(data)


def make_info(name, stem):
    if name == 'rot-13':
        return _transform(name, _rot13, _rot13)
    if name == 'hex':
        return _transform(name, _hex_encode, _hex_decode)
    if name == 'base64':
        return _transform(name, _b64_encode, _b64_decode)
    return _text_codec(name, stem)
