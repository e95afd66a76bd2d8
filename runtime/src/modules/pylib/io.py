"""io, written in Python for Reap: open (the builtin itself, as in CPython), StringIO, BytesIO,
TextIOWrapper (over any binary stream, from _reap_textio), text_encoding and the constants.

The file objects `open` returns are native (Reap's `_io.TextIOWrapper`); only the in-memory
streams and the text wrapper live here. They keep CPython's messages, including its mix of "I/O operation on closed
file" with and without a final period. Differences: no pickling. The
abstract classes (IOBase, TextIOBase...) and BufferedReader/BufferedWriter/FileIO come from
_reap_io_classes on first use; the native file objects are registered with them."""

from builtins import open

_CLASSES = ('IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'BufferedReader',
            'BufferedWriter', 'BufferedRandom', 'BufferedRWPair', 'FileIO',
            'IncrementalNewlineDecoder')


def __getattr__(name):
    if name in _CLASSES:
        import _reap_io_classes
        for n in _CLASSES:
            globals()[n] = getattr(_reap_io_classes, n)
        return globals()[name]
    raise AttributeError(f"module 'io' has no attribute '{name}'", name=name,
                         obj=__import__('sys').modules[__name__])


def __dir__():
    return sorted(set(globals()) | set(_CLASSES))


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'
BlockingIOError = BlockingIOError


def open_code(path):
    """Opens a file of code for reading, as bytes (CPython's hook point for auditing)."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    if encoding is not None:
        return encoding
    import sys
    return 'utf-8' if sys.flags.utf8_mode else 'locale'


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


def _index(n):
    if isinstance(n, int):
        return n
    try:
        return type(n).__index__(n)
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None


def _line_end(value, pos, end, newline):
    """Where the line of value starting at pos ends (after its newline), at most at end.
    An empty newline stands for any of CR, LF and CR LF."""
    # Reap's str.find costs O(len(value)) a call when given a start: search growing slices.
    size = 80
    while pos < end:
        stop = min(end, pos + size)
        window = value[pos:stop]
        if newline:
            i = window.find(newline)
            if i >= 0:
                return pos + i + len(newline)
        else:
            cr = window.find('\r')
            lf = window.find('\n', 0, cr) if cr >= 0 else window.find('\n')
            if lf >= 0:
                return pos + lf + 1
            if cr >= 0:
                i = pos + cr + 1
                return i + 1 if i < end and value[i:i + 1] == '\n' else i
        if stop == end:
            break
        pos = stop - (len(newline) > 1)  # '\r\n' may straddle two slices
        size *= 2
    return end


def _close_when_dropped(self):
    """IOBase's finalizer: a stream still open is closed, and what goes wrong is not reported,
    as CPython's does."""
    try:
        closed = self.closed
    except Exception:
        return
    if not closed:
        try:
            self.close()
        except Exception:
            pass


