"""Functions that read and write gzipped files.

The user of the file doesn't have to worry about the compression,
but random access is not allowed."""

# gzip for Reap, written on top of zlib and io (RFC 1952): GzipFile reads a stream of members
# one after another (each checked against its CRC-32 and length) and writes one member;
# compress() and decompress() do the same in one call. Messages, modes and the header written
# (the name, the given mtime, XFL and OS 255) are CPython 3.11's, so output is the same for the
# same mtime except for the deflate data in between, which comes from Reap's zlib.

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_CHUNK = io.DEFAULT_BUFFER_SIZE
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes object), or
    an existing file object to read from or write to.

    The mode argument can be "r", "rb", "w", "wb", "x", "xb", "a" or "ab" for
    binary mode, or "rt", "wt", "xt" or "at" for text mode. The default mode is
    "rb", and the default compresslevel is 9.

    For binary mode, this function is equivalent to the GzipFile constructor:
    GzipFile(filename, mode, compresslevel). In this case, the encoding, errors
    and newline arguments must not be provided.

    For text mode, a GzipFile object is created, and wrapped in an
    io.TextIOWrapper instance with the specified encoding, error handling
    behavior, and line ending(s).
    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary


def _xfl(compresslevel):
    """The header's XFL byte: 2 for the best compression, 4 for the fastest."""
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(compresslevel, mtime, fname=b""):
    """A member's header: no extra field or comment, the OS unknown (255)."""
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    # struct's checks: an mtime out of 32 bits is CPython's struct.error.
    head = b"\x1f\x8b\x08" + bytes([flags]) + struct.pack("<L", int(mtime))
    head += bytes([_xfl(compresslevel), 255])
    return head + fname + b"\0" if fname else head


def _u32(data):
    return int.from_bytes(data, "little")


class _Input:
    """The compressed bytes of a file object, with bytes read ahead put back in front."""

    def __init__(self, fp):
        self.fp = fp
        self.ahead = b""

    def read(self, n):
        """Up to n bytes (fewer only at the end of the file)."""
        data, self.ahead = self.ahead[:n], self.ahead[n:]
        while len(data) < n:
            more = self.fp.read(n - len(data))
            if not more:
                break
            data += more
        return data

    def read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError(_TRUNCATED)
        return data

    def chunk(self):
        """What is read ahead, else the next chunk of the file (b'' at its end)."""
        data, self.ahead = self.ahead, b""
        return data or self.fp.read(_CHUNK)

    def unread(self, data):
        self.ahead = data + self.ahead


def _skip_header(inp):
    """Reads a member's header; its mtime, or None at the end of the stream."""
    magic = inp.read(2)
    if magic == b"":
        return None
    if magic != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    fixed = inp.read_exact(8)
    method, flags, mtime = fixed[0], fixed[1], _u32(fixed[2:6])
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        inp.read_exact(_u32(inp.read_exact(2)))
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            # A zero-terminated string, which may also end with the file.
            while inp.read(1) not in (b"", b"\0"):
                pass
    if flags & FHCRC:
        inp.read_exact(2)
    return mtime


class _Members:
    """Decompresses the members of a gzip stream, one after another, checking each one's
    trailer when the data that follows it is asked for."""

    def __init__(self, fp):
        self.input = _Input(fp)
        self.inflater = None   # the current member's; None between members
        self.crc = 0
        self.size = 0
        self.last_mtime = None
        self.eof = False

    def _end_member(self):
        trailer = self.input.read_exact(8)
        crc, isize = _u32(trailer[:4]), _u32(trailer[4:])
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if isize != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        # Members may be followed by zeros (padding of tape blocks).
        while True:
            c = self.input.read(1)
            if c != b"\0":
                if c:
                    self.input.unread(c)
                break

    def read(self, size):
        """Some bytes, at most size, b'' at the end of the stream."""
        while not self.eof:
            if self.inflater is None:
                mtime = _skip_header(self.input)
                if mtime is None:
                    self.eof = True
                    break
                self.last_mtime = mtime
                self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc, self.size = 0, 0
            if self.inflater.eof:
                self.input.unread(self.inflater.unused_data)
                self.inflater = None
                self._end_member()
                continue
            chunk = self.input.chunk()
            if not chunk:
                raise EOFError(_TRUNCATED)
            data = self.inflater.decompress(chunk, size)
            # At the member's end what follows it is in unused_data, taken above.
            if not self.inflater.eof:
                self.input.unread(self.inflater.unconsumed_tail)
            if data:
                self.crc = zlib.crc32(data, self.crc)
                self.size += len(data)
                return data
        return b""


