# Temporary files and directories are private to their owner (0o600, 0o700), os.mkdir and
# os.makedirs honour their mode, mkstemp in a missing directory raises the system's error,
# tempfile's helpers and SpooledTemporaryFile exist, and os.environ takes only strs.
import collections.abc
import os
import tempfile

old = os.umask(0o022)
fd, p = tempfile.mkstemp()
d = tempfile.mkdtemp()
print(oct(os.stat(p).st_mode & 0o777), oct(os.stat(d).st_mode & 0o777))
os.close(fd)
os.remove(p)
with tempfile.NamedTemporaryFile() as f:
    print(oct(os.stat(f.name).st_mode & 0o777), f.mode)
with tempfile.TemporaryDirectory() as t:
    print(oct(os.stat(t).st_mode & 0o777))
    os.mkdir(os.path.join(t, 'private'), 0o700)
    os.makedirs(os.path.join(t, 'a', 'b'), mode=0o750)
    os.mkdir(os.path.join(t, 'plain'))
    for name in ['private', 'a', os.path.join('a', 'b'), 'plain']:
        print(name, oct(os.stat(os.path.join(t, name)).st_mode & 0o777))
os.rmdir(d)
os.umask(old)

try:
    tempfile.mkstemp(dir='/nonexistent-dir-for-reap')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename.startswith('/nonexistent-dir-for-reap/tmp'))

print(tempfile.gettempprefix(), type(tempfile.gettempdirb()).__name__)
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('small')
    print(s._rolled)
    s.write(' and now larger')
    print(s._rolled)
    s.seek(0)
    print(s.read())

os.environ['REAP_TEST_VAR'] = 'yes'
print(os.environ['REAP_TEST_VAR'], 'REAP_TEST_VAR' in os.environ, os.getenv('REAP_TEST_VAR'))
print(isinstance(os.environ, collections.abc.MutableMapping), type(os.environ).__name__)
del os.environ['REAP_TEST_VAR']
print(os.environ.get('REAP_TEST_VAR'))
for key, value in [('A', 1), (1, 'a')]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print(e)
try:
    os.environ['REAP_SURELY_NOT_SET']
except KeyError as e:
    print(repr(e))
print(os.environ.setdefault('REAP_Y', 'z'), os.environ.pop('REAP_Y'), os.environ.pop('REAP_Y', 'gone'))
print(type(os.environ.copy()).__name__, type(os.environ | {'a': 'b'}).__name__, len(dict(os.environ)) == len(os.environ))