class _Buffer:
    # The contents are _value followed by the _chunks written at the end since _value was last
    # joined: a run of writes then costs O(total) instead of copying the whole string each time.

    def __init_subclass__(cls, **kwargs):
        # A subclass may override close(), which CPython then calls when the stream is dropped;
        # plain StringIO/BytesIO objects skip the finalizer (closing them shows nothing).
        super().__init_subclass__(**kwargs)
        if cls.__module__ not in ('io', '_io') and '__del__' not in cls.__dict__:
            cls.__del__ = _close_when_dropped
    def _init_buffer(self, empty):
        self._value = empty
        self._chunks = []
        self._len = 0
        self._pos = 0
        self._closed = False

    def _joined(self):
        if self._chunks:
            self._value += self._value[:0].join(self._chunks)
            self._chunks = []
        return self._value

    def _put(self, data):
        n = len(data)
        pos = self._pos
        if pos == self._len:
            self._chunks.append(data)
            self._len += n
        else:
            value = self._joined()
            if pos > self._len:
                value += self._pad * (pos - self._len)
            self._value = value[:pos] + data + value[pos + n:]
            self._len = len(self._value)
        self._pos = pos + n

    def _read(self, size):
        pos = self._pos
        if pos >= self._len:
            return self._value[:0]
        value = self._joined()
        end = self._len if size < 0 else min(self._len, pos + size)
        self._pos = end
        return value[pos:end]

    def _truncate(self, size):
        if size < self._len:
            self._value = self._joined()[:size]
            self._len = size

    def _set_closed(self, value):
        raise AttributeError(f"attribute 'closed' of '_io.{self._kind}' objects is not writable")

    closed = property(lambda self: self._closed, _set_closed)

    def close(self):
        self._closed = True
        self._value = self._value[:0]
        self._chunks = []

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed('.')
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    # Past the hint, StringIO (IOBase) stops once the lines exceed it, BytesIO once they reach it.
    _hint_slack = 0

    def readlines(self, hint=-1):
        self._check_closed('.')
        hint = _size_arg(hint)
        lines, total = [], 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint < total + self._hint_slack:
                return lines

    def writelines(self, lines):
        self._check_closed('.')
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_closed('.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __exit__(self, *args):
        self.close()


class StringIO(_Buffer):
    __module__ = '_io'
    _kind = 'StringIO'
    _pad = '\0'
    encoding = None
    errors = None

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._init_buffer('')
        self._newline = newline
        self._seen = 0  # newline kinds met by newline None or '': 1 '\r', 2 '\n', 4 '\r\n'
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_closed(self, period=''):
        # CPython's own methods say "file", the ones StringIO inherits from IOBase "file.".
        if self._closed:
            raise ValueError('I/O operation on closed file' + period)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        newline = self._newline
        if not newline and ('\r' in s or '\n' in s):
            crlf = s.count('\r\n')
            self._seen |= (s.count('\r') > crlf) | (s.count('\n') > crlf) << 1 | (crlf > 0) << 2
            if newline is None:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif newline in ('\r', '\r\n') and '\n' in s:
            s = s.replace('\n', newline)
        if s:
            self._put(s)
        return n

    def getvalue(self):
        self._check_closed()
        return self._joined()

    def read(self, size=-1):
        self._check_closed()
        return self._read(_size_arg(size))

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        pos = self._pos
        if pos >= self._len:
            return ''
        value = self._joined()
        end = self._len if size < 0 else min(self._len, pos + size)
        newline = self._newline
        self._pos = _line_end(value, pos, end, '\n' if newline is None else newline)
        return value[pos:self._pos]

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0 and pos < 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence and pos:
            # CPython says "cur-relative" for end-relative seeks too.
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._len
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._truncate(size)
        return size

    def flush(self):
        # StringIO keeps its own closed flag, which IOBase.flush does not see: never an error.
        pass

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def newlines(self):
        self._check_closed()
        kinds = [nl for bit, nl in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed('.')
        return self


class BytesIO(_Buffer):
    __module__ = '_io'
    _kind = 'BytesIO'
    _pad = b'\0'
    _hint_slack = 1

    def __init__(self, initial_bytes=b''):
        self._init_buffer(b'')
        if initial_bytes is not None:
            self._value = self._bytes(initial_bytes)
            self._len = len(self._value)

    @staticmethod
    def _bytes(b):
        # The bytes-like objects Reap has: bytes, bytearray, memoryview, array.array.
        if isinstance(b, bytes):
            return b
        if isinstance(b, (bytearray, memoryview)) or type(b).__name__ == 'array' and type(b).__module__ == 'array':
            return bytes(b)
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")

    def _check_closed(self, period='.'):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, b):
        self._check_closed()
        b = self._bytes(b)
        if b:
            self._put(b)
        return len(b)

    def getvalue(self):
        self._check_closed()
        return self._joined()

    def getbuffer(self):
        """A writable view of the contents; the stream cannot change size while one is out."""
        self._check_closed()
        if type(self._value) is not bytearray:
            self._value = bytearray(self._joined())
        return memoryview(self._value)

    def _unexported(self):
        # After getbuffer(), the contents are a bytearray: while a view of it is out, resizing
        # it raises CPython's BufferError; once none is, they go back to bytes.
        value = self._value
        if type(value) is bytearray:
            value.append(0)
            value.pop()
            self._value = bytes(value)

    def _joined(self):
        if type(self._value) is bytearray:
            try:
                self._unexported()
            except BufferError:
                return bytes(self._value)
        return super()._joined()

    def _read(self, size):
        return bytes(super()._read(size))

    def _put(self, data):
        self._unexported()
        super()._put(data)

    def _truncate(self, size):
        self._unexported()
        super()._truncate(size)

    def close(self):
        self._unexported()
        super().close()

    def read(self, size=-1):
        self._check_closed()
        return self._read(_size_arg(size))

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        self._check_closed()
        data = self._read(len(buffer))
        for i, byte in enumerate(data):
            buffer[i] = byte
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        pos = self._pos
        if pos >= self._len:
            return b''
        value = self._joined()
        end = self._len if size < 0 else min(self._len, pos + size)
        i = value.find(b'\n', pos, end)
        if i >= 0:
            end = i + 1
        self._pos = end
        return value[pos:end]

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._len + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(f'negative size value {size}')
        self._truncate(size)
        return size

    def flush(self):
        self._check_closed()

    def __iter__(self):
        return self

    def __enter__(self):
        self._check_closed()
        return self


# Text over a binary stream (gzip.open in text mode, subprocess's text pipes).
from _reap_textio import TextIOWrapper