class GzipFile:
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method.

    This class only supports opening files in binary mode. If you need to open a
    compressed file in text mode, use the gzip.open() function.
    """

    # The file GzipFile opened itself (and closes), if it was given a name.
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self._buffer = b""  # decompressed bytes read ahead (read mode)
        self._pos = 0       # offset in the decompressed stream
        if mode.startswith("r"):
            self.mode = READ
            self._members = _Members(fileobj)
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if given_mode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self.crc = 0
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            fileobj.write(_header(compresslevel, mtime, self._header_name()))

    def _header_name(self):
        # RFC 1952 wants the name in Latin-1: a name that is not goes unnamed.
        name = os.path.basename(self.name)
        try:
            if not isinstance(name, bytes):
                name = name.encode("latin-1")
        except UnicodeEncodeError:
            return b""
        return name[:-3] if name.endswith(b".gz") else name

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        members = getattr(self, "_members", None)
        return members.last_mtime if members is not None else None

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _only(self, mode, what):
        if self.mode != mode:
            import errno
            kind = "write-only" if mode == READ else "read-only"
            raise OSError(errno.EBADF, f"{what}() on {kind} GzipFile object")

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        """Invoke the underlying file object's fileno() method."""
        return self.fileobj.fileno()

    def isatty(self):
        return False

    # ---- Writing ---------------------------------------------------------------------------

    def write(self, data):
        self._check_not_closed()
        self._only(WRITE, "write")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            if isinstance(data, str) or not hasattr(data, "tobytes"):
                raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                                % type(data).__name__)
            data = data.tobytes()
        if data:
            self.fileobj.write(self.compress.compress(data))
            self.size += len(data)
            self.crc = zlib.crc32(data, self.crc)
            self.offset += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write((self.crc & 0xFFFFFFFF).to_bytes(4, "little"))
                fileobj.write((self.size & 0xFFFFFFFF).to_bytes(4, "little"))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        # io.IOBase's check, whose message ends with a period (gzip's own do not).
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        # As io.IOBase's: an unclosed file is finished when it goes.
        try:
            self.close()
        except Exception:
            pass

    # ---- Reading ---------------------------------------------------------------------------

    def _fill(self, size=_CHUNK):
        """Reads more decompressed data into the buffer; False at the end."""
        data = self._members.read(max(size, _CHUNK))
        self._buffer += data
        return bool(data)

    def _take(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._check_not_closed()
        self._only(READ, "read")
        if size is None or size < 0:
            parts = [self._buffer]
            while True:
                data = self._members.read(64 * 1024)
                if not data:
                    break
                parts.append(data)
            self._buffer = b"".join(parts)
            return self._take(len(self._buffer))
        while len(self._buffer) < size and self._fill(size - len(self._buffer)):
            pass
        return self._take(size)

    def read1(self, size=-1):
        """Reads up to a buffer's worth of data if size is negative."""
        self._check_not_closed()
        self._only(READ, "read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buffer and size:
            self._fill(size)
        return self._take(size)

    def peek(self, n):
        self._check_not_closed()
        self._only(READ, "peek")
        if not self._buffer:
            self._fill()
        return self._buffer

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0 and (size < 0 or end < size):
                return self._take(end + 1)
            if 0 <= size <= len(self._buffer):
                return self._take(size)
            if not self._fill():
                return self._take(len(self._buffer))

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

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file"""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._members = _Members(self.fileobj)
        self._buffer = b""
        self._pos = 0

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            for _ in range(count // 1024):
                self.write(b"\0" * 1024)
            self.write(b"\0" * (count % 1024))
            return self.offset
        self._check_not_closed()
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            self.read()
            offset += self._pos
        elif whence != io.SEEK_SET:
            raise ValueError("whence value {} unsupported".format(whence))
        if offset < self._pos:
            self.rewind()
        # Forward by reading (and dropping) what comes before the offset.
        while self._pos < offset:
            if not self.read(min(offset - self._pos, 64 * 1024)):
                break
        return self._pos

    def tell(self):
        self._check_not_closed()
        return self.offset if self.mode == WRITE else self._pos


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.
    mtime can be used to set the modification time. The modification time is
    set to the current time by default.
    """
    if mtime == 0:
        # zlib's own gzip header has a zero mtime (and zlib's XFL and OS bytes).
        return zlib.compress(data, level=compresslevel, wbits=31)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    trailer = zlib.crc32(data).to_bytes(4, "little") + (len(data) & 0xFFFFFFFF).to_bytes(4, "little")
    return _header(compresslevel, mtime) + body + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    members = []
    while True:
        inp = _Input(io.BytesIO(data))
        if _skip_header(inp) is None:
            return b"".join(members)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(inp.ahead + inp.fp.read())
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        trailer = d.unused_data[:8]
        if _u32(trailer[:4]) != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if _u32(trailer[4:]) != len(out) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\x00")
