# escape, has_magic, bytes patterns and the current directory.
import glob
import os
import shutil
import tempfile

for s in ['abc', 'a*c', 'a?c', 'a[b]c', 'a]b', '', '/x/y/*.py', 'no magic here!']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(glob.has_magic(b'x*'), glob.has_magic(b'x'), glob.escape(b'a[?]*.py'))
print(glob.escape('//?/c:/Quo*'))
print(sorted(glob.__all__))

# Relative patterns resolve against the current directory (the tests folder here).
print(glob.glob('glob__helpers.py'), glob.glob('glob__helper?.py'), glob.glob('glob__helpers.py/'))
print(glob.glob('./glob__helpers.py'), glob.glob('glob__nothing*'))

top = tempfile.mkdtemp()
try:
    for name in ('one.txt', 'two.txt', 'three.log'):
        open(os.path.join(top, name), 'w').close()
    os.mkdir(os.path.join(top, 'dir'))
    btop = top.encode()
    res = glob.glob(btop + b'/*.txt')
    print(type(res[0]).__name__, sorted(p[len(btop):] for p in res))
    print(sorted(glob.glob(b'*', root_dir=btop)))
    print(sorted(glob.glob(b'**', root_dir=btop, recursive=True)))
    print(glob.glob(b'dir/', root_dir=btop), glob.glob(b'd?r/', root_dir=btop))
    open(os.path.join(top, 'café.txt'), 'w').close()
    # A bytes pattern matches byte by byte: 'é' is two bytes in UTF-8.
    print(glob.glob('caf?.txt', root_dir=top), glob.glob(b'caf?.txt', root_dir=btop))
    print(glob.glob(b'caf??.txt', root_dir=btop), glob.glob('caf??.txt', root_dir=top))
    print(glob.glob('caf[é].txt', root_dir=top), glob.glob(btop + b'/caf\xc3\xa9.txt') == [btop + b'/caf\xc3\xa9.txt'])
    print(sorted(glob.glob1(btop, b'*.txt')), glob.glob0(btop, b'dir'), glob.glob0(btop, b''))
    print(sorted(glob.glob1(top, '*.txt')), glob.glob0(top, 'dir'), glob.glob0(top, 'nope'))
finally:
    shutil.rmtree(top)

for bad in (None, 3):
    try:
        glob.glob(bad)
    except TypeError as e:
        print(type(e).__name__, e)
