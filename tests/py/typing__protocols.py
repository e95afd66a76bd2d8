# Protocol classes and runtime_checkable structural checks.
from typing import Protocol, runtime_checkable, TypeVar, Iterable, List, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex

T = TypeVar('T')


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class SizedIter(Protocol):
    def __len__(self) -> int: ...
    def __iter__(self): ...


class Resource:
    def __init__(self):
        self.closed = False

    def close(self) -> None:
        self.closed = True


class Other:
    pass


class NoneClose:
    close = None


print(isinstance(Resource(), Closable), isinstance(Other(), Closable), isinstance(NoneClose(), Closable))
print(issubclass(Resource, Closable), issubclass(Other, Closable), issubclass(NoneClose, Closable))
print(isinstance([], SizedIter), isinstance('abc', SizedIter), isinstance(3, SizedIter))


def shutdown(items: Iterable[Closable]) -> int:
    n = 0
    for it in items:
        it.close()
        n += 1
    return n


rs = [Resource(), Resource()]
print(shutdown(rs), [r.closed for r in rs])


# Attribute (data) members.
@runtime_checkable
class Named(Protocol):
    name: str


class HasName:
    def __init__(self):
        self.name = 'x'


class Later:
    name = 'class-level'


print(isinstance(HasName(), Named), isinstance(Other(), Named), isinstance(Later(), Named))
try:
    issubclass(HasName, Named)
except TypeError as e:
    print(type(e).__name__, e)


# Not runtime-checkable: instance and class checks refuse.
class Drawable(Protocol):
    def draw(self) -> str: ...


class Square:
    def draw(self) -> str:
        return 'square'


def render(d: Drawable) -> str:
    return d.draw()


print(render(Square()))
for check in (lambda: isinstance(Square(), Drawable), lambda: issubclass(Square, Drawable)):
    try:
        check()
    except TypeError as e:
        print(type(e).__name__, e)

# Protocols cannot be instantiated; explicit subclasses can.
try:
    Drawable()
except TypeError as e:
    print(type(e).__name__, e)


class Circle(Drawable):
    def draw(self) -> str:
        return 'circle'


print(Circle().draw(), isinstance(Circle(), Circle), Circle._is_protocol, Drawable._is_protocol)


class Base(Protocol):
    def __init__(self, x):
        self.x = x


class Impl(Base):
    pass


print(Impl(5).x)


# Protocol extension and generic protocols.
@runtime_checkable
class ReadWrite(Closable, Protocol):
    def read(self) -> bytes: ...
    def write(self, data: bytes) -> int: ...


class File:
    def read(self): return b''
    def write(self, data): return len(data)
    def close(self): pass


print(isinstance(File(), ReadWrite), isinstance(Resource(), ReadWrite), isinstance(File(), Closable))


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self) -> int:
        return 1


print(isinstance(IntBox(), Box), isinstance(1, Box))


# A non-protocol base is refused.
try:
    class Bad(Other, Protocol):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    runtime_checkable(Other)
except TypeError as e:
    print(type(e).__name__, e)

try:
    runtime_checkable(Drawable)
    print(isinstance(Square(), Drawable))
except TypeError as e:
    print(type(e).__name__, e)


# The Supports* protocols.
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __index__(self): return 7
    def __abs__(self): return self
    def __round__(self, n=0): return 7
    def __bytes__(self): return b'7'
    def __complex__(self): return 7j


n = Num()
print(isinstance(n, SupportsInt), isinstance(n, SupportsFloat), isinstance(n, SupportsIndex),
      isinstance(n, SupportsAbs), isinstance(n, SupportsRound), isinstance(n, SupportsBytes),
      isinstance(n, SupportsComplex))
print(isinstance(3, SupportsInt), isinstance(3.5, SupportsFloat), isinstance(3, SupportsIndex),
      isinstance('3', SupportsInt), isinstance(Other(), SupportsAbs))
