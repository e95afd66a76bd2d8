# pathlib's pure paths: construction, components, joining, the with_* and relative_to
# methods, match(), comparison and hashing (PurePosixPath; Windows rules are in
# pathlib__windows).
import os
import copy
from pathlib import PurePath, PurePosixPath, PureWindowsPath

# Construction: pieces are joined, '.' and repeated slashes vanish, '..' stays.
p = PurePath('setup.py')
print(type(p).__name__, repr(p), str(p))
print(PurePath('foo', 'some/path', 'bar'))
print(PurePath(PurePosixPath('foo'), PurePosixPath('bar')))
print(repr(PurePath()), repr(PurePath('')), repr(PurePath('.')), repr(PurePath('./.')))
print(PurePosixPath('foo//bar'), PurePosixPath('foo/./bar'), PurePosixPath('foo/../bar'))
print(PurePosixPath('/etc', '/usr', 'lib64'))
print(PurePosixPath('//etc'), PurePosixPath('///etc'), PurePosixPath('////etc/'))
print(PurePosixPath('a/b/'), PurePosixPath('/'), PurePosixPath('//'), PurePosixPath('///'))


class Sub(str):
    pass


print(repr(PurePosixPath(Sub('x/y'))), type(PurePosixPath(Sub('x')).parts[0]).__name__)

# Components.
p = PurePosixPath('/usr/bin/python3')
print(p.parts, p.drive, repr(p.root), p.anchor)
print(PurePosixPath('//host/share').parts, PurePosixPath('a/b').parts, PurePosixPath().parts)
print(p.parent, p.parent.parent, PurePosixPath('/').parent, PurePosixPath('.').parent)
print(PurePosixPath('foo/..').parent, PurePosixPath('a').parent)
print(list(p.parents), len(p.parents), repr(p.parents))
ps = PurePosixPath('/a/b/c/d').parents
print(ps[0], ps[1], ps[-1], ps[-2], ps[1:3], ps[::2], ps[::-1], ps[-3:])
print(list(PurePosixPath('a/b/c').parents), PurePosixPath('a/b') in PurePosixPath('a/b/c').parents)
print(ps.index(PurePosixPath('/a')), ps.count(PurePosixPath('/a/b')), list(reversed(ps)))
for bad in (4, -5, 100):
    try:
        ps[bad]
    except IndexError as e:
        print('IndexError', e)

for s in ['my/library/setup.py', 'my/library.tar.gz', 'my/library', 'lib.', '.bashrc',
          '..', '/', '', 'a/.hidden.txt', 'x..y', 'archive.tar.', 'v1.2.3.tgz', '...a']:
    q = PurePosixPath(s)
    print(repr(s), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem))

# with_name, with_stem, with_suffix.
p = PurePosixPath('/Downloads/pathlib.tar.gz')
print(p.with_name('setup.py'), p.with_stem('lib'), p.with_suffix('.bz2'))
print(PurePosixPath('README').with_suffix('.txt'), PurePosixPath('README.txt').with_suffix(''))
print(PurePosixPath('a/b.c').with_suffix('.d.e'), PurePosixPath('..').with_suffix('.x'))
print(PurePosixPath('a/.hidden').with_suffix('.x'), PurePosixPath('a.b').with_stem(''))
print(PurePosixPath('a/b').with_name('..'), PurePosixPath('a/b').with_name('c\\d'))

# relative_to and is_relative_to.
p = PurePosixPath('/etc/passwd')
print(p.relative_to('/'), p.relative_to('/etc'), p.relative_to('/', 'etc'), p.relative_to(p))
print(PurePosixPath('a/b/c').relative_to('a'), PurePosixPath('a/b').relative_to(''))
print(p.is_relative_to('/etc'), p.is_relative_to('/usr'), p.is_relative_to('etc'))
print(PurePosixPath('/').relative_to('/'), PurePosixPath('//a/b').relative_to('//a'))

# Joining.
p = PurePosixPath('/etc')
print(p / 'init.d' / 'apache2', '/usr' / PurePosixPath('bin'), p / '/usr')
print(p.joinpath('passwd'), p.joinpath(PurePosixPath('passwd')), p.joinpath('init.d', 'x'))
print(p.joinpath(), p / '' / '.', 'a' / PurePosixPath('/b'), PurePosixPath('a') / PurePosixPath('b'))

# match: from the right, unless the pattern is absolute.
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'),
                  ('/a.py', '/*.py'), ('a/b.py', '/*.py'), ('a/b/c.py', '**/*.py'),
                  ('b.py', '*.PY'), ('a/b', 'a/b/c'), ('/a/b', '/a'), ('a.txt', '?.txt'),
                  ('x/[ab].txt', '[[]ab].txt'), ('b.txt', '[!a].txt'), ('//a/b', '//a/*'),
                  ('/a/b', '//a/b')]:
    print(path, pat, PurePosixPath(path).match(pat))

# The other methods.
p = PurePosixPath('/etc/passwd')
print(p.as_posix(), p.is_absolute(), PurePosixPath('a/b').is_absolute(), p.is_reserved())
print(p.as_uri(), PurePosixPath('/a b/%c/é').as_uri(), PurePosixPath('//host/x').as_uri())
print(os.fspath(p), p.__fspath__(), p.__bytes__(), os.fsencode(p), str(p) == os.fspath(p))

# Comparison, hashing, sorting, pickling.
a, b = PurePosixPath('a/b'), PurePosixPath('a//b/')
print(a == b, a == 'a/b', a != PurePosixPath('A/B'), hash(a) == hash(b), len({a, b}))
print(PurePosixPath('a') < PurePosixPath('b'), PurePosixPath('a/b') > PurePosixPath('a'))
print(PurePosixPath('a') <= PurePosixPath('a'), PurePosixPath('/z') >= PurePosixPath('a'))
print(sorted([PurePosixPath(s) for s in ['b', 'a/c', '/z', 'a', 'a/b', '/a']]))
print(PurePosixPath('a') == PureWindowsPath('a'), {PurePosixPath('x'): 1}[PurePosixPath('x')])
print(copy.copy(PurePosixPath("/a/b")) == PurePosixPath("/a/b"), repr(copy.deepcopy(PurePosixPath("x/y"))))
print(p.__reduce__())
print(isinstance(p, os.PathLike), isinstance(p, PurePath), issubclass(PurePosixPath, PurePath))


class MyPath(PurePosixPath):
    pass


m = MyPath('a', 'b')
print(repr(m), repr(m / 'c'), repr(m.parent), repr(m.parents[0]), repr('z' / m))
