"""io.TextIOWrapper for Reap: text over any binary stream that has read (and read1) or write,
such as gzip.GzipFile and subprocess's pipes, with CPython's newline handling (universal
newlines when reading with newline=None; '', '\\n', '\\r' and '\\r\\n' as in CPython) and its
messages.

The files open() returns are native and are not instances of this class. Differences from
CPython: seek() and tell() take and give byte positions (CPython's are opaque cookies), and a
multi-byte character split between two reads is rejoined by retrying the decode, which covers
UTF-8 and the other encodings whose characters are at most four bytes."""

import io as _io

_CHUNK = 8192


class TextIOWrapper:
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)  # LookupError for an unknown encoding, as CPython's
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = ''       # decoded text not yet returned
        self._crlf = []        # where in _text a '\n' stands for a '\r\n' (for tell())
        self._decoder = None   # an incremental decoder: keeps a character split between reads
        self._cr = False       # (newline=None) a '\r' held back: a '\n' may follow it
        self._eof = False
        self._seen = 0         # newline kinds met: 1 '\r', 2 '\n', 4 '\r\n'
        # Encoded writes not yet given to the buffer: as CPython's, they go in chunks, at a
        # flush, or at once with write_through (a line-buffered stream's at each newline).
        self._pending = []
        self._pending_size = 0

    # ---- Attributes ------------------------------------------------------------------------

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer.closed

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            name = self.name
        except Exception:
            pass
        else:
            parts.append(f'name={name!r}')
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(f'mode={mode!r}')
        parts.append(f'encoding={self._encoding!r}>')
        return ' '.join(parts)

    def _check_closed(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __del__(self):
        # As CPython's IOBase: a wrapper dropped open closes (and so flushes) its buffer.
        try:
            if self._buffer is not None and not self.closed:
                self.close()
        except Exception:
            pass

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def isatty(self):
        return False

    def fileno(self):
        return self._buffer.fileno()

    # ---- Reading ---------------------------------------------------------------------------

    def _decode(self, data, final):
        if self._decoder is None:
            import codecs
            self._decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
        return self._decoder.decode(data, final)

    def _take(self, n):
        """The first n characters of _text, which leave it."""
        text, self._text = self._text[:n], self._text[n:]
        if self._crlf:
            self._crlf = [p - n for p in self._crlf if p >= n]
        return text

    def _translate(self, text, final):
        """Counts the newline kinds (newline=None or ''), holding back a '\\r' at the end
        until the next read says whether '\\n' follows; with newline=None (universal
        newlines) '\\r\\n' and '\\r' become '\\n'."""
        if self._cr:
            text = '\r' + text
            self._cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._cr = True
        crlf = text.count('\r\n')
        cr = text.count('\r') - crlf
        lf = text.count('\n') - crlf
        self._seen |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
        if (cr or crlf) and self._newline is None:
            parts = text.split('\r\n')
            at = len(self._text)
            for part in parts[:-1]:
                at += len(part)
                self._crlf.append(at)
                at += 1
            text = '\n'.join(parts).replace('\r', '\n')
        return text

    def _read_chunk(self, size=_CHUNK):
        """Decodes one more read of the buffer into _text; False at its end."""
        if self._eof:
            return False
        self._write_pending()
        read1 = getattr(self._buffer, 'read1', None)
        data = read1(size) if read1 is not None else self._buffer.read(size)
        final = not data
        text = self._decode(data, final)
        if self._newline in (None, ''):
            text = self._translate(text, final)
        self._text += text
        if final:
            self._eof = True
        return not final or bool(text)

    def read(self, size=-1):
        self._check_closed()
        self._write_pending()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            rest = self._buffer.read()
            final = self._decode(rest or b'', True)
            if self._newline in (None, ''):
                final = self._translate(final, True)
            self._eof = True
            text, self._text = self._text + final, ''
            self._crlf = []
            return text
        while len(self._text) < size and self._read_chunk():
            pass
        return self._take(size)

    def _line_end(self, text):
        """Where the first line of text ends, or -1; '\\r' last in text is no end yet when
        newline='' (a '\\n' may follow it) unless the stream ended."""
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n')
            return i + 1 if i >= 0 else -1
        if nl == '':
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = text.find(nl)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._text)
            if end >= 0 and (size < 0 or end <= size):
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            if not self._read_chunk():
                end = len(self._text)
                break
        return self._take(end)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    # ---- Writing ---------------------------------------------------------------------------

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        text = s
        if self._newline in ('\r', '\r\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        data = text.encode(self._encoding, self._errors)
        self._pending.append(data)
        self._pending_size += len(data)
        line_end = self._line_buffering and ('\n' in s or '\r' in s)
        if self._write_through or line_end or self._pending_size > _CHUNK:
            self._write_pending()
        if line_end:
            self._buffer.flush()
        return len(s)

    def _write_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending, self._pending_size = [], 0
            self._buffer.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    _UNSET = object()

    def reconfigure(self, *, encoding=None, errors=None, newline=_UNSET, line_buffering=None,
                    write_through=None):
        """Changes the settings; the encoding and newline only before the first read."""
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"reconfigure() argument '{name}' must be str or None, "
                                f"not {type(value).__name__}")
        if newline is not self._UNSET and newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if self._text and (encoding is not None or errors is not None
                           or newline is not self._UNSET):
            import io
            raise io.UnsupportedOperation('It is not possible to set the encoding or newline '
                                          'of stream after the first read')
        if encoding is not None:
            ''.encode(encoding)
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._errors = 'strict' if errors is None else errors
            self._decoder = None
        elif errors is not None:
            self._errors = errors
        if newline is not self._UNSET:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def detach(self):
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    # ---- Positions -------------------------------------------------------------------------

    def _reset(self):
        self._text, self._cr, self._eof = '', False, False
        self._crlf = []
        if self._decoder is not None:
            self._decoder.reset()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset()
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        self._reset()
        return self._buffer.seek(cookie)

    def _cr_width(self):
        # The bytes of one '\r' (an encoder may begin with a byte-order mark).
        return len('\r\n'.encode(self._encoding)) - len('\n'.encode(self._encoding))

    def tell(self):
        self._check_closed()
        self._write_pending()
        held = self._decoder.getstate()[0] if self._decoder is not None else b''
        pending = (len(self._text.encode(self._encoding, self._errors))
                   + len(self._crlf) * self._cr_width() + len(held) + self._cr * self._cr_width())
        return self._buffer.tell() - pending


TextIOWrapper.__module__ = '_io'
