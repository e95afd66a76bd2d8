# What each file class says when it is closed or not open for a method, in CPython's words:
# TextIOWrapper, BufferedReader/Writer/Random (which say the second first) and FileIO.
import tempfile, os, shutil
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
open(p, 'w').close()
for mode in ['rb', 'wb', 'r+b', 'ab', 'r', 'w', 'r+']:
    for buf in ([-1, 0] if 'b' in mode else [-1]):
        f = open(p, mode, buffering=buf)
        for closed in (False, True):
            if closed:
                f.close()
            for name in ['read', 'readline', 'write', 'seek', 'flush', 'tell', 'read1', 'peek',
                         'readinto', 'readinto1', 'truncate', 'readlines', 'writelines',
                         '__next__', 'fileno', 'isatty', 'seekable', 'detach', 'readall']:
                if not hasattr(f, name) or (name == 'detach' and not closed):
                    continue
                a = {'readinto': [bytearray(1)], 'readinto1': [bytearray(1)], 'writelines': [[]],
                     'peek': [1], 'read1': [1], 'seek': [0], 'write': [b'' if 'b' in mode else ''],
                     'truncate': [0]}.get(name, [])
                try:
                    r = getattr(f, name)(*a)
                    if name not in ('fileno',):
                        print(mode, buf, closed, name, 'ok', r if not isinstance(r, int) or name != 'fileno' else '')
                except Exception as e:
                    print(mode, buf, closed, name, type(e).__name__, e)
shutil.rmtree(d)
