# write(): the INI text of a parser, and reading it back.
import configparser
import io


def written(parser, **kw):
    out = io.StringIO()
    parser.write(out, **kw)
    return out.getvalue()


c = configparser.ConfigParser()
c['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
c['bitbucket.org'] = {'User': 'hg'}
c['topsecret'] = {'Port': '50022', 'multi': 'line one\nline two\n\nline four', 'pct': '100%%'}
print(written(c), end='---\n')
print(written(c, space_around_delimiters=False), end='---\n')
back = configparser.ConfigParser()
back.read_string(written(c))
print(back.get('topsecret', 'multi') == c.get('topsecret', 'multi'), back.get('topsecret', 'pct'))
print(back.sections(), back.defaults())

print(written(configparser.ConfigParser()), end='---\n')
e = configparser.ConfigParser()
e.add_section('empty')
print(written(e), end='---\n')

n = configparser.ConfigParser(allow_no_value=True)
n.read_string("[s]\nflag\nkey = \nvalue = 1\n")
print(written(n), end='---\n')
n2 = configparser.RawConfigParser()
n2.add_section('s')
n2.set('s', 'none', None)
n2.set('s', 'int', 7)
print(written(n2), end='---\n')

d = configparser.ConfigParser(delimiters=(':', '='))
d.read_string("[s]\na = 1\nb: 2\n")
print(written(d), end='---\n')
print(written(d, space_around_delimiters=False), end='---\n')
g = configparser.ConfigParser(default_section='general')
g.read_string("[general]\nx = 1\n[other]\ny = 2\n")
print(written(g), end='---\n')
r = configparser.RawConfigParser()
r.optionxform = str
r.read_string("[S]\nCase = Kept\n")
print(written(r), end='---\n')
