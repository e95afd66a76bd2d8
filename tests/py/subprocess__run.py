# subprocess.run and the helpers over it (call, check_call, check_output, getoutput,
# getstatusoutput): capturing, input, text mode, encodings, check, cwd, env, shell, timeouts,
# and CompletedProcess, CalledProcessError and TimeoutExpired as CPython shows them.
import os
import subprocess
import sys
import tempfile

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
r = subprocess.run(["echo", "hello"], capture_output=True)
print(r, r.args, r.returncode, r.stdout, r.stderr)
print(subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL))
print(subprocess.run("true"), subprocess.run(["false"]), subprocess.run("exit 7", shell=True))

# Input, as bytes and as text; text mode's universal newlines; encodings.
print(subprocess.run(["cat"], input=b"bytes in\n", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text in\n", capture_output=True, text=True).stdout)
print(repr(subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True, text=True).stdout))
print(repr(subprocess.run(["printf", "a\\r\\nb"], capture_output=True, universal_newlines=True).stdout))
print(subprocess.run(["cat"], input="naïve ☃", capture_output=True, encoding="utf-8").stdout)
print(subprocess.run(["cat"], input="naïve", capture_output=True, encoding="latin-1").stdout.encode("latin-1"))
print(subprocess.run(["printf", "\\377ok"], capture_output=True, encoding="utf-8", errors="replace").stdout)
print(subprocess.run(["cat"], input=b"", capture_output=True))
big = b"".join(b"line %d\n" % i for i in range(50000))
r = subprocess.run(["cat"], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)
r = subprocess.run(["sh", "-c", "cat; cat /dev/null >&2"], input=big, capture_output=True)
print(len(r.stdout), r.stderr)

# check=True.
try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(repr(e), str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError), e.args)
try:
    subprocess.run("kill -9 $$", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run("kill -TERM $$", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(["true"], check=True))

# cwd, env and shell.
with tempfile.TemporaryDirectory() as tmp:
    real = os.path.realpath(tmp)
    print(subprocess.run(["pwd"], cwd=tmp, capture_output=True, text=True).stdout == real + "\n")
    print(subprocess.run("pwd", cwd=tmp, shell=True, capture_output=True, text=True).stdout == real + "\n")
    from pathlib import Path
    print(subprocess.run(["pwd"], cwd=Path(tmp), capture_output=True, text=True).stdout == real + "\n")
env = {"GREETING": "hi there", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
print(subprocess.run(["sh", "-c", "echo $GREETING; echo ${HOME:-unset}"], env=env, capture_output=True).stdout)
print(subprocess.run("echo $GREETING", shell=True, env={"GREETING": b"bytes value", "PATH": "/usr/bin:/bin"},
                     capture_output=True).stdout)
os.environ["REAP_SUBPROCESS_TEST"] = "from os.environ"
print(subprocess.run("echo $REAP_SUBPROCESS_TEST", shell=True, capture_output=True).stdout)
print(subprocess.run("echo $0 $1 $2", shell=True, capture_output=True).stdout)
print(subprocess.run(["echo $0 $1 $2", "zero", "one", "two"], shell=True, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo $0"], executable="/bin/sh", capture_output=True).stdout)
print(subprocess.run(["renamed-argv0", "-c", "echo $0"], executable="/bin/sh", capture_output=True).stdout)
print(subprocess.run("echo $0", shell=True, executable="/bin/sh", capture_output=True).stdout)
print(subprocess.run([b"echo", b"bytes", "and str"], capture_output=True).stdout)
print(subprocess.run(("echo", "tuple"), capture_output=True).args)

# Timeouts: the child is killed, what it wrote is kept.
try:
    subprocess.run(["sh", "-c", "echo started; echo to stderr >&2; exec sleep 10"], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(repr(e), e, e.cmd, e.timeout, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo started; exec sleep 10"], capture_output=True, text=True, timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e, repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(["sleep", "10"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output, e.stderr)
print(subprocess.run(["sleep", "0.1"], timeout=10).returncode)

# The helpers.
print(subprocess.call(["true"]), subprocess.call("exit 5", shell=True), subprocess.call(["sh", "-c", "exit 1"]))
print(subprocess.check_call(["true"]), subprocess.check_call("true", shell=True))
for args, kwargs in [(("exit 4",), dict(shell=True)), ((), dict(args=["false"]))]:
    try:
        subprocess.check_call(*args, **kwargs)
    except subprocess.CalledProcessError as e:
        print(e, e.output)
print(subprocess.check_output(["echo", "out"]), subprocess.check_output("echo out >&2; echo x", shell=True,
                                                                       stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input=b"piped"), subprocess.check_output(["cat"], input=None))
print(repr(subprocess.check_output(["cat"], input=None, text=True)), subprocess.check_output(["cat"], input="t", text=True))
print(subprocess.check_output(["echo", "é"], encoding="utf-8"), subprocess.check_output("printf x", shell=True, text=True))
try:
    subprocess.check_output("echo some; exit 9", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_output(["sh", "-c", "echo slow; exec sleep 10"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
print(repr(subprocess.getoutput("echo one; echo two >&2")), subprocess.getoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("echo fine"), subprocess.getstatusoutput("echo bad; exit 3"))
print(subprocess.getstatusoutput("printf 'a\\n\\n'"), subprocess.getstatusoutput("kill -9 $$"))
print(subprocess.getoutput("printf '\\303\\251'"), subprocess.getoutput("printf '\\351'", encoding="latin-1"))

# CompletedProcess by hand.
c = subprocess.CompletedProcess(["x"], 0)
print(c, subprocess.CompletedProcess("x", 1, "o", "e"), subprocess.CompletedProcess([], 0, stderr=b""))
print(c.check_returncode())
try:
    subprocess.CompletedProcess(["x", "y"], 2, b"o", b"e").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
print(subprocess.CompletedProcess[bytes], subprocess.Popen[str])
print(subprocess.CalledProcessError(-99, "cmd"), subprocess.CalledProcessError(-64, ["c"]), subprocess.CalledProcessError(1, b"c"))
print(subprocess.TimeoutExpired(["a"], 2.5), subprocess.TimeoutExpired("a", 1, b"o", b"e").stdout)
e = subprocess.CalledProcessError(1, "c")
e.stdout = b"set"
print(e.output)
print(sorted(subprocess.__all__))
