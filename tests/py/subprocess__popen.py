# subprocess.Popen: pipes read and written while the child runs (bytes and text), poll, wait
# with timeouts, signals, communicate (also resumed after a timeout), the context manager, and
# standard streams sent to files, to /dev/null and to the parent's own streams.
import os
import subprocess
import sys
import tempfile

PIPE = subprocess.PIPE

p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
print(isinstance(p.pid, int) and p.pid > 0, p.returncode, p.poll(), p.args, repr(p))
p.stdin.write(b"first line\n")
p.stdin.flush()
print(p.stdout.readline())
print(p.stdin.write(b"second\nthird\n"))
p.stdin.flush()
print(p.stdout.readline(), p.stdout.read(3), p.stdout.read1(100))
p.stdin.close()
print(p.stdout.read(), p.stdout.read(), p.wait(), p.poll(), p.returncode, repr(p))
p.stdout.close()
print(p.stdin.closed, p.stdout.closed, p.stderr)

# Iterating over a child's output as it comes.
with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line $i; done"], stdout=PIPE) as p:
    print([line for line in p.stdout])
print(p.returncode, p.stdout.closed)
with subprocess.Popen(["sh", "-c", "printf 'a\\nb\\r\\nc\\rd'"], stdout=PIPE, text=True) as p:
    print(list(p.stdout), type(p.stdout).__name__, p.stdout.encoding)
with subprocess.Popen(["printf", "x\\ny"], stdout=PIPE) as p:
    print(p.stdout.readlines())
with subprocess.Popen(["sh", "-c", "echo to out; echo to err >&2"], stdout=PIPE, stderr=PIPE) as p:
    print(p.stderr.read(), p.stdout.read())
with subprocess.Popen(["sh", "-c", "echo 1; echo 2 >&2; echo 3"], stdout=PIPE, stderr=subprocess.STDOUT) as p:
    print(p.stdout.read(), p.stderr)

# Text mode with line buffering, talking back and forth.
with subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True, bufsize=1) as p:
    print(p.stdin.line_buffering, p.stdin.write("ping ☃\n"))
    print(repr(p.stdout.readline()))
    p.stdin.write("pong\n")
    print(repr(p.stdout.readline()))
    p.stdin.close()
    print(repr(p.stdout.read()))
with subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, encoding="latin-1") as p:
    p.stdin.write("é\n")
    p.stdin.close()
    print(p.stdout.buffer.read() if hasattr(p.stdout, "buffer") else None)

# communicate, with and without a timeout, resumed after one.
p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.communicate(b"payload"), p.returncode, p.stdin.closed, p.stdout.closed, p.stderr.closed)
print(p.communicate())
# The timeouts leave the child time to start and write even on a loaded machine.
p = subprocess.Popen(["sh", "-c", "echo early; sleep 4; echo late"], stdout=PIPE, stderr=PIPE)
try:
    p.communicate(timeout=2)
except subprocess.TimeoutExpired as e:
    print(e, e.output, e.stderr)
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "cat; exec sleep 10"], stdin=PIPE, stdout=PIPE)
try:
    p.communicate(b"sent", timeout=2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output)
try:
    p.communicate(b"late input")
except ValueError as e:
    print(e)
p.kill()
print(p.communicate(), p.wait())
p = subprocess.Popen(["echo", "only stdout"], stdout=PIPE)
print(p.communicate())
try:
    p.communicate()
except ValueError as e:
    print(e)
p = subprocess.Popen(["cat"], stdin=PIPE)
print(p.communicate(b""), p.returncode)
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
p = subprocess.Popen(["sh", "-c", "head -c 5"], stdin=PIPE, stdout=PIPE)
print(p.communicate(b"x" * 1000000))
p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True)
print(p.communicate("line\r\nother\r"))

# wait with a timeout, signals.
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout)
print(p.poll())
p.terminate()
print(p.wait(), p.returncode, p.poll())
p.kill()
p.terminate()
p.send_signal(15)
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait(timeout=5))
p = subprocess.Popen(["sleep", "10"])
p.send_signal(0)
print(p.poll())
# SIGUSR1, not SIGINT: a child started in the background inherits SIGINT ignored.
p.send_signal(10)
print(p.wait())
p = subprocess.Popen(["sh", "-c", "exit 42"])
print(p.wait(), p.wait(timeout=0), p.returncode)
with subprocess.Popen(["sleep", "10"]) as p:
    p.kill()
print(p.returncode)
with subprocess.Popen(["sh", "-c", "echo $$"], stdout=PIPE, start_new_session=True) as p:
    print(int(p.stdout.read()) == p.pid)

# Standard streams to files, /dev/null and the parent's own.
with tempfile.TemporaryDirectory() as tmp:
    out_path = os.path.join(tmp, "out.txt")
    with open(out_path, "w") as f:
        f.write("written first\n")
        subprocess.run(["echo", "from the child"], stdout=f)
        f.write("written last\n")
    with open(out_path) as f:
        print(repr(f.read()))
    with open(out_path, "wb") as f:
        subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=f, stderr=subprocess.STDOUT)
    with open(out_path, "rb") as f:
        print(f.read())
    with open(out_path, "a") as f:
        subprocess.run(["echo", "appended"], stdout=f, stderr=f)
    with open(out_path) as f:
        print(f.readline(), end="")
        print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
    with open(out_path, "rb") as f:
        print(subprocess.run(["wc", "-l"], stdin=f, capture_output=True).stdout.split())
    err_path = os.path.join(tmp, "err.txt")
    with open(err_path, "w") as ferr:
        r = subprocess.run(["sh", "-c", "echo visible; echo hidden >&2"], stdout=PIPE, stderr=ferr)
    with open(err_path) as f:
        print(r.stdout, f.read())
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo gone; echo also gone >&2"], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL))
sys.stdout.flush()
subprocess.run(["echo", "straight to our stdout"])
subprocess.run(["echo", "through sys.stdout's descriptor"], stdout=sys.stdout)
subprocess.run(["sh", "-c", "echo stderr goes to stdout >&2"], stderr=subprocess.STDOUT)
subprocess.run(["sh", "-c", "echo on stderr >&2"], stdout=sys.stderr, stderr=sys.stdout)
print("after the children")
