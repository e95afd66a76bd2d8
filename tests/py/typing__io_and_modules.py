# IO/TextIO/BinaryIO as annotations and bases, module-level annotations and get_type_hints on a
# module, SupportsX in signatures.
import io
import sys
import typing
from typing import IO, TextIO, BinaryIO, List, Optional, SupportsInt, SupportsFloat, AnyStr, get_type_hints

limit: int = 10
names: List[str] = []
ratio: 'float'


def dump(lines: List[str], out: TextIO) -> int:
    for line in lines:
        out.write(line + '\n')
    return len(lines)


def read_all(fp: IO) -> AnyStr:
    return fp.read()


def to_int(x: SupportsInt) -> int:
    return int(x)


def scale(x: SupportsFloat, by: float = 2.0) -> float:
    return float(x) * by


buf = io.StringIO()
print(dump(['a', 'b'], buf), repr(buf.getvalue()))
print(read_all(io.StringIO('text')), to_int(3.9), scale(2))
print(get_type_hints(dump))
print(get_type_hints(read_all))
print(get_type_hints(sys.modules[__name__]))
print(__annotations__)
print(isinstance(buf, TextIO), isinstance(sys.stdout, IO), issubclass(TextIO, IO), issubclass(BinaryIO, IO))
print(TextIO.__mro__, IO.__parameters__)
print(sorted(n for n in ('read', 'write', 'close', 'buffer', 'encoding', 'mode', 'name') if hasattr(TextIO, n)))
print(IO.read.__isabstractmethod__, TextIO.__enter__.__isabstractmethod__)


class MemoryFile(BinaryIO):
    def __init__(self):
        self.data = b''

    def write(self, s):
        self.data += s
        return len(s)


mf = MemoryFile()
print(mf.write(b'xy'), mf.data, isinstance(mf, IO), isinstance(mf, BinaryIO))
