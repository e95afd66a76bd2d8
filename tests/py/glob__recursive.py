# '**' with recursive=True, include_hidden and root_dir.
import glob
import os
import shutil
import tempfile

top = tempfile.mkdtemp()


def make(*paths):
    for p in paths:
        full = os.path.join(top, p)
        if p.endswith('/'):
            os.makedirs(full, exist_ok=True)
        else:
            os.makedirs(os.path.dirname(full), exist_ok=True)
            open(full, 'w').close()


def rel(paths):
    return sorted(p[len(top):] if p.startswith(top) else p for p in paths)


try:
    make('a.py', 'pkg/b.py', 'pkg/sub/c.py', 'pkg/sub/deep/d.py', 'pkg/sub/deep/e.txt',
         'pkg/.cache/f.py', '.git/config', 'notes.txt', 'emptydir/')
    j = lambda *p: os.path.join(top, *p)
    print(rel(glob.glob(j('**'), recursive=True)))
    print(rel(glob.glob(j('**'))))
    print(rel(glob.glob(j('**', '*.py'), recursive=True)))
    print(rel(glob.glob(j('**', '*.py'))))
    print(rel(glob.glob(j('**', ''), recursive=True)))
    print(rel(glob.glob(j('**', '**'), recursive=True)))
    print(rel(glob.glob(j('pkg', '**', '*.py'), recursive=True)))
    print(rel(glob.glob(j('pkg', '**'), recursive=True)))
    print(rel(glob.glob(j('pkg', '**', 'deep'), recursive=True)))
    print(rel(glob.glob(j('**', 'deep', '*'), recursive=True)))
    print(rel(glob.glob(j('p**'), recursive=True)))
    print(rel(glob.glob(j('**', '*.py'), recursive=True, include_hidden=True)))
    print(rel(glob.glob(j('*'), include_hidden=True)))
    print(rel(glob.glob(j('*', '*'), include_hidden=True)))
    print(rel(glob.glob(j('**'), recursive=True, include_hidden=True)))
    print(rel(glob.glob(j('**', '.*'), recursive=True)))
    # root_dir: the pattern is relative to it and so are the results.
    print(sorted(glob.glob('*', root_dir=top)))
    print(sorted(glob.glob('**', root_dir=top, recursive=True)))
    print(sorted(glob.glob('**/*.py', root_dir=top, recursive=True)))
    print(sorted(glob.glob('pkg/*', root_dir=j('.'))))
    print(sorted(glob.glob('pkg/sub', root_dir=top)), glob.glob('nope', root_dir=top))
    print(sorted(glob.glob('*/', root_dir=top)))
    print(sorted(glob.glob('**/', root_dir=top, recursive=True)))
    print(sorted(glob.glob('*', root_dir=j('pkg', 'sub'))))
    print(sorted(glob.glob('*', root_dir=j('missing'))))
    print(sorted(glob.glob(j('pkg', '*'), root_dir='/nonexistent')) == sorted(glob.glob(j('pkg', '*'))))
    print(sorted(glob.iglob('**', root_dir=top, recursive=True, include_hidden=True)))
    print(glob.glob('', root_dir=top), glob.glob(''), glob.glob('', recursive=True))
finally:
    shutil.rmtree(top)
