"""filecmp, written for Reap: compare files (by their stat signature, then their bytes) and
directories (dircmp, whose lists are worked out when first asked for).

Behaves as CPython 3.11's module: the same functions, dircmp attributes and report layout."""

import os
import stat

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, signature1, signature2) -> whether the contents were equal.
_cache = {}


def clear_cache():
    """Forgets the results of earlier content comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether two files are equal: same stat signature (type, size, modification time) when
    shallow, else (or when those differ but the sizes agree) the same bytes."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    if key not in _cache:
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = _same_bytes(f1, f2)
    return _cache[key]


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            x = a.read(BUFSIZE)
            y = b.read(BUFSIZE)
            if x != y:
                return False
            if not x:
                return True


def cmpfiles(a, b, common, shallow=True):
    """The names in `common` that are equal in directories a and b, those that differ, and
    those that could not be compared: three lists."""
    result = ([], [], [])
    for name in common:
        try:
            kind = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except OSError:
            kind = 2
        result[kind].append(name)
    return result


class dircmp:
    """Two directories compared. The lists (left_list, right_list, common, left_only,
    right_only, common_dirs, common_files, common_funny, same_files, diff_files, funny_files)
    and subdirs (a dircmp per common subdirectory) are made when first read."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _listing(self, top):
        skip = set(self.hide) | set(self.ignore)
        return sorted(name for name in os.listdir(top) if name not in skip)

    def phase0(self):
        self.left_list = self._listing(self.left)
        self.right_list = self._listing(self.right)

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if a != b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    def report(self):
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        for label, names in (('Identical files :', self.same_files),
                             ('Differing files :', self.diff_files),
                             ('Trouble with common files :', self.funny_files),
                             ('Common subdirectories :', self.common_dirs),
                             ('Common funny cases :', self.common_funny)):
            if names:
                names.sort()
                print(label, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
