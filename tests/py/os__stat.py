# os.stat / os.lstat and os.stat_result, os.path's stat-based tests, os.scandir's entries
# and os.walk, in a temporary directory (only relative facts are printed).
import os
import stat
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    try:
        with open('data.txt', 'w') as f:
            f.write('hello, world\n')
        os.mkdir('sub')
        with open(os.path.join('sub', 'inner.bin'), 'wb') as f:
            f.write(b'\x00' * 1000)
        os.symlink('data.txt', 'link')
        os.symlink('sub', 'dirlink')
        os.symlink('missing', 'dangling')

        # The result: a tuple of ten, with more fields by name.
        st = os.stat('data.txt')
        print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
        print(st.st_size, st[6], st[stat.ST_SIZE], st.st_mode == st[0])
        print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISLNK(st.st_mode))
        print(st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid())
        print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
        print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
        print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev, st.st_ino == st[1], st.st_dev == st[2])
        print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
        print(os.stat_result.__match_args__)
        print(tuple(st) == st, st == os.stat('data.txt') or 'atime moved')

        # Times set by utime read back exactly.
        os.utime('data.txt', (1_000_000_000.25, 1_200_000_000.5))
        st = os.stat('data.txt')
        print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
        print(os.path.getatime('data.txt'), os.path.getmtime('data.txt'))
        print(type(os.path.getctime('data.txt')).__name__, os.path.getsize('data.txt'))
        os.utime('data.txt', ns=(5_000_000_123, 6_000_000_456))
        st = os.stat('data.txt')
        print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime)

        # Links: stat follows them, lstat and follow_symlinks=False do not.
        print(stat.S_ISLNK(os.lstat('link').st_mode), stat.S_ISREG(os.stat('link').st_mode))
        print(stat.S_ISLNK(os.stat('link', follow_symlinks=False).st_mode))
        print(os.stat('link').st_ino == os.stat('data.txt').st_ino, os.lstat('link').st_size)
        print(stat.S_ISDIR(os.stat('dirlink').st_mode), stat.S_ISLNK(os.lstat('dirlink').st_mode))
        print(os.path.islink('link'), os.path.islink('data.txt'), os.path.islink('nope'))
        print(os.path.exists('dangling'), os.path.lexists('dangling'), os.path.islink('dangling'))
        print(os.path.isdir('dirlink'), os.path.isfile('link'), os.path.isfile('dangling'))
        print(os.path.samefile('link', 'data.txt'), os.path.samefile('sub', 'data.txt'))
        print(os.path.samestat(os.stat('dirlink'), os.stat('sub')))
        print(os.path.getsize(os.path.join('dirlink', 'inner.bin')))

        # A struct sequence made by hand.
        r = os.stat_result(range(10))
        print(r)
        print(r.st_atime, r.st_mtime_ns, r.st_blksize, r.st_size)
        r = os.stat_result(range(19))
        print(r.st_atime, r.st_ctime, r.st_atime_ns, r.st_rdev, len(r))
        r = os.stat_result(range(10), {'st_atime': 1.5, 'st_blocks': 8})
        print(r.st_atime, r.st_mtime, r.st_blocks, r.st_blksize)
        print(r.__reduce__())
        for bad in (range(9), range(20), 5):
            try:
                os.stat_result(bad)
            except TypeError as e:
                print('TypeError:', e)
        try:
            r.st_nosuch
        except AttributeError as e:
            print('AttributeError:', e)

        # Errors.
        for call in (lambda: os.stat('nope'), lambda: os.lstat(os.path.join('nope', 'x')),
                     lambda: os.stat(b'nope'), lambda: os.stat(os.path.join('data.txt', 'x')),
                     lambda: os.path.getsize('nope'), lambda: os.path.getmtime('nope'),
                     lambda: os.stat('dangling')):
            try:
                call()
            except OSError as e:
                print(type(e).__name__, e.errno, e.strerror, repr(e.filename), e.filename2, '|', e)
        for call in (lambda: os.stat(3.5), lambda: os.lstat(None), lambda: os.stat(),
                     lambda: os.stat('a', True), lambda: os.lstat('a', follow_symlinks=True),
                     lambda: os.stat('a\0b')):
            try:
                call()
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)
        print(os.path.exists('a\0b'), os.path.islink('a\0b'), os.path.lexists('a\0b'))

        # os.scandir's entries, without following links unless asked.
        for e in sorted(os.scandir('.'), key=lambda e: e.name):
            print(e.name, e.is_symlink(), e.is_dir(), e.is_dir(follow_symlinks=False),
                  e.is_file(), e.is_file(follow_symlinks=False),
                  e.inode() == os.lstat(e.path).st_ino)
            if e.name != 'dangling':
                print('  ', e.stat().st_size == os.stat(e.path).st_size,
                      stat.S_ISLNK(e.stat(follow_symlinks=False).st_mode))
            else:
                try:
                    e.stat()
                except FileNotFoundError as err:
                    print('   FileNotFoundError', err.filename)
        entry = next(e for e in os.scandir(b'.') if e.name == b'data.txt')
        print(entry, entry.is_file(), entry.stat().st_size)

        # os.walk, top-down and bottom-up: links to directories are listed, not entered.
        os.makedirs(os.path.join('sub', 'deeper', 'deepest'))
        with open(os.path.join('sub', 'deeper', 'f.txt'), 'w') as f:
            f.write('f')
        for top, dirs, files in os.walk('.'):
            dirs.sort()
            print(top, dirs, sorted(files))
        print([(top, sorted(dirs)) for top, dirs, files in os.walk('sub', topdown=False)])
        print([top for top, dirs, files in os.walk('.', followlinks=True)
               if top.startswith('./dirlink')] != [])
        errors = []
        print(list(os.walk('nope', onerror=errors.append)), type(errors[0]).__name__)
    finally:
        os.chdir(start)
print(os.getcwd() == start)
