# uname() and its consistency with the single-value functions.
import platform, pickle

u = platform.uname()
print(type(u).__name__, isinstance(u, tuple), len(u), len(tuple(u)))
print(u._fields)
print(u.system == platform.system(), u.node == platform.node(), u.release == platform.release())
print(u.version == platform.version(), u.machine == platform.machine(), u.processor == platform.processor())
print(u[0] == u.system, u[4] == u.machine, u[5] == u.processor, u[-1] == u.processor, u[:2] == (u.system, u.node))
system, node, release, version, machine, processor = u
print(system == u.system and processor == u.processor)
print(sorted(u._asdict()) == sorted(u._fields))
print(platform.uname() is u or platform.uname() == u)
print(repr(u).startswith("uname_result(system='Linux', node="), "processor" in repr(u))
print(pickle.loads(pickle.dumps(u)) == u)
print(u == tuple(u)[:5], u == tuple(u))

r = platform.uname_result("Sys", "host", "1.0", "#1", "mach")
print(r)
print(r.system, r.machine, len(r), r[:5])
print(r == ("Sys", "host", "1.0", "#1", "mach"))

plat = platform.platform()
print(plat.startswith("%s-%s-%s" % (u.system, u.release.replace(" ", "_").replace("/", "-"), u.machine)))
print(plat == platform.platform(terse=True) == platform.platform(aliased=True))
lib, ver = platform.libc_ver()
print(plat.endswith("-with-%s%s" % (lib, ver)))
