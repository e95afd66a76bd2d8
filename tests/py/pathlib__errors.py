# pathlib's errors: CPython's messages for bad names, suffixes, arguments and patterns, and the
# OSErrors of the file-system methods (file names printed relative to the temporary folder).
import os
import tempfile
import warnings
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

top = None


def show(f):
    try:
        result = f()
        if hasattr(result, '__next__'):
            result = sorted(result)
        print('->', repr(result))
    except OSError as e:
        name = e.filename
        if isinstance(name, str) and top is not None and name.startswith(top):
            name = '$TMP' + name[len(top):]
        print(type(e).__name__, e.errno, e.strerror, repr(name))
    except (ValueError, TypeError, IndexError, NotImplementedError, RuntimeError,
            AttributeError) as e:
        print(type(e).__name__, e)


P = PurePosixPath
print('-- pure')
show(lambda: P('/').with_name('x'))
show(lambda: P('').with_name('x'))
show(lambda: P('a/..').with_name('x'))
show(lambda: P('a').with_name(''))
show(lambda: P('a').with_name('.'))
show(lambda: P('a').with_name('b/c'))
show(lambda: P('a').with_name('/b'))
show(lambda: P('a').with_name('b/'))
show(lambda: P('a').with_name(3))
show(lambda: P('a').with_stem(''))
show(lambda: P('a.txt').with_stem('b/c'))
show(lambda: P('/').with_stem('x'))
show(lambda: P('a').with_suffix('txt'))
show(lambda: P('a').with_suffix('.'))
show(lambda: P('a').with_suffix('./'))
show(lambda: P('a').with_suffix('/.x'))
show(lambda: P('/').with_suffix('.x'))
show(lambda: P('.').with_suffix('.x'))
show(lambda: P('a/b').relative_to('c'))
show(lambda: P('/a/b').relative_to('a'))
show(lambda: P('a/b').relative_to('/a'))
show(lambda: P('/a/b').relative_to('/a/b/c'))
show(lambda: P('/a').relative_to(''))
show(lambda: P('/a').relative_to())
show(lambda: P('a').relative_to(3))
show(lambda: P('a').is_relative_to('b', 'c'))
show(lambda: P(3))
show(lambda: P(None))
show(lambda: P('a', b'b'))
show(lambda: P('a') / 3)
show(lambda: 3 / P('a'))
show(lambda: P('a') / None)
show(lambda: P('a').joinpath(b'x'))
show(lambda: P('a') < 'b')
show(lambda: P('a') >= PureWindowsPath('a'))
show(lambda: P('a').match(''))
show(lambda: P('a').match('/'))
show(lambda: P('a').as_uri())
show(lambda: P('a/b').parents[2])
show(lambda: P('/a/b').parents[-3])
show(lambda: P('a').parents['0'])
show(lambda: PurePath('a').drive.x)
show(lambda: hash(P('a')) == hash(P('a/')))

print('-- patterns')
show(lambda: Path('.').glob(''))
show(lambda: Path('.').glob('/abs/*'))
show(lambda: Path('.').glob('a**b'))
show(lambda: Path('.').glob('x/**y/*'))
show(lambda: Path('.').rglob('/x'))
show(lambda: Path('.').rglob('**x'))
show(lambda: Path('.').glob(3))


class MyPath(Path):
    pass


show(lambda: MyPath('x'))

print('-- files')
with tempfile.TemporaryDirectory() as tmp:
    top = str(Path(tmp).resolve())
    base = Path(top)
    f = base / 'file.txt'
    f.write_text('data')
    d = base / 'dir'
    d.mkdir()
    (d / 'inner').write_text('x')
    missing = base / 'missing'
    show(lambda: d.mkdir())
    show(lambda: d.mkdir(parents=True))
    show(lambda: f.mkdir(exist_ok=True))
    show(lambda: f.mkdir(parents=True, exist_ok=True))
    show(lambda: (missing / 'x').mkdir())
    show(lambda: (f / 'x').mkdir(parents=True))
    show(lambda: missing.rmdir())
    show(lambda: d.rmdir())
    show(lambda: f.rmdir())
    show(lambda: missing.unlink())
    show(lambda: missing.unlink(missing_ok=True))
    show(lambda: d.unlink())
    show(lambda: missing.read_text())
    show(lambda: missing.read_bytes())
    show(lambda: d.read_text())
    show(lambda: (missing / 'x').write_text('x'))
    show(lambda: f.write_text(b'bytes'))
    show(lambda: f.write_text(3))
    show(lambda: f.write_bytes('text'))
    show(lambda: f.write_bytes(3))
    show(lambda: list(missing.iterdir()))
    show(lambda: list(f.iterdir()))
    show(lambda: f.touch(exist_ok=False))
    show(lambda: (missing / 'x').touch())
    show(lambda: missing.open())
    show(lambda: missing.resolve(strict=True))
    show(lambda: (missing / 'a' / '..').resolve(strict=True).name)
    show(lambda: missing.resolve().name)
    show(lambda: (f / 'x').exists())
    show(lambda: (f / 'x').is_dir())
    show(lambda: (f / 'x').is_file())
    show(lambda: missing.is_symlink())
    show(lambda: list(missing.glob('*')))
    show(lambda: list(f.rglob('*')))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        with f as same:
            print(same is f)
    print([(w.category.__name__, str(w.message)) for w in caught])
print(os.path.exists(top))
