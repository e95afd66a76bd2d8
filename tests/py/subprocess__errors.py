# subprocess's errors: programs that are missing or cannot run, bad folders, arguments,
# environments and streams, misused pipes and conflicting options, with CPython's exception
# types and messages.
import io
import os
import pathlib
import stat
import subprocess
import tempfile

PIPE = subprocess.PIPE


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r)[:80])


for cmd in (["nosuch"], "nosuch", [b"nosuch"], ["/no/such/program", "arg"], [pathlib.Path("nosuch")]):
    try:
        subprocess.run(cmd)
    except FileNotFoundError as e:
        print(e, "|", e.errno, e.strerror, repr(e.filename), e.filename2)
show(subprocess.run, ["true"], executable="nosuch-exe")
show(subprocess.Popen, "nosuch arg", shell=True, stdout=PIPE, stderr=PIPE)
r = subprocess.run("nosuch-command-here", shell=True, capture_output=True)
print(r.returncode, b"not found" in r.stderr)

with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, "plain.txt")
    with open(plain, "w") as f:
        f.write("#!/bin/sh\necho hi\n")
    for cmd, kwargs in [([plain], {}), (["ls"], dict(cwd=plain)), (["ls"], dict(cwd=os.path.join(tmp, "missing")))]:
        try:
            subprocess.run(cmd, **kwargs)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == (kwargs.get("cwd") or plain))
    os.chmod(plain, 0o755)
    print(subprocess.run([plain], capture_output=True).stdout)
    garbage = os.path.join(tmp, "garbage")
    with open(garbage, "wb") as f:
        f.write(b"\x7fELF\x00garbage")
    os.chmod(garbage, 0o755)
    try:
        subprocess.run([garbage])
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == garbage)
    closed = open(os.path.join(tmp, "closed.txt"), "w")
    closed.close()
    show(subprocess.run, ["true"], stdout=closed)

# Arguments and environments.
show(subprocess.run, [])
show(subprocess.run, [1])
show(subprocess.run, ["echo", 1.5])
show(subprocess.run, ["echo", None])
show(subprocess.run, ["a\0b"])
show(subprocess.run, ["echo", "a\0b"])
show(subprocess.run, ["true"], env={"A=B": "1"})
show(subprocess.run, ["true"], env={"A": 1})
show(subprocess.run, ["true"], env={"A": "x\0"})
show(subprocess.run, ["true"], env={"A\0": "x"})
show(subprocess.run, ["true"], env=[("A", "1")])
show(subprocess.run, ["true"], cwd=5)
show(subprocess.run, pathlib.Path("true"), shell=True)
show(subprocess.run, 5)
show(subprocess.Popen, ["true"], bufsize="1")
show(subprocess.Popen, ["true"], pipesize=1.5)
show(subprocess.Popen, ["true"], startupinfo=object())
show(subprocess.Popen, ["true"], creationflags=1)
show(subprocess.Popen, ["true"], text=True, universal_newlines=False)
show(subprocess.run, ["cat"], input=b"x", stdin=PIPE)
show(subprocess.run, ["true"], capture_output=True, stdout=PIPE)
show(subprocess.run, ["true"], capture_output=True, stderr=subprocess.DEVNULL)
show(subprocess.check_output, ["true"], stdout=PIPE)
show(subprocess.check_output, ["true"], check=False)
show(subprocess.run, ["true"], bogus=1)
show(subprocess.run, ["cat"], input="text but binary mode")
show(subprocess.run, ["cat"], input=b"bytes", text=True)

# Streams that are not streams.
for value in (subprocess.STDOUT, 99, -7, 1.5, "x", io.BytesIO()):
    show(subprocess.run, ["true"], stdout=value)
show(subprocess.run, ["true"], stdin=subprocess.STDOUT)

# Misused pipes.
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
show(p.stdin.write, "str to a binary pipe")
show(p.stdout.write, b"x")
show(p.stdin.read)
show(p.stdout.read, -5)
print(p.stdin.readable(), p.stdin.writable(), p.stdout.readable(), p.stdout.writable(), p.stdout.seekable())
p.stdin.close()
p.stdout.close()
for f in (p.stdout.read, p.stdout.readline, p.stdout.read1, p.stdout.readlines, p.stdout.fileno,
          p.stdout.readable, p.stdin.flush, p.stdin.fileno, p.stdout.__next__, p.stdout.__iter__):
    show(f)
show(p.stdin.write, b"x")
print(p.stdin.closed, p.stdout.closed, p.wait())
p.stdout.close()
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True)
show(p.stdin.write, b"bytes to a text pipe")
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

# A child that stops reading: writes to it fail with BrokenPipeError, communicate ignores it.
p = subprocess.Popen(["true"], stdin=PIPE)
p.wait()
try:
    for _ in range(100):
        p.stdin.write(b"x" * 65536)
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, e)
p.stdin.close()
p = subprocess.Popen(["true"], stdin=PIPE)
p.wait()
print(p.communicate(b"ignored" * 100000))

# Timeouts from wait() and call().
p = subprocess.Popen(["sleep", "10"])
show(p.wait, 0.1)
show(p.wait, timeout=0)
p.kill()
print(p.wait())
show(subprocess.call, ["sleep", "10"], timeout=0.2)
try:
    subprocess.check_call(["sleep", "10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)
