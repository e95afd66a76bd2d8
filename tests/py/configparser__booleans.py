# getboolean accepts 1/yes/true/on and 0/no/false/off in any case; getint/getfloat use int()/float().
import configparser

c = configparser.ConfigParser()
c.read_string("""
[b]
a = 1
b = YES
c = True
d = on
e = 0
f = No
g = FALSE
h = Off
i = maybe
j = 2
k =
[n]
i1 = 42
i2 = -7
i3 =  0o10
i4 = 1_000
f1 = 3.5
f2 = 1e3
f3 = inf
bad = abc
""")
for k in 'abcdefghijk':
    try:
        print(k, c.getboolean('b', k))
    except ValueError as e:
        print(k, type(e).__name__, e)
for k in ['i1', 'i2', 'f1']:
    print(k, c.getint('n', k) if k.startswith('i') else c.getfloat('n', k))
print(c.getfloat('n', 'f2'), c.getfloat('n', 'f3'), c.getfloat('n', 'i1'))
print(c.getint('n', 'i4'))
for name, key in [('getint', 'i3'), ('getint', 'f1'), ('getfloat', 'bad'), ('getint', 'bad')]:
    try:
        getattr(c, name)('n', key)
    except ValueError as e:
        print(name, key, type(e).__name__, e)
# A conversion error is not hidden by a fallback.
try:
    c.getint('n', 'bad', fallback=0)
except ValueError as e:
    print('fallback', type(e).__name__, e)
print(configparser.RawConfigParser.BOOLEAN_STATES)


class MyParser(configparser.ConfigParser):
    BOOLEAN_STATES = {'sure': True, 'nope': False}


m = MyParser()
m.read_string("[x]\na = sure\nb = nope\nc = yes\n")
print(m.getboolean('x', 'a'), m.getboolean('x', 'b'))
try:
    m.getboolean('x', 'c')
except ValueError as e:
    print(type(e).__name__, e)
print(m['x'].getboolean('a'), m['x'].getboolean('zzz'), m['x'].getboolean('zzz', True))
