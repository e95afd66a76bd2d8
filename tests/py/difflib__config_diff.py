# Diffing two versions of a configuration file.
import difflib

old = """\
[server]
host = 127.0.0.1
port = 8080
workers = 4
timeout = 30

[database]
engine = sqlite
name = app.db
pool_size = 5
echo = false

[logging]
level = INFO
file = /var/log/app.log
rotate = daily
keep = 7
""".splitlines(keepends=True)

new = """\
[server]
host = 0.0.0.0
port = 8080
workers = 8
timeout = 30
keepalive = 5

[database]
engine = postgresql
name = app
user = app
pool_size = 5
echo = false

[logging]
level = DEBUG
file = /var/log/app.log
keep = 7
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="app.ini.orig", tofile="app.ini")), end="")
print("=" * 20)
print("".join(difflib.unified_diff(old, new, "a/app.ini", "b/app.ini", "2024-01-01 10:00:00",
                                   "2024-02-01 12:30:00", n=1)), end="")
print("=" * 20)
print("".join(difflib.context_diff(old, new, fromfile="app.ini.orig", tofile="app.ini")), end="")
print("=" * 20)
print("".join(difflib.context_diff(old, new, n=0)), end="")
print("=" * 20)
delta = list(difflib.ndiff(old, new))
print("".join(delta), end="")
print("=" * 20)
print("".join(difflib.restore(delta, 1)) == "".join(old), "".join(difflib.restore(delta, 2)) == "".join(new))
for line in difflib.unified_diff([l.rstrip("\n") for l in old], [l.rstrip("\n") for l in new],
                                 "old", "new", lineterm="", n=0):
    print(line)
print(list(difflib.unified_diff(old, old)), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ["only\n"], "a", "b")))
print(list(difflib.unified_diff(["gone\n"], [], "a", "b")))
print(list(difflib.context_diff([], ["only\n"], "a", "b")))
print(list(difflib.context_diff(["gone\n"], [], "a", "b")))
print(list(difflib.unified_diff(["a\n", "b"], ["a\n", "c"])))
