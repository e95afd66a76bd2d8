# os.uname() names the kernel and the machine in a struct sequence; POSIX has no altsep.
import os, platform

u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), isinstance(u, tuple))
print(u.sysname, u[0] == u.sysname, u.machine == platform.machine(), u.nodename == platform.node())
print(u.release == platform.release(), u.version == platform.version())
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
print(os.altsep, os.sep, os.path.altsep)
