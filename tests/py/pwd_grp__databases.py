# pwd and grp read the password and group databases: struct_passwd/struct_group entries,
# lookups by name and id with CPython's errors; Path.owner()/group() and expanduser('~user')
# use them.
import grp
import os
import pathlib
import pwd
import tempfile

root = pwd.getpwnam('root')
print(root, root.pw_uid, root[0], len(root), type(root).__name__, type(root).__module__)
print(pwd.getpwuid(0) == root, pwd.getpwuid(0).pw_dir)
print(isinstance(pwd.getpwall(), list), all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam('root') == g)
for bad in (lambda: pwd.getpwnam('no-such-user-here'), lambda: pwd.getpwuid(987654),
            lambda: grp.getgrnam('no-such-group'), lambda: grp.getgrgid(987654)):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
try:
    pwd.getpwuid('0')
except TypeError as e:
    print('TypeError', e)
me = pwd.getpwuid(os.getuid())
with tempfile.NamedTemporaryFile() as f:
    p = pathlib.Path(f.name)
    print(p.owner() == me.pw_name, p.group() == grp.getgrgid(os.getgid()).gr_name)
print(os.path.expanduser('~root'), os.path.expanduser('~no-such-user-here/x'))

import pwd, grp
for f in (lambda: grp.getgrgid('0'), lambda: pwd.getpwuid(1.5), lambda: grp.getgrgid(1.5), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(2**40)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
