# BasicInterpolation (ConfigParser), ExtendedInterpolation, and no interpolation.
import configparser

text = r"""
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
percent = 100%%
upper = %(HOME_DIR)s
from_default = %(base)s/x

[Escape]
gain: 80%%
[DEFAULT]
base = /opt
"""
c = configparser.ConfigParser()
c.read_string(text)
print(c.get('Paths', 'my_pictures'), c.get('Paths', 'percent'), c.get('Paths', 'upper'))
print(c.get('Paths', 'my_pictures', raw=True), c.get('Escape', 'gain'), c.get('Paths', 'from_default'))
print(c.get('Paths', 'my_dir', vars={'home_dir': '/home'}))
print(c.items('Paths'))
print(c.items('Paths', raw=True))
print(c.items('Paths', vars={'home_dir': '/v'})[1])
print(c['Paths']['my_dir'], c['Paths'].get('my_dir', raw=True))
print(dict(c['Paths']))
c.set('Paths', 'ok', '%% and %(home_dir)s')
print(c.get('Paths', 'ok'))
for bad in ['50%', '%(x', '%s', '%%%']:
    try:
        c.set('Paths', 'bad', bad)
    except ValueError as e:
        print(type(e).__name__, e)

# The same text read without interpolation.
for parser in (configparser.RawConfigParser(), configparser.ConfigParser(interpolation=None)):
    parser.read_string(text)
    print(type(parser).__name__, parser.get('Paths', 'my_pictures'), parser.get('Paths', 'percent'))
    parser.set('Paths', 'x', '50%')
    print(parser.get('Paths', 'x'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string(r"""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$80
deep: ${Arthur:my_pictures}/x
dflt: ${shared}
[DEFAULT]
shared = s
""")
print(ext.get('Arthur', 'my_pictures'), ext.get('Arthur', 'python_dir'), ext.get('Arthur', 'cost'))
print(ext.get('Arthur', 'deep'), ext.get('Arthur', 'dflt'), ext.get('Arthur', 'cost', raw=True))
print(ext['Frameworks']['path'])
ext.set('Arthur', 'ok', '$$ ${a:b}')
for bad in ['$x', '${x', '$']:
    try:
        ext.set('Arthur', 'bad', bad)
    except ValueError as e:
        print(type(e).__name__, e)


class Custom(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_write(self, parser, section, option, value):
        return '<' + value + '>'


cu = configparser.ConfigParser(interpolation=Custom())
cu.read_string("[s]\nk = value\n")
print(cu.get('s', 'k'), cu.get('s', 'k', raw=True))
import io
out = io.StringIO()
cu.write(out)
print(out.getvalue())
try:
    configparser.ConfigParser(interpolation=Custom)
except TypeError as e:
    print(type(e).__name__, e)
try:
    configparser.ConfigParser(interpolation='basic')
except TypeError as e:
    print(type(e).__name__, e)
