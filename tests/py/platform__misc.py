# Edge cases: architecture of other files, aliases, other OS helpers, os-release.
import platform, os, tempfile

d = tempfile.mkdtemp()
text = os.path.join(d, "plain.txt")
with open(text, "w") as f:
    f.write("not a binary\n")
print(platform.architecture(text))
print(platform.architecture(os.path.join(d, "missing")))
print(platform.architecture(text, bits="32bit", linkage="x"))
elf64 = os.path.join(d, "fake64")
with open(elf64, "wb") as f:
    f.write(b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x03\x00\x3e\x00" + b"\x00" * 44)
print(platform.architecture(elf64))
elf32 = os.path.join(d, "fake32")
with open(elf32, "wb") as f:
    f.write(b"\x7fELF\x01\x01\x01" + b"\x00" * 9 + b"\x02\x00\x03\x00" + b"\x00" * 44)
print(platform.architecture(elf32))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)

print(platform.system_alias("Linux", "5.0", "#1"))
print(platform.system_alias("SunOS", "5.11", "x"))
print(platform.system_alias("win32", "10", "v"))
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.mac_ver())
print(platform.java_ver())
print(platform.libc_ver(lib="x", version="y")[0] != "")

info = platform.freedesktop_os_release()
print(type(info).__name__, "ID" in info, "NAME" in info, all(type(k) is str and type(v) is str for k, v in info.items()))
info["ID"] = "changed"
print(platform.freedesktop_os_release()["ID"] != "changed")
