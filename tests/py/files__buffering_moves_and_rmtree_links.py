# Line-buffered and unbuffered files reach the disk at once; shutil.move refuses to move a
# directory into itself and moves links as links; rmtree refuses a link and reports to
# onerror; tempfile checks its directory argument.
import os
import shutil
import sys
import tempfile

base = tempfile.mkdtemp()
fn = os.path.join(base, 'lb.txt')
with open(fn, 'w', buffering=1) as f:
    f.write('line\n')
    print(os.path.getsize(fn), f.line_buffering)
    f.write('no newline')
    print(os.path.getsize(fn))
with open(fn, 'wb', buffering=0) as f:
    f.write(b'unbuf')
    print(os.path.getsize(fn))
with open(fn, 'w') as f:
    f.write('held\n')
    print(os.path.getsize(fn), f.line_buffering)

src = os.path.join(base, 'src')
os.makedirs(os.path.join(src, 'd'))
try:
    shutil.move(src, os.path.join(src, 'd', 'inside'))
except shutil.Error as e:
    print('shutil.Error:', str(e).replace(base, 'BASE'))
print(os.path.isdir(os.path.join(src, 'd', 'inside')))

link = os.path.join(base, 'link')
os.symlink('src', link)
try:
    shutil.rmtree(link)
except OSError as e:
    print('OSError:', e)
shutil.rmtree(link, ignore_errors=True)
print(os.path.lexists(link), os.listdir(src))
seen = []
shutil.rmtree(link, onerror=lambda func, path, info: seen.append((func.__name__, path == link, info[0].__name__)))
print(seen)
shutil.rmtree(os.path.join(base, 'missing'), onerror=lambda func, path, info: print('onerror', info[0].__name__))
moved = shutil.move(link, os.path.join(base, 'link2'))
print(os.path.islink(moved), os.readlink(moved))

for kw in [dict(dir=5), dict(prefix=None, suffix=None, dir=base)]:
    try:
        d = tempfile.mkdtemp(**kw)
        print('made', os.path.dirname(d) == base, os.path.basename(d).startswith('tmp'))
    except TypeError as e:
        print('TypeError', e)
shutil.rmtree(base)
