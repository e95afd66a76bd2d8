# os.scandir / DirEntry, os.fsencode / fsdecode, os.fspath, os.PathLike and os.path.lexists.
import os
import tempfile
import shutil

root = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(root, 'sub'))
    for name in ('a.txt', 'b.py', os.path.join('sub', 'inner.txt')):
        with open(os.path.join(root, name), 'w') as f:
            f.write('x')

    # Typical use: a with statement and a loop over the entries.
    with os.scandir(root) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        print(entry.name, entry.path == os.path.join(root, entry.name), entry.is_dir(), entry.is_file())
    print([repr(e) for e in entries])
    print(type(entries[0]).__name__, isinstance(entries[0], os.DirEntry))
    print(os.fspath(entries[0]) == entries[0].path)

    # Only the files, the way the docs show it.
    print(sorted(e.name for e in os.scandir(root) if not e.name.startswith('.') and e.is_file()))

    # The path joins like CPython's: trailing slash kept once, relative paths stay relative.
    print(sorted(e.path[len(root):] for e in os.scandir(root + '/')))
    cwd_names = sorted(e.path for e in os.scandir() if e.name.endswith('__scandir_fs.py'))
    print(cwd_names)
    print(sorted(e.path for e in os.scandir('.') if e.name.endswith('__scandir_fs.py')))

    # bytes in, bytes out
    bentries = sorted(os.scandir(os.fsencode(root)), key=lambda e: e.name)
    print([e.name for e in bentries], type(bentries[0].path).__name__, bentries[2].is_dir())

    # A walk built on scandir.
    def walk(top):
        for entry in sorted(os.scandir(top), key=lambda e: e.name):
            if entry.is_dir():
                yield from walk(entry.path)
            else:
                yield os.path.relpath(entry.path, root) if hasattr(os.path, 'relpath') else entry.path[len(root) + 1:]
    print(list(walk(root)))

    # Iterators can be closed early; a closed one is exhausted.
    it = os.scandir(root)
    next(it)
    it.close()
    print(list(it))

    # Errors
    for bad in (os.path.join(root, 'missing'), os.path.join(root, 'a.txt')):
        try:
            os.scandir(bad)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
    try:
        os.DirEntry()
    except TypeError as e:
        print('TypeError', e)
    try:
        os.scandir(42.0)
    except TypeError as e:
        print('TypeError', e)

    # lexists
    print(os.path.lexists(root), os.path.lexists(os.path.join(root, 'a.txt')),
          os.path.lexists(os.path.join(root, 'nope')), os.path.lexists(os.path.join(root, 'nope', 'x')))
finally:
    shutil.rmtree(root)
print(os.path.exists(root), os.path.lexists(root))

# fsencode / fsdecode
print(os.fsencode('plain'), os.fsencode('é/ü'), os.fsencode(b'raw'))
print(os.fsdecode(b'plain'), os.fsdecode('é'.encode()), os.fsdecode('str'))
for bad in (None, 3):
    try:
        os.fsencode(bad)
    except TypeError as e:
        print('TypeError', e)


# fspath and PathLike
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('from obj')), os.fsencode(P('x')), os.fsdecode(P(b'y')))
for bad in (1, None, P(5)):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(P('a'), os.PathLike), issubclass(P, os.PathLike), isinstance('a', os.PathLike))
print(os.PathLike.__module__, os.PathLike.__name__, os.PathLike[str])


class Sub(os.PathLike):
    def __fspath__(self):
        return '/sub'


print(os.fspath(Sub()), isinstance(Sub(), os.PathLike))
try:
    class Abstract(os.PathLike):
        pass
    Abstract()
except TypeError as e:
    print('TypeError', e)
