"""io, written in Python for Reap: open (the builtin itself, as in CPython) and StringIO."""

from builtins import open


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        self._value = initial_value
        self._pos = 0
        self.closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._value = self._value[:self._pos] + s + self._value[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def getvalue(self):
        return self._value

    def read(self, size=-1):
        if size is None or size < 0:
            result = self._value[self._pos:]
        else:
            result = self._value[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def readline(self):
        end = self._value.find("\n", self._pos)
        end = len(self._value) if end < 0 else end + 1
        result = self._value[self._pos:end]
        self._pos = end
        return result

    def readlines(self):
        return list(self)

    def seek(self, pos, whence=0):
        self._pos = pos
        return pos

    def tell(self):
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._value = self._value[:size]
        return size

    def close(self):
        self.closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class BytesIO:
    def __init__(self, initial_bytes=b""):
        self._value = bytes(initial_bytes)
        self._pos = 0
        self.closed = False

    def write(self, b):
        b = bytes(b)
        self._value = self._value[:self._pos] + b + self._value[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def getvalue(self):
        return self._value

    def read(self, size=-1):
        if size is None or size < 0:
            result = self._value[self._pos:]
        else:
            result = self._value[self._pos:self._pos + size]
        self._pos += len(result)
        return result

    def seek(self, pos, whence=0):
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._value)
        self._pos = pos
        return pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
