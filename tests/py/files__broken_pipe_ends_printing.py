# A script printing for ever into a reader that stops (| head) ends with BrokenPipeError.
import subprocess, sys
p = subprocess.run(f"{sys.executable} -c \"while True: print('line')\" | head -2", shell=True, capture_output=True, text=True, timeout=20)
print(repr(p.stdout), 'BrokenPipeError' in p.stderr, p.stderr.count('Traceback'))
p = subprocess.run(f"{sys.executable} -c \"import sys\nwhile True: sys.stdout.write('line\\n')\" | head -1", shell=True, capture_output=True, text=True, timeout=20)
print(repr(p.stdout), 'BrokenPipeError' in p.stderr)
