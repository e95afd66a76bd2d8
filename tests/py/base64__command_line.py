# `python -m base64` encodes stdin or a file to stdout, -d decodes, -t shows a round trip.
import os, subprocess, sys, tempfile

def run(*args, data=b''):
    r = subprocess.run([sys.executable, '-m', 'base64', *args], input=data, capture_output=True)
    return r.returncode, r.stdout

print(run(data=b'x\n'))
print(run('-e', data=b'hello world'))
print(run('-d', data=b'aGVsbG8gd29ybGQ=\n'))
print(run('-u', data=b'eAo=\n'))
print(run('-t'))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'in.bin')
    with open(p, 'wb') as f:
        f.write(bytes(range(60)))
    print(run(p))
code, out = run('-z')
print(code, out)
