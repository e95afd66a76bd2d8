"""Retrieve information about the underlying platform (Reap's version).

Reap's os module has no uname(), so on Linux the kernel's answers are read
from /proc/sys/kernel; the machine name comes from /proc/sys/kernel/arch or,
failing that, from the ELF header of the running executable."""

import collections
import os
import sys

__version__ = '1.0.8'

_IMPL_NAMES = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
               'jython': 'Jython', 'reap': 'Reap'}

# ELF e_machine values and the names `uname -m` gives them
_ELF_MACHINES = {3: 'i686', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x',
                 40: 'armv7l', 43: 'sparc64', 62: 'x86_64', 183: 'aarch64',
                 243: 'riscv64', 258: 'loongarch64'}


def _read_text(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except (OSError, UnicodeError):
        return ''


def _read_head(path, size=64):
    try:
        with open(path, 'rb') as f:
            return f.read(size)
    except OSError:
        return b''


def _executable():
    exe = getattr(sys, 'executable', None)
    if exe:
        return exe
    if os.path.exists('/proc/self/exe'):
        return '/proc/self/exe'
    return ''


# ---------------------------------------------------------------------------
# Python build information

def _parse_version():
    text = sys.version
    version = text.split()[0] if text.split() else ''
    buildno = builddate = compiler = ''
    rest = text[len(version):].strip()
    if rest.startswith('('):
        end = rest.find(')')
        if end >= 0:
            parts = [p.strip() for p in rest[1:end].split(',')]
            buildno = parts[0]
            if len(parts) > 1:
                builddate = ' '.join(parts[1:])
            rest = rest[end + 1:].strip()
    if rest.startswith('['):
        end = rest.find(']')
        compiler = rest[1:end if end >= 0 else len(rest)].strip()
    if not version:
        version = '%d.%d.%d' % tuple(sys.version_info[:3])
    return version, buildno, builddate, compiler


def python_implementation():
    """Return a string identifying the Python implementation."""
    name = getattr(sys.implementation, 'name', '')
    return _IMPL_NAMES.get(name, name.capitalize())


def python_version():
    """Return the Python version as string 'major.minor.patchlevel'."""
    return _parse_version()[0]


def python_version_tuple():
    """Return the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(python_version().split('.'))


def python_branch():
    """Return a string identifying the Python implementation branch."""
    return ''


def python_revision():
    """Return a string identifying the Python implementation revision."""
    return ''


def python_build():
    """Return a tuple (buildno, builddate) stating the Python build number and date."""
    version, buildno, builddate, compiler = _parse_version()
    return buildno, builddate


def python_compiler():
    """Return a string identifying the compiler used for compiling Python."""
    return _parse_version()[3]


# ---------------------------------------------------------------------------
# executable format

def architecture(executable=None, bits='', linkage=''):
    """Query the given executable (defaults to the Python interpreter binary)
    for various architecture information.

    Returns a tuple (bits, linkage) which contains information about the bit
    architecture and the linkage format used for the executable."""
    if not bits:
        bits = '%dbit' % (sys.maxsize.bit_length() + 1)
    if executable is None:
        executable = _executable()
    if not executable:
        return bits, linkage
    head = _read_head(executable, 20)
    if head[:4] == b'\x7fELF' and len(head) >= 18:
        # only executables and shared objects count
        etype = head[16] | (head[17] << 8) if head[5] == 1 else \
            (head[16] << 8) | head[17]
        if etype not in (2, 3):
            return bits, linkage
        if head[4] == 1:
            bits = '32bit'
        elif head[4] == 2:
            bits = '64bit'
        linkage = 'ELF'
    elif head[:2] == b'MZ':
        linkage = 'WindowsPE'
    return bits, linkage


# ---------------------------------------------------------------------------
# uname

def _machine():
    arch = _read_text('/proc/sys/kernel/arch')
    if arch:
        return arch
    head = _read_head(_executable(), 20)
    if head[:4] == b'\x7fELF' and len(head) >= 20:
        if head[5] == 1:
            code = head[18] | (head[19] << 8)
        else:
            code = (head[18] << 8) | head[19]
        name = _ELF_MACHINES.get(code, '')
        if name == 'ppc64' and head[5] == 1:
            name = 'ppc64le'
        return name
    return ''


def _kernel_uname():
    uname = getattr(os, 'uname', None)
    if uname is not None:
        try:
            u = uname()
            return [u[0], u[1], u[2], u[3], u[4]]
        except OSError:
            pass
    system = _read_text('/proc/sys/kernel/ostype')
    node = _read_text('/proc/sys/kernel/hostname')
    release = _read_text('/proc/sys/kernel/osrelease')
    version = _read_text('/proc/sys/kernel/version')
    machine = _machine()
    if not system:
        plat = sys.platform
        system = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows',
                  'cygwin': 'CYGWIN_NT'}.get(plat, plat.capitalize())
    return [system, node, release, version, machine]


_uname_base = collections.namedtuple(
    'uname_result_base', 'system node release version machine')


class uname_result(_uname_base):
    """A uname_result that's largely compatible with a simple namedtuple except
    that the 'processor' field is calculated lazily."""

    __slots__ = ()

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, '
                'machine=%r)' % tuple.__getitem__(self, slice(0, 5)))

    def _asdict(self):
        return dict(zip(self._fields, tuple(self)))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) not in (5, 6):
            raise TypeError('Expected 5 arguments, got %d' % len(values))
        return cls(*values[:5])


uname_result.__module__ = 'platform'
_uname_cache = None


def _processor():
    # `uname -p` is "unknown" on most Linux distributions; report nothing
    return ''


def uname():
    """Fairly portable uname interface. Returns a tuple of strings
    (system, node, release, version, machine, processor) identifying the
    underlying platform."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_kernel_uname())
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (which may not be fully qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6'."""
    return uname().processor


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing names."""
    if system == 'SunOS' and release >= '5':
        major, _, rest = release.partition('.')
        system = 'Solaris'
        release = '.'.join([str(int(major) - 3)] + ([rest] if rest else []))
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# ---------------------------------------------------------------------------
# C library

def _libc_from_maps():
    try:
        with open('/proc/self/maps') as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    for line in lines:
        path = line.split(None, 5)[-1] if line.count(' ') >= 5 else ''
        base = path.rsplit('/', 1)[-1]
        if base.startswith('libc.so') or (base.startswith('libc-') and
                                          base.endswith('.so')):
            return path
        if base.startswith('ld-musl'):
            return ''
    return None


def _glibc_release(path):
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return ''
    marker = b'release version '
    pos = data.find(marker)
    if pos < 0:
        return ''
    pos += len(marker)
    end = pos
    while end < len(data) and data[end:end + 1] in b'0123456789.':
        end += 1
    return data[pos:end].decode('ascii').rstrip('.')


def _vkey(text):
    out = []
    for part in text.split('.'):
        out.append(int(part) if part.isdigit() else 0)
    return out


def _scan_executable(executable, lib, version):
    try:
        with open(executable, 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    pos = 0
    while True:
        g = data.find(b'GLIBC_', pos)
        s = data.find(b'libc.so', pos)
        if g < 0 and s < 0:
            break
        if g >= 0 and (s < 0 or g < s):
            end = g + 6
            while end < len(data) and data[end:end + 1] in b'0123456789.':
                end += 1
            found = data[g + 6:end].decode('ascii')
            if found and found[0].isdigit():
                if lib != 'glibc':
                    lib, version = 'glibc', found
                elif _vkey(found) > _vkey(version):
                    version = found
            pos = end
        else:
            end = s + 7
            soversion = ''
            if data[end:end + 1] == b'.':
                e2 = end + 1
                while e2 < len(data) and data[e2:e2 + 1] in b'0123456789.':
                    e2 += 1
                soversion = data[end + 1:e2].decode('ascii')
                end = e2
            if lib != 'glibc':
                lib = 'libc'
                if soversion and (not version or
                                  _vkey(soversion) > _vkey(version)):
                    version = soversion
            pos = end
    return lib, version


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable (which
    defaults to the Python interpreter) is linked against.

    Returns a tuple of strings (lib, version) which default to the given
    parameters in case the lookup fails."""
    if executable is None:
        path = _libc_from_maps()
        if path:
            found = _glibc_release(path)
            if found:
                return 'glibc', found
        executable = _executable()
        if not executable:
            return lib, version
    return _scan_executable(executable, lib, version)


# ---------------------------------------------------------------------------
# other operating systems: nothing to report here

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


_os_release_cache = None


def freedesktop_os_release():
    """Return operating system identification from freedesktop.org os-release"""
    global _os_release_cache
    if _os_release_cache is None:
        for path in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(path, encoding='utf-8') as f:
                    lines = f.read().splitlines()
            except OSError:
                continue
            info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
            for line in lines:
                line = line.strip()
                if not line or line.startswith('#') or '=' not in line:
                    continue
                key, _, value = line.partition('=')
                if not key.replace('_', '').isalnum() or not key[:1].isalpha():
                    continue
                value = value.strip()
                if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                    value = value[1:-1]
                    out = []
                    i = 0
                    while i < len(value):
                        ch = value[i]
                        if ch == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                            out.append(value[i + 1])
                            i += 2
                            continue
                        out.append(ch)
                        i += 1
                    value = ''.join(out)
                info[key] = value
            _os_release_cache = info
            break
        else:
            raise OSError(2, 'Unable to read files /etc/os-release, '
                             '/usr/lib/os-release')
    return dict(_os_release_cache)


# ---------------------------------------------------------------------------

def _platform(*args):
    text = '-'.join(a.strip() for a in args if a)
    for ch in ' ':
        text = text.replace(ch, '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    while text.endswith('-'):
        text = text[:-1]
    return text


_platform_cache = {}


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform with as
    much useful information as possible (but no more :).

    The output is intended to be human readable rather than machine
    parseable."""
    key = (bool(aliased), bool(terse))
    if key in _platform_cache:
        return _platform_cache[key]
    system_, node_, release_, version_, machine_, processor_ = uname()
    if machine_ == processor_:
        processor_ = ''
    if aliased:
        system_, release_, version_ = system_alias(system_, release_, version_)
    if system_ == 'Linux':
        # as CPython: terse or not, Linux names its C library
        libname, libversion = libc_ver()
        result = _platform(system_, release_, machine_, processor_,
                           'with', libname + libversion)
    elif terse:
        result = _platform(system_, release_)
    else:
        bits, linkage = architecture(_executable())
        result = _platform(system_, release_, machine_, processor_,
                           bits, linkage)
    _platform_cache[key] = result
    return result
