# Interpolation errors: missing references, bad syntax, too deep.
import configparser


def show(parser, section, option, **kw):
    try:
        print(repr(parser.get(section, option, **kw)))
    except configparser.Error as e:
        print(type(e).__name__, '|', e)
        print('  args', e.args, '| option', e.option, '| section', e.section)
        if hasattr(e, 'reference'):
            print('  reference', repr(e.reference))


c = configparser.ConfigParser()
c.read_string("""
[s]
missing = %(nope)s
syntax1 = %(unclosed
syntax2 = 100% sure
syntax3 = %z
loop1 = %(loop2)s
loop2 = %(loop1)s
self = x%(self)s
chain = %(missing)s
ok = fine
[DEFAULT]
d = %(nope2)s
""")
for opt in ['missing', 'syntax1', 'syntax2', 'syntax3', 'loop1', 'self', 'chain', 'ok', 'd']:
    show(c, 's', opt)
show(c, 's', 'missing', vars={'nope': 'given'})
show(c, 's', 'missing', raw=True)
print(c.items('s', raw=True)[0])
try:
    c.items('s')
except configparser.InterpolationError as e:
    print(type(e).__name__, e)
try:
    c['s']['loop1']
except configparser.InterpolationDepthError as e:
    print(type(e).__name__, e)

e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("""
[a]
missing = ${nope}
missing2 = ${b:nope}
missing3 = ${nosect:x}
colons = ${a:b:c}
bad = ${unclosed
dollar = 5$
loop = ${loop}
other = ${b:loop}
ok = ${b:v}
[b]
v = bee
loop = ${a:loop}
""")
for opt in ['missing', 'missing2', 'missing3', 'colons', 'bad', 'dollar', 'loop', 'other', 'ok']:
    show(e, 'a', opt)
print(issubclass(configparser.InterpolationMissingOptionError, configparser.InterpolationError),
      issubclass(configparser.InterpolationError, configparser.Error),
      issubclass(configparser.Error, Exception))
