"""io's class hierarchy, for Reap: IOBase, RawIOBase, BufferedIOBase, TextIOBase (abstract
classes that the native file objects, the standard streams and io's in-memory streams are
registered with, so that isinstance tests of file objects answer as in CPython), and
BufferedReader, BufferedWriter and FileIO for wrapping and opening streams by hand.

Made when io first hands one of these names out (io's __getattr__), so `import io` does not
load abc."""

import abc
import io
import sys


class IOBase(metaclass=abc.ABCMeta):
    """The base of every stream."""

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        self._closed = True

    closed = property(lambda self: getattr(self, '_closed', False))

    def fileno(self):
        raise io.UnsupportedOperation('fileno')

    def seek(self, pos, whence=0):
        raise io.UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise io.UnsupportedOperation('truncate')

    def readline(self, size=-1):
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b'\n'):
                break
        return bytes(line)

    def readlines(self, hint=-1):
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    __del__ = io._close_when_dropped


IOBase.__module__ = 'io'


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() and readall() are made of the subclass's readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(io.DEFAULT_BUFFER_SIZE)
            if not chunk:
                if chunk is None and not data:
                    return None
                break
            data += chunk
        return bytes(data)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams. What a subclass does not give is unsupported; readinto() and
    readinto1() are made of its read() and read1()."""

    def read(self, size=-1):
        raise io.UnsupportedOperation('read')

    def read1(self, size=-1):
        raise io.UnsupportedOperation('read1')

    def write(self, b):
        raise io.UnsupportedOperation('write')

    def detach(self):
        raise io.UnsupportedOperation('detach')

    def _read_into(self, b, read):
        view = memoryview(b).cast('B')
        data = read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto(self, b):
        return self._read_into(b, self.read)

    def readinto1(self, b):
        return self._read_into(b, self.read1)


class TextIOBase(IOBase):
    """Text streams: what a subclass does not give is unsupported."""

    def read(self, size=-1):
        raise io.UnsupportedOperation('read')

    def write(self, s):
        raise io.UnsupportedOperation('write')

    def readline(self, size=-1):
        raise io.UnsupportedOperation('readline')

    def truncate(self, pos=None):
        raise io.UnsupportedOperation('truncate')

    def detach(self):
        raise io.UnsupportedOperation('detach')

    encoding = newlines = errors = None


for _cls in (RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'


class _Buffered(BufferedIOBase):
    """A buffered stream over a raw one (anything with read/write/seek), as CPython's."""

    def __init__(self, raw, buffer_size=io.DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._ahead = b''

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def __repr__(self):
        name = type(self).__name__
        try:
            return f'<_io.{name} name={self.name!r}>'
        except AttributeError:
            return f'<_io.{name}>'


class BufferedReader(_Buffered):
    def readable(self):
        return True

    def _fill(self, want):
        while want < 0 or len(self._ahead) < want:
            chunk = self.raw.read(self.buffer_size if want >= 0 else -1)
            if chunk is None and not self._ahead:
                # Nothing there yet (a non-blocking raw stream): None, as CPython gives.
                return True
            if not chunk:
                break
            self._ahead += chunk
            if want < 0:
                continue

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        if self._fill(size):
            return None
        if size < 0:
            data, self._ahead = self._ahead, b''
        else:
            data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def read1(self, size=-1):
        if not self._ahead:
            self._ahead = self.raw.read(self.buffer_size if size < 0 else max(size, 1)) or b''
        return self.read(min(size, len(self._ahead)) if size >= 0 else len(self._ahead))

    def peek(self, size=0):
        if not self._ahead:
            self._fill(max(size, 1))
        return self._ahead

    def readline(self, size=-1):
        line = b''
        while size < 0 or len(line) < size:
            if not self._ahead:
                self._fill(1)
                if not self._ahead:
                    break
            end = self._ahead.find(b'\n')
            take = len(self._ahead) if end < 0 else end + 1
            if size >= 0:
                take = min(take, size - len(line))
            line, self._ahead = line + self._ahead[:take], self._ahead[take:]
            if line.endswith(b'\n'):
                break
        return line

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def tell(self):
        return self.raw.tell() - len(self._ahead)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b''
        return self.raw.seek(pos, whence)


class BufferedWriter(_Buffered):
    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        self._ahead += bytes(data)
        if len(self._ahead) >= self.buffer_size:
            self.flush()
        return len(data)

    def flush(self):
        while self._ahead:
            # A raw stream may take part of what it is given: the rest goes again.
            n = self.raw.write(self._ahead)
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            self._ahead = self._ahead[n:]
        flush = getattr(self.raw, 'flush', None)
        if flush is not None:
            flush()

    def tell(self):
        return self.raw.tell() + len(self._ahead)

    def seek(self, pos, whence=0):
        self.flush()
        return self.raw.seek(pos, whence)


class BufferedRandom(BufferedReader):
    """Reading and writing over one raw stream: a write first gives back what was read ahead."""

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        if self._ahead:
            self.raw.seek(-len(self._ahead), 1)
            self._ahead = b''
        return self.raw.write(bytes(data))

    def flush(self):
        flush = getattr(self.raw, 'flush', None)
        if flush is not None:
            flush()

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        self.seek(pos)
        return self.raw.truncate(pos)


class BufferedRWPair(BufferedIOBase):
    """Two raw streams, one read and one written, as one (a pipe's two ends)."""

    def __init__(self, reader, writer, buffer_size=io.DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise io.UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise io.UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto(self, buffer):
        return self.reader.readinto(buffer)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, data):
        return self.writer.write(data)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


class FileIO(RawIOBase):
    """A file opened without buffering: reads and writes go straight to the file."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if not isinstance(mode, str) or any(c not in 'rwxab+' for c in mode):
            raise ValueError(f'invalid mode: {mode}')
        self._file = open(file, mode.replace('b', '') + 'b', buffering=0, closefd=closefd)
        self.name = file
        self.mode = self._file.mode

    @property
    def closed(self):
        return self._file.closed

    def __getattr__(self, name):
        return getattr(self._file, name)

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return True

    def read(self, size=-1):
        return self._file.read(size)

    def readall(self):
        return self._file.read()

    def readline(self, size=-1):
        return self._file.readline(size)

    def write(self, data):
        n = self._file.write(data)
        self._file.flush()
        return n

    def close(self):
        self._file.close()

    def __repr__(self):
        return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd=True>'


for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, FileIO):
    _cls.__module__ = '_io'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n as text is decoded piece by piece (universal newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self._seen |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        buf, flag = (b'', 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | int(self._pendingcr)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self._seen]


# What Reap's own streams are, as CPython's classes would have them.
import _reap_os

TextIOBase.register(_reap_os.text_file_type)
BufferedReader.register(_reap_os.binary_reader_type)
BufferedWriter.register(_reap_os.binary_writer_type)
BufferedRandom.register(_reap_os.binary_random_type)
FileIO.register(_reap_os.raw_file_type)
TextIOBase.register(type(sys.__stdout__))
BufferedReader.register(type(sys.__stdin__.buffer))
BufferedWriter.register(type(sys.__stdout__.buffer))
TextIOBase.register(io.StringIO)
TextIOBase.register(io.TextIOWrapper)
BufferedIOBase.register(io.BytesIO)
