# The mapping protocol: parser['section']['key'], SectionProxy, in, len, iteration.
import configparser

c = configparser.ConfigParser()
c['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
c['forge.example'] = {}
c['forge.example']['User'] = 'hg'
c['topsecret.server.example'] = {}
top = c['topsecret.server.example']
top['Port'] = '50022'
top['ForwardX11'] = 'no'
c['DEFAULT']['ForwardX11'] = 'yes'
print(list(c), len(c), c.sections())
print('forge.example' in c, 'DEFAULT' in c, 'nope' in c, 'user' in c['forge.example'], 'USER' in c['forge.example'])
print(list(c['forge.example']), len(c['forge.example']))
print(list(c['DEFAULT']), len(c['DEFAULT']))
print(repr(top), top.name, top.parser is c, type(top).__name__)
print(top['port'], top['Compression'], top.get('port'), top.get('missing'), top.get('missing', 'fb'))
print(top.getint('port'), top.getboolean('forwardx11'), top.getfloat('compressionlevel'))
print(top.getint('missing'), top.getint('missing', 5), top.get('port', raw=True))
print(dict(top))
print(list(top.keys()), list(top.values()), list(top.items())[:2])
print(c['forge.example'] is c['forge.example'])
try:
    c.get('forge.example')
except TypeError as e:
    print(type(e).__name__, e)
try:
    c['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    top['nope']
except KeyError as e:
    print(type(e).__name__, e)
del top['port']
print('port' in top, list(top))
for key in ('port', 'compression'):
    try:
        del top[key]
    except KeyError as e:
        print(type(e).__name__, e)
for value in (5, None):
    try:
        top['num'] = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    top[3] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
del c['forge.example']
print(c.sections())
try:
    del c['DEFAULT']
except ValueError as e:
    print(type(e).__name__, e)
try:
    del c['nope']
except KeyError as e:
    print(type(e).__name__, e)

# Assigning a section replaces its options; assigning a proxy to itself does nothing.
c['topsecret.server.example'] = {'a': 1, 'B': 2.5}
print(c.items('topsecret.server.example'))
c['topsecret.server.example'] = c['topsecret.server.example']
print(c.options('topsecret.server.example'))
c['copy'] = c['topsecret.server.example']
print(c.items('copy'))
c['DEFAULT'] = {'only': 'this'}
print(c.defaults(), list(c['copy']))
print([(name, repr(proxy)) for name, proxy in c.items()])
print(list(c.keys()), [repr(v) for v in c.values()])
c.update({'upd': {'k': 'v'}})
print(c.sections())
print(c.popitem()[0], c.sections())
c.clear()
print(c.sections(), c.defaults(), len(c))
try:
    c.popitem()
except KeyError as e:
    print(type(e).__name__, e)
c.read_dict({'x': {'1': 2}})
print(c.setdefault('x') is c['x'], c.pop('x').name, c.sections())
# A proxy of a removed section answers with its fallback, or raises NoSectionError.
c.read_dict({'gone': {'a': 'b'}})
gone = c['gone']
c.remove_section('gone')
print(gone.get('a'), gone.get('a', 'fb'))
try:
    len(gone)
except configparser.NoSectionError as e:
    print(type(e).__name__, e)
try:
    gone['a'] = 'x'
except configparser.NoSectionError as e:
    print(type(e).__name__, e)

r = configparser.RawConfigParser()
r['s'] = {'a': 1}
try:
    r['s']['b'] = 2
except TypeError as e:
    print(type(e).__name__, e)
a = configparser.ConfigParser(allow_no_value=True)
a['s'] = {'flag': None, 'n': 1}
a['s']['other'] = None
print(a.items('s'))
try:
    a['s']['bad'] = 3
except TypeError as e:
    print(type(e).__name__, e)
