# string.Formatter: format/vformat like str.format, parse, get_field, and the hooks subclasses
# override (get_value, check_unused_args, format_field, convert_field).
from string import Formatter

f = Formatter()
print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{0}{1}{0}', 'abra', 'cad'))
print(f.format('{name!r:>10}|{x:08.3f}|{y:,}', name='bob', x=3.14159, y=1234567))
print(f.format('{0[1]} {d[key]} {c.real} {c.imag}', [9, 8], d={'key': 'v'}, c=3 + 4j))
print(f.format('{:{width}.{prec}}', 2.718281828, width=10, prec=3))
print(f.format('{0:{1}}|{2}', 'x', '^5', 'y'))
print(f.format('{{literal}} {0!s} {0!a}', 'é'))
print(f.vformat('{a}-{0}', ('pos',), {'a': 'kw'}))
for fmt in ('{', '}', '{0', '{0!x}', '{} {1}', '{0} {}', '{a.}', '{0[}', '{0:{1:{2:{3}}}}'):
    try:
        print(repr(f.format(fmt, 1, 2, 3, 4, a=5)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print('KeyError', e)
try:
    f.format('{5}', 1)
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{0.nothing}', 1)
except AttributeError as e:
    print('AttributeError', e)

# parse
for text in ('plain', 'a{0}b{1:>3}c', '{x!r:^{w}}', 'a{{b}}c', '{}{}', '{0.attr[key]!s}', ''):
    print(repr(text), list(f.parse(text)))

# get_field returns the object and the key used for it.
print(f.get_field('0', ('zero',), {}))
print(f.get_field('a.real', (), {'a': 5}))
print(f.get_field('0[x][1]', ({'x': 'hi'},), {}))

# convert_field and format_field directly
print(f.convert_field('s', 'r'), f.convert_field(1, None), f.convert_field('ü', 'a'), f.convert_field(7, 's'))
try:
    f.convert_field(1, 'q')
except ValueError as e:
    print('ValueError', e)
print(f.format_field(3.5, '>6'), f.format_field('x', ''))


# Subclasses
class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}?>')
        return super().get_value(key, args, kwargs)


print(Defaulting().format('{a} {b} {0}', 'first', a='A'))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused_pos = [i for i in range(len(args)) if i not in used_args]
        if unused or unused_pos:
            raise ValueError(f'unused: {sorted(unused)} {unused_pos}')


print(Strict().format('{x} {0}', 'p', x=1))
try:
    Strict().format('{x}', 'extra', x=1, y=2)
except ValueError as e:
    print('ValueError', e)


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def convert_field(self, value, conversion):
        if conversion == 'l':
            return str(value).lower()
        return super().convert_field(value, conversion)


print(Upper().format('{0} {1!l} {2!r:>8}', 'abc', 'XyZ', 'q'))


class Recording(Formatter):
    def __init__(self):
        self.used = None

    def check_unused_args(self, used_args, args, kwargs):
        self.used = sorted(map(str, used_args))


r = Recording()
r.format('{0}{x.real}{0}{y[0]}', 1, x=2, y=[3])
print(r.used)
