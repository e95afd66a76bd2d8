# \N{name} escapes, the read-only groupindex, re.Pattern[str] aliases, re.__version__ and
# the order CPython names flags in a pattern's repr.
import re, pickle, copy
p = re.compile(r'(?P<a>x)(?P<b>y)?')
print(type(p.groupindex).__name__, p.groupindex, p.match('x').groupdict(), p.match('xy')['b'])
try:
    p.groupindex['c'] = 1
except TypeError as e:
    print("TypeError:", e)
print(re.Pattern[str], re.Match[bytes], re.__version__)
print(re.compile('a', re.I | re.A), re.compile(b'a', re.I | re.L), re.compile('a', re.M | re.S | re.X | re.DEBUG) if False else '', re.compile('a', re.U), re.compile(b'a'))
print(re.search(r'\N{GREEK SMALL LETTER ALPHA}+', 'xααy'), re.findall(r'[\N{EM DASH}\N{EN DASH}]', 'a—b–c'))
for bad in (r'\N', r'\N{', r'\N{}', r'\N{NO SUCH NAME}', r'[\N{NOPE}]', r'\Nx'):
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
try:
    re.compile(rb'\N{EM DASH}')
except re.error as e:
    print("error:", e)

# Compiled patterns pickle as CPython's: by their pattern and flags.
for proto in range(6):
    data = pickle.dumps(re.compile('a+', re.I), proto)
    print(proto, data == pickle.dumps(re.compile('a+', re.I), proto), pickle.loads(data))
print(copy.deepcopy(p) is p, pickle.loads(pickle.dumps(re.compile(b'[a-z]+'))).findall(b'ab cd'))
