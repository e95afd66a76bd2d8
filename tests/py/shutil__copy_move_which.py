# shutil's copying and moving (copy, copy2, copytree with ignore, move, which), heapq.merge,
# and abc's deprecated abstract decorators, as CPython's documentation uses them.
import os, shutil, tempfile, heapq, abc
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'a.txt')
    with open(src, 'w') as f: f.write('hello\n')
    os.chmod(src, 0o640)
    print(os.path.basename(shutil.copy(src, os.path.join(d, 'b.txt'))), oct(os.stat(os.path.join(d, 'b.txt')).st_mode & 0o777))
    os.utime(src, (1000000000, 1000000000))
    shutil.copy2(src, os.path.join(d, 'c.txt')); print(int(os.stat(os.path.join(d, 'c.txt')).st_mtime))
    sub = os.path.join(d, 'sub'); os.makedirs(os.path.join(sub, 'deep'))
    for name in ('x.py', 'y.txt', 'deep/z.py'):
        with open(os.path.join(sub, name), 'w') as f: f.write(name)
    shutil.copytree(sub, os.path.join(d, 'copy'), ignore=shutil.ignore_patterns('*.txt'))
    print(sorted(os.path.relpath(os.path.join(r, n), d) for r, _, ns in os.walk(os.path.join(d, 'copy')) for n in ns))
    print(os.path.basename(shutil.move(os.path.join(d, 'b.txt'), os.path.join(d, 'sub'))), sorted(os.listdir(sub)))
    shutil.move(os.path.join(d, 'copy'), os.path.join(d, 'moved')); print(sorted(os.listdir(d)))
    try: shutil.copyfile(src, src)
    except shutil.SameFileError as e: print('SameFileError', isinstance(e, OSError))
    try: shutil.copytree(sub, os.path.join(d, 'moved'))
    except FileExistsError as e: print('FileExistsError')
    shutil.rmtree(sub); print(os.path.exists(sub))
print(shutil.which('sh') is not None, shutil.which('surely-not-a-command-xyz'))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge(['b', 'd'], ['a', 'c'], key=str.upper)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0])))
class Base(abc.ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    p = 1
    @classmethod
    def c(cls): return 'c'
print(Impl().p, Impl.c())
