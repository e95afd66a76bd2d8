# pathlib's Path in a temporary directory: making and removing files and directories, reading
# and writing, listing and globbing (sorted: the order follows os.scandir), renaming, and
# cwd/home/absolute/resolve/expanduser.  Paths are printed relative to the temporary folder.
import os
import tempfile
from pathlib import Path, PosixPath, PurePath

print(type(Path('a')).__name__, isinstance(Path('a'), PurePath), repr(Path('a', 'b')))

with tempfile.TemporaryDirectory() as tmp:
    top = Path(tmp).resolve()

    def rel(p):
        return p.relative_to(top).as_posix()

    def show(paths):
        return sorted(rel(p) for p in paths)

    # Writing and reading.
    f = top / 'notes.txt'
    print(f.exists(), f.is_file(), f.write_text('hello\nworld\n'), f.exists(), f.is_file())
    print(repr(f.read_text()), f.read_bytes(), f.is_dir(), f.is_symlink())
    print(f.write_bytes(b'\x00\xffbin'), f.read_bytes())
    print(f.write_text('caf\u00e9', encoding='utf-8'), f.read_bytes(), f.read_text(encoding='utf-8'))
    print(f.write_text('a\nb\n', newline='\r\n'), f.read_bytes())
    print(f.write_bytes(bytearray(b'xyz')), f.read_text())
    with f.open('w') as fh:
        fh.write('line 1\nline 2\n')
    with f.open() as fh:
        print(fh.readlines())
    with f.open('a') as fh:
        fh.write('line 3\n')
    with f.open('rb') as fh:
        print(fh.read())

    # Directories.
    d = top / 'a' / 'b' / 'c'
    d.mkdir(parents=True)
    print(d.is_dir(), d.exists(), d.is_file(), rel(d))
    d.mkdir(exist_ok=True)
    (top / 'a').mkdir(parents=True, exist_ok=True)
    (top / 'e').mkdir()
    for name in ['a/one.py', 'a/two.py', 'a/b/three.py', 'a/b/c/four.txt', 'a/.hidden.py',
                 'top.py', 'e/x.tar.gz']:
        (top / name).touch()
    print(show(top.iterdir()))
    print(show((top / 'a').iterdir()), list((top / 'e').iterdir())[0].name)

    # glob and rglob.
    for pat in ['*', '*.py', 'a/*.py', '*/*', '**', '**/*.py', 'a/**/*.txt', '*/', '**/',
                'a/b', 'a/?/*', '[at]*', 'missing/*', 'a/b/c/four.txt', '**/c', '.', 'a/..']:
        try:
            print('glob', repr(pat), show(top.glob(pat)))
        except IndexError as e:
            print('glob', repr(pat), 'IndexError', e)
    for pat in ['*.py', '*.txt', 'c', '*/', '', 'b/*.py', '.*']:
        print('rglob', repr(pat), show(top.rglob(pat)))
    print(show((top / 'notes.txt').glob('*')), show((top / 'missing').rglob('*')))
    print(sorted(p.name for p in (top / 'a').glob('*')))

    # touch, unlink, rmdir.
    t = top / 'new.txt'
    t.touch()
    print(t.exists(), t.read_text() == '')
    t.write_text('kept')
    t.touch()
    t.touch(exist_ok=True)
    print(t.read_text())
    t.unlink()
    print(t.exists())
    t.unlink(missing_ok=True)
    (top / 'e' / 'x.tar.gz').unlink()
    (top / 'e').rmdir()
    print((top / 'e').exists())

    # rename and replace give the new path.
    src = top / 'src.txt'
    src.write_text('payload')
    moved = src.rename(top / 'dst.txt')
    print(type(moved).__name__, rel(moved), src.exists(), moved.read_text())
    other = top / 'other.txt'
    other.write_text('old')
    back = moved.replace(other)
    print(rel(back), back.read_text(), moved.exists())
    (top / 'dir1').mkdir()
    (top / 'dir1').rename(top / 'dir2')
    print((top / 'dir1').exists(), (top / 'dir2').is_dir())

    # cwd, home, absolute, resolve, expanduser.
    print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), type(Path.cwd()).__name__)
    print(Path('x/y').absolute() == Path.cwd() / 'x' / 'y', top.absolute() == top)
    print(Path('x/../y').absolute().parts[-3:] == ('x', '..', 'y'))
    print(Path('x/../y').resolve() == Path.cwd() / 'y', Path().resolve() == Path.cwd())
    print(rel((top / 'a' / 'b' / '..' / 'one.py').resolve()), rel((top / '.' / 'a').resolve(strict=True)))
    print(Path('~').expanduser() == Path.home(), Path('~/docs').expanduser() == Path.home() / 'docs')
    print(Path('/~/x').expanduser(), Path('x/~').expanduser(), Path.home().is_absolute())
    print(Path('~').expanduser().is_absolute(), PosixPath('~').home() == Path.home())

    # Paths work wherever the os functions take a path.
    print(sorted(os.listdir(top / 'a')), os.path.isdir(top / 'a'), os.path.exists(top / 'zz'))
    with open(top / 'notes.txt') as fh:
        print(fh.read().count('line'))
print(top.exists())
