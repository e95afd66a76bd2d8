# glob and iglob with *, ? and [...] over a temporary tree (results sorted: listdir order varies).
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
            with open(full, 'w') as f:
                f.write(p)


def rel(paths):
    # Strip the temporary directory so the output is the same on every run.
    return sorted(p[len(top):] if p.startswith(top) else p for p in paths)


def show(pattern, **kw):
    print(repr(pattern), kw or '', rel(glob.glob(os.path.join(top, pattern), **kw)))


try:
    make('a.txt', 'b.txt', 'c.py', 'ab.txt', 'data/x.csv', 'data/y.csv', 'data/sub/z.csv',
         'docs/readme.md', 'docs/guide/intro.md', 'empty/', '.hidden', '.config/settings.ini',
         'data/.secret.csv', '[x].txt', 'q?.txt', 'star*.txt')
    show('*')
    show('*.txt')
    show('?.txt')
    show('??.txt')
    show('[ab].txt')
    show('[!a]*.txt')
    show('*/')
    show('*/*.csv')
    show('d*/*')
    show('*/*/*')
    show('data/*.csv')
    show('data')
    show('data/')
    show('a.txt/')
    show('a.txt')
    show('missing.txt')
    show('missing/*')
    show('nomatch*')
    show('.*')
    show('data/.*')
    show('[[]x].txt')
    show('q[?].txt')
    show('star[*].txt')
    show(glob.escape('[x].txt'))
    show(glob.escape('q?.txt'))
    # iglob is lazy and gives the same names.
    it = glob.iglob(os.path.join(top, '*.txt'))
    print(type(it).__name__, iter(it) is it)
    print(rel(it) == rel(glob.glob(os.path.join(top, '*.txt'))))
    print(rel(list(glob.iglob(os.path.join(top, 'data', '*')))))
    # Doubled and trailing separators are kept as written.
    print(rel(glob.glob(top + '//data//*.csv')))
    print(rel(glob.glob(top + '/data/sub/')))
    print(rel(glob.glob(top + '/*/sub/')))
    print(rel(glob.glob(top + '/*//')))
finally:
    shutil.rmtree(top)
print(glob.glob(os.path.join(top, '*')))
