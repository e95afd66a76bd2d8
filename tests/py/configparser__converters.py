# Custom converters: get<name>() on the parser and on every section proxy.
import configparser


class Money:
    def __init__(self, text):
        self.cents = round(float(text) * 100)

    def __repr__(self):
        return 'Money(%d.%02d)' % divmod(self.cents, 100)


c = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
c.read_string("""
[s]
items = a, b ,c
n = 42
dec = 1.10
""")
print(c.getlist('s', 'items'), c['s'].getlist('items'), c['s'].getlist('none'), c['s'].getlist('none', ['d']))
print(c.getlist('s', 'none', fallback=0), c.getlist('nosect', 'x', fallback='f'))
print(sorted(c.converters), c.converters['list'] is not None, c.converters['int'])
print(len(c.converters), 'list' in c.converters, 'float' in c.converters)
c.converters['decimal'] = Money
print(c.getdecimal('s', 'dec'), c['s'].getdecimal('dec'), c.getdecimal.converter is Money)
c.add_section('later')
c.set('later', 'dec', '2.5')
print(c['later'].getdecimal('dec'), c['later'].getlist('dec'))
try:
    c.getlist('s', 'missing')
except configparser.NoOptionError as e:
    print(type(e).__name__, e)
del c.converters['decimal']
print(hasattr(c, 'getdecimal'), hasattr(c['s'], 'getdecimal'), sorted(c.converters))
for key in ('', None, 'nope'):
    try:
        del c.converters[key]
    except KeyError as e:
        print('del', repr(key), type(e).__name__, e)
for key in ('', 5):
    try:
        c.converters[key] = int
    except ValueError as e:
        print('set', repr(key), type(e).__name__, e)
try:
    c.converters['x']
except KeyError as e:
    print(type(e).__name__, e)
# Deleting a converter the class defines removes the proxies' getters only.
del c.converters['int']
print(hasattr(c, 'getint'), hasattr(c['s'], 'getint'), sorted(c.converters))


class Parser(configparser.ConfigParser):
    def gettuple(self, section, option, **kw):
        return tuple(self.get(section, option, **kw).split())


p = Parser()
p.read_string("[t]\nv = 1 2 3\n")
print(sorted(p.converters), p.gettuple('t', 'v'), p['t'].gettuple('v'))
print(type(p.converters).__name__, type(c['s'].getlist).__name__)
