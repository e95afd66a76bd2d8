# The stat module: the mode tests, S_IMODE/S_IFMT, filemode and the constants, on made-up
# modes and on files a script made and chmod-ed itself.
import os
import stat
import tempfile

kinds = [('dir', stat.S_IFDIR), ('chr', stat.S_IFCHR), ('blk', stat.S_IFBLK), ('reg', stat.S_IFREG),
         ('fifo', stat.S_IFIFO), ('lnk', stat.S_IFLNK), ('sock', stat.S_IFSOCK)]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
         stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for name, kind in kinds:
    m = kind | 0o644
    print(name, oct(kind), [int(t(m)) for t in tests], oct(stat.S_IFMT(m)), oct(stat.S_IMODE(m)),
          stat.filemode(m))

for m in (0, 0o777, 0o4755, 0o2755, 0o1777, 0o4644, 0o2644, 0o1644, 0o7777, 0o170000,
          0o100000 | 0o7777, 0o40000 | 0o1777, 0o30000 | 0o644, 0o777777, 2**32 - 1):
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), stat.S_ISREG(m))

print(stat.S_ISDIR(True), stat.S_ISREG(False), stat.filemode(True))
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID,
      stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
names = ['S_ISUID', 'S_ISGID', 'S_ENFMT', 'S_ISVTX', 'S_IREAD', 'S_IWRITE', 'S_IEXEC', 'S_IRWXU',
         'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP', 'S_IRWXO',
         'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'UF_NODUMP', 'UF_IMMUTABLE', 'UF_APPEND', 'UF_OPAQUE',
         'UF_NOUNLINK', 'UF_COMPRESSED', 'UF_HIDDEN', 'SF_ARCHIVED', 'SF_IMMUTABLE', 'SF_APPEND',
         'SF_NOUNLINK', 'SF_SNAPSHOT', 'S_IFDOOR', 'S_IFPORT', 'S_IFWHT', 'FILE_ATTRIBUTE_ARCHIVE',
         'FILE_ATTRIBUTE_DIRECTORY', 'FILE_ATTRIBUTE_HIDDEN', 'FILE_ATTRIBUTE_NORMAL',
         'FILE_ATTRIBUTE_READONLY', 'FILE_ATTRIBUTE_REPARSE_POINT', 'FILE_ATTRIBUTE_SYSTEM']
print([(n, oct(getattr(stat, n))) for n in names])

for bad in ('x', 1.5, None, -1, 2**32, 2**70):
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, repr(bad), type(e).__name__, e)
        else:
            print(f.__name__, repr(bad), 'ok')

# On real files, with modes this script set.
with tempfile.TemporaryDirectory() as tmp:
    f = os.path.join(tmp, 'file')
    d = os.path.join(tmp, 'dir')
    with open(f, 'w') as fh:
        fh.write('x')
    os.mkdir(d)
    for path, mode in ((f, 0o600), (f, 0o751), (f, 0o444), (d, 0o700), (d, 0o1755), (d, 0o555)):
        os.chmod(path, mode)
        st = os.stat(path)
        print(os.path.basename(path), stat.filemode(st.st_mode), oct(stat.S_IMODE(st.st_mode)),
              stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), bool(st.st_mode & stat.S_IXUSR))
    os.chmod(d, 0o755)
    link = os.path.join(tmp, 'link')
    os.symlink(f, link)
    print(stat.filemode(os.lstat(link).st_mode)[0], stat.S_ISLNK(os.lstat(link).st_mode),
          stat.S_ISLNK(os.stat(link).st_mode), stat.S_ISREG(os.stat(link)[stat.ST_MODE]))
    print(oct(stat.S_IMODE(os.lstat(link).st_mode)))
