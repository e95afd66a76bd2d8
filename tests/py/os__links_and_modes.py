# os.chmod, os.umask, links (symlink, readlink, link), rename/replace and their two-path
# errors, chdir, access, utime, the process's ids, os.path.realpath/ismount/expanduser and
# the pathlib calls built on them, in a temporary directory (only relative facts printed).
import os
import pathlib
import stat
import tempfile
import time


def show(call):
    try:
        r = call()
    except Exception as e:
        attrs = ''
        if isinstance(e, OSError):
            attrs = f' errno={e.errno} filename={e.filename!r} filename2={e.filename2!r}'
        print(f'{type(e).__name__}: {e}{attrs}')
    else:
        print('ok', r)


def mode(p, follow=True):
    return stat.filemode(os.stat(p, follow_symlinks=follow).st_mode)


start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        old_mask = os.umask(0o022)
        # Modes: chmod, S_IMODE, filemode.
        with open('f.txt', 'w') as f:
            f.write('abc')
        for m in (0o644, 0o600, 0o755, 0o700, 0o444, 0o640):
            os.chmod('f.txt', m)
            st = os.stat('f.txt')
            print(oct(m), oct(stat.S_IMODE(st.st_mode)), mode('f.txt'), stat.S_ISREG(st.st_mode))
        os.chmod('f.txt', 0o644)
        os.mkdir('d')
        os.chmod('d', 0o750)
        print(mode('d'), oct(stat.S_IMODE(os.stat('d').st_mode)))
        os.chmod('d', 0o1777)
        print(mode('d'))
        os.chmod('d', 0o755)
        os.chmod(pathlib.Path('f.txt'), 0o640)
        print(mode('f.txt'))
        os.chmod(b'f.txt', 0o644)
        print(mode('f.txt'))
        os.symlink('f.txt', 'flink')
        show(lambda: os.chmod('flink', 0o600, follow_symlinks=False))
        os.chmod('flink', 0o600)
        print(mode('f.txt'), mode('flink', follow=False)[0])
        os.chmod('f.txt', 0o644, follow_symlinks=False)
        print(mode('f.txt'))
        show(lambda: os.chmod('nope', 0o644))
        show(lambda: os.chmod('f.txt'))
        show(lambda: os.chmod('f.txt', 'x'))
        show(lambda: os.chmod('f.txt', 2**40))
        show(lambda: os.chmod(None, 0o644))

        # umask: what new files and directories get.
        print(oct(os.umask(0o027)))
        with open('masked.txt', 'w') as f:
            pass
        os.mkdir('masked_dir')
        print(mode('masked.txt'), mode('masked_dir'))
        print(oct(os.umask(0o022)))
        show(lambda: os.umask('x'))

        # Symbolic links.
        os.symlink('d', 'dlink')
        os.symlink(os.path.join('..', 'f.txt'), os.path.join('d', 'up'))
        print(os.readlink('flink'), os.readlink(b'flink'), os.readlink(pathlib.Path('dlink')))
        print(os.readlink(os.path.join('d', 'up')), open(os.path.join('d', 'up')).read())
        show(lambda: os.readlink('f.txt'))
        show(lambda: os.readlink('nope'))
        show(lambda: os.symlink('f.txt', 'flink'))
        show(lambda: os.symlink(b'f.txt', b'flink'))
        show(lambda: os.symlink('x', os.path.join('nope', 'y')))
        show(lambda: os.symlink(3, 'y'))
        os.symlink('d', 'dlink2', target_is_directory=True)
        print(os.path.isdir('dlink2'), os.path.islink('dlink2'))

        # Hard links.
        os.link('f.txt', 'hard')
        print(os.stat('f.txt').st_nlink, os.path.samefile('hard', 'f.txt'), os.path.islink('hard'))
        os.link('flink', 'hard_via_link')
        print(os.path.islink('hard_via_link'), os.path.samefile('hard_via_link', 'f.txt'))
        os.link('flink', 'hard_link_itself', follow_symlinks=False)
        print(os.path.islink('hard_link_itself'), os.readlink('hard_link_itself'))
        show(lambda: os.link('f.txt', 'hard'))
        show(lambda: os.link('nope', 'other'))
        show(lambda: os.link('d', 'dhard'))

        # rename and replace: both paths in the errors.
        os.rename('hard', 'hard2')
        print(os.path.exists('hard'), os.path.exists('hard2'))
        with open('other.txt', 'w') as f:
            f.write('other')
        os.replace('other.txt', 'hard2')
        print(open('hard2').read(), os.path.exists('other.txt'))
        os.rename(pathlib.Path('hard2'), b'hard3')
        print(sorted(n for n in os.listdir('.') if n.startswith('hard')))
        show(lambda: os.rename('nope', 'x'))
        show(lambda: os.replace('nope', 'x'))
        show(lambda: os.rename(b'nope', b'x'))
        show(lambda: os.rename('f.txt', os.path.join('nope', 'x')))
        os.mkdir('full')
        open(os.path.join('full', 'x'), 'w').close()
        os.mkdir('empty')
        show(lambda: os.rename('empty', 'full'))
        show(lambda: os.rename('f.txt', 'd'))
        show(lambda: os.rename('d', 'f.txt'))
        show(lambda: os.rename(1, 'x'))
        show(lambda: os.replace('a', None))
        show(lambda: os.rename('a'))

        # chdir and getcwd.
        os.chdir('d')
        print(os.path.basename(os.getcwd()), sorted(os.listdir('.')))
        os.chdir('..')
        os.chdir(pathlib.Path('dlink'))
        print(os.path.basename(os.getcwd()))
        os.chdir(os.pardir)
        show(lambda: os.chdir('nope'))
        show(lambda: os.chdir('f.txt'))
        print(os.path.samefile(os.getcwd(), tmp))

        # access.
        os.chmod('f.txt', 0o644)
        print(os.access('f.txt', os.F_OK), os.access('nope', os.F_OK), os.access('f.txt', os.R_OK))
        print(os.access('f.txt', os.X_OK), os.access('d', os.X_OK), os.access('dangle', os.F_OK))
        os.symlink('nowhere', 'dangle')
        print(os.access('dangle', os.F_OK), os.access('dangle', os.F_OK, follow_symlinks=False))
        print(os.access('f.txt', os.R_OK, effective_ids=True), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
        show(lambda: os.access('f.txt', 'r'))
        show(lambda: os.access('f.txt'))

        # utime.
        os.utime('f.txt', (0, 0))
        print(os.stat('f.txt').st_mtime, os.stat('f.txt').st_atime)
        os.utime('f.txt')
        print(abs(os.stat('f.txt').st_mtime - time.time()) < 300)
        os.utime('f.txt', None)
        os.utime('f.txt', (1.5, -1.25))
        st = os.stat('f.txt')
        print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
        os.utime('f.txt', ns=(10**18, 2 * 10**18 + 7))
        st = os.stat('f.txt')
        print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
        os.utime('flink', (5, 6), follow_symlinks=False)
        print(os.lstat('flink').st_mtime, os.stat('flink').st_mtime)
        os.utime(pathlib.Path('f.txt'), times=(7, 8))
        print(os.path.getmtime('f.txt'))
        for call in (lambda: os.utime('f.txt', (1,)), lambda: os.utime('f.txt', [1, 2]),
                     lambda: os.utime('f.txt', (1, 2), ns=(1, 2)), lambda: os.utime('f.txt', ns=(1,)),
                     lambda: os.utime('f.txt', ns=(1.0, 2)), lambda: os.utime('f.txt', ('a', 2)),
                     lambda: os.utime('f.txt', (float('nan'), 2)), lambda: os.utime('f.txt', (1e300, 2)),
                     lambda: os.utime('nope', (1, 2)), lambda: os.utime('f.txt', ns=None)):
            show(call)

        # The process's ids.
        for f in (os.getuid, os.geteuid, os.getgid, os.getegid, os.getppid):
            print(f.__name__, type(f()).__name__, f() >= 0)
        print(os.lstat('f.txt').st_uid == os.geteuid(), os.getppid() != os.getpid())
        show(lambda: os.getuid(1))
        print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(99999))

        # os.path.realpath follows links, as CPython's posixpath does.
        real = os.path.realpath('.')
        rel = lambda p: os.path.relpath(os.path.realpath(p), real)
        os.symlink('flink', 'chain')
        os.symlink(os.path.join('dlink', 'up'), 'via_dir')
        os.symlink('loop1', 'loop2')
        os.symlink('loop2', 'loop1')
        os.symlink(os.path.abspath('d'), 'absolute')
        for p in ('f.txt', 'flink', 'chain', 'dlink', os.path.join('dlink', 'up'), 'via_dir',
                  os.path.join('dlink', '..', 'f.txt'), 'nope', os.path.join('nope', '..', 'f.txt'),
                  'absolute', 'loop1', os.path.join('loop1', 'x'), 'dangle'):
            print(p, '->', rel(p), os.path.realpath(p.encode()) == os.fsencode(os.path.realpath(p)))
        print(os.path.realpath(pathlib.Path('chain')) == os.path.realpath('f.txt'))
        show(lambda: os.path.relpath(os.path.realpath('nope', strict=True), real))
        show(lambda: os.path.realpath('loop1', strict=True))
        show(lambda: rel(os.path.realpath('chain', strict=True)))
        print(os.path.ismount('/'), os.path.ismount('.'), os.path.ismount('nope'), os.path.ismount('dlink'))

        # expanduser: ~ is $HOME; an unknown user is left alone.
        os.environ['HOME'] = '/home/someone'
        print(os.path.expanduser('~'), os.path.expanduser('~/x/y'), os.path.expanduser(b'~/b'))
        print(os.path.expanduser('~no_such_user_here/x'), os.path.expanduser('a/~'), os.path.expanduser('x'))
        os.environ['HOME'] = '/'
        print(os.path.expanduser('~'), os.path.expanduser('~/z'))
        print(pathlib.Path('~/p').expanduser(), pathlib.Path.home())

        # pathlib on top of these.
        p = pathlib.Path('f.txt')
        print(p.stat().st_size, p.lstat().st_size, p.is_symlink(), pathlib.Path('flink').is_symlink())
        print(pathlib.Path('flink').readlink(), pathlib.Path('chain').resolve().relative_to(real))
        print(pathlib.Path('dlink', 'up').resolve().relative_to(real), p.samefile('flink'))
        pathlib.Path('newlink').symlink_to('d', target_is_directory=True)
        pathlib.Path('newhard').hardlink_to('f.txt')
        print(pathlib.Path('newlink').is_dir(), pathlib.Path('newlink').is_symlink(), os.stat('newhard').st_nlink)
        p.chmod(0o600)
        print(stat.filemode(p.stat().st_mode))
        os.utime(p, (0, 0))
        p.touch()
        print(p.stat().st_mtime > 0)
        pathlib.Path('touched').touch()
        print(pathlib.Path('touched').exists(), pathlib.Path('dangle').exists(), pathlib.Path('dangle').is_symlink())
        q = pathlib.Path('f.txt').replace('g.txt')
        print(q, q.exists(), p.exists())
        try:
            pathlib.Path('loop1').resolve()
        except RuntimeError as e:
            print('RuntimeError:', str(e).replace(tmp, '$TMP').replace(real, '$TMP'))
        show(lambda: pathlib.Path('nope').resolve(strict=True))
        print(sorted(str(x) for x in pathlib.Path('.').glob('*link*')))
        print(sorted(str(x) for x in pathlib.Path('.').rglob('up')))
        os.umask(old_mask)
    finally:
        os.chdir(start)
