# PureWindowsPath: drives, roots and anchors as 3.11 splits them, UNC shares, both slashes,
# case-insensitive comparison and matching, reserved names, URIs; WindowsPath is refused.
from pathlib import Path, PurePosixPath, PureWindowsPath, WindowsPath

P = PureWindowsPath

for s in ['c:/Windows', 'c:\\Program Files\\', 'c:', 'c:a\\b', '\\a\\b', '/', 'a/b',
          '//server/share', '//server/share/dir/file.txt', '\\\\server\\share\\',
          '//server', '//server/', '///x', '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\shr\\f',
          '\\\\.\\device\\x', 'C:/A/./B/../c', 'z:/', '1:/x', 'c::x', '', '.']:
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, (p.drive, p.root, p.anchor), p.is_absolute())

# Joining: a new drive starts afresh, a root keeps the drive, the same drive continues.
print(P('c:/Windows', 'd:bar'), P('c:/Windows', '/Program Files'), P('c:/a', 'C:b'))
print(P('c:', 'a'), P('c:', '/', 'a'), P('a', 'c:', '/b'), P('c:a', 'd:/b', 'e:'))
print(P('//srv/shr', 'x', '/y'), P('c:/x') / 'D:y', P('c:/x') / '//srv/shr/z')
print(P('c:/x') / PurePosixPath('a/b'), 'c:' / P('x'), P('c:/a').joinpath('b', 'c'))

# Components.
p = P('c:/Program Files/Python/python.exe')
print(p.name, p.suffix, p.stem, p.parent, list(p.parents), p.parents[-1])
print(P('c:').parent, P('c:/').parent, P('c:a').parent, P('//srv/shr/').parent)
print(P('c:/a.b/').name, P('c:').name, repr(P('//srv/shr').name), P('c:foo.tar.gz').suffixes)
print(p.as_posix(), repr(P('c:\\a')), P('c:/a').with_name('b.txt'), P('c:/a.x').with_suffix('.y'))

# Case-insensitive equality, hashing, ordering, relative_to and match.
print(P('C:/Users') == P('c:/users'), hash(P('C:/A')) == hash(P('c:/a')), P('a') < P('B'))
print(P('C:/Users/Me/x').relative_to('c:/users'), P('c:/').relative_to('c:'))
print(P('c:/a').is_relative_to('C:/'), P('c:/a').is_relative_to('/'), P('c:a').is_relative_to('c:'))
print(P('b.PY').match('*.py'), P('C:/a/B.txt').match('c:/A/*'), P('c:/a/b').match('d:/*/*'))
print(P('c:/a/b').match('/a/b'), P('//srv/shr/a').match('//SRV/shr/*'), P('a/b').match('A/*'))

# Reserved names (outside UNC paths) and URIs.
for s in ['nul', 'NUL.txt', 'c:/a/con', 'aux:stream', 'com1 ', 'lpt9.x.y', 'com10', 'a/nul/b',
          '//srv/shr/nul', 'conin$', 'a']:
    print(s, P(s).is_reserved())
print(P('c:/a/b c').as_uri(), P('//srv/shr/f é').as_uri())

# Errors.
for f in [lambda: P('c:').with_suffix('.x'), lambda: P('c:/a').with_name('d:e'),
          lambda: P('c:/a').with_name('x/'), lambda: P('c:/a').with_suffix('.a\\b'),
          lambda: P('c:/a').with_suffix('.a/b'), lambda: P('c:/a').relative_to('d:/'),
          lambda: P('c:a').as_uri(), lambda: P('/a').as_uri(), lambda: P('c:/a') < PurePosixPath('a'),
          lambda: P('c:/a').match(''), lambda: WindowsPath('x'), lambda: P(b'x')]:
    try:
        print(f())
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(type(Path('x')).__name__)
