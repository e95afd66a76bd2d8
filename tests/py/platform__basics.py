# Typical platform queries; only facts that hold for any Python on this machine are printed.
import platform, sys

print(platform.system())
for name in ["system", "node", "release", "version", "machine", "processor",
             "python_version", "python_implementation", "python_compiler",
             "python_branch", "python_revision", "platform"]:
    value = getattr(platform, name)()
    print(name, type(value).__name__)

print(platform.system() == "Linux")
print(platform.machine() != "" and " " not in platform.machine())
print(platform.release() != "", platform.version() != "", platform.node() != "")

vt = platform.python_version_tuple()
print(type(vt).__name__, len(vt), all(type(p) is str for p in vt))
print(vt[:2] == tuple(str(n) for n in sys.version_info[:2]))
print(platform.python_version() == ".".join(vt))
print(platform.python_version().startswith("%d.%d." % sys.version_info[:2]))

bits, linkage = platform.architecture()
print(bits, linkage)
print(platform.architecture(bits="16bit")[0])

build = platform.python_build()
print(type(build).__name__, len(build), all(type(p) is str for p in build))

lib, ver = platform.libc_ver()
print(lib, ver.replace(".", "").isdigit())
