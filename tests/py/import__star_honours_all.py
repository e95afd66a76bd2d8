# `from m import *` takes the names in m.__all__ (read as attributes, each a str), else the
# public globals; with CPython's errors for a bad or missing name.
import os, sys, tempfile

d = tempfile.mkdtemp()
files = {
    'modall.py': '__all__ = ["a", "c"]\na = 1\nb = 2\ndef c(): return 3\n',
    'badall.py': '__all__ = ["a", 5]\na = 1\n',
    'missall.py': '__all__ = ("a", "zz")\na = 1\n',
    'noall.py': '_p = 1\nq = 2\n',
}
for name, text in files.items():
    with open(os.path.join(d, name), 'w') as f:
        f.write(text)
sys.path.insert(0, d)

from modall import *
print(sorted(n for n in dir() if n in ('a', 'b', 'c')))
from noall import *
print('q' in dir(), '_p' in dir())
from os.path import *
print('join' in dir(), 'genericpath' in dir())
from json import *
print('decoder' in dir(), 'dumps' in dir())
try:
    from badall import *
except TypeError as e:
    print('TypeError', e)
try:
    from missall import *
except AttributeError as e:
    print('AttributeError', e)
for name in files:
    os.remove(os.path.join(d, name))
