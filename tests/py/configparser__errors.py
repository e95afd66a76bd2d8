# Every error class: when it is raised, its message, args, attributes and repr.
import configparser


def report(e):
    print(type(e).__name__, '|', str(e))
    print('  repr:', repr(e))
    print('  args:', e.args)


c = configparser.ConfigParser()
c.read_string("[a]\nx = 1\n")
for call in [lambda: c.get('nosuch', 'x'), lambda: c.items('nosuch'), lambda: c.options('nosuch'),
             lambda: c.set('nosuch', 'x', '1'), lambda: c.remove_option('nosuch', 'x'),
             lambda: c.getint('nosuch', 'x'), lambda: c.get('a', 'Missing'),
             lambda: c.getboolean('a', 'nope'), lambda: c.get('DEFAULT', 'x'),
             lambda: c.add_section('a'), lambda: c.add_section('DEFAULT'),
             lambda: c.add_section(5), lambda: c.set('a', 5, 'x'), lambda: c.set('a', 'k', 5),
             lambda: c.set('a', 'k'), lambda: c.read_dict({'a': {'x': 1}, 'b': {'y': 1, 'Y': 2}}),
             lambda: c.read_dict({'q': {}, 'Q': {}}) or c.sections()]:
    try:
        print('->', call())
    except (configparser.Error, ValueError, TypeError) as e:
        report(e)

e = configparser.NoSectionError('s')
print(e.section, e.message)
e = configparser.NoOptionError('o', 's')
print(e.option, e.section)
e = configparser.DuplicateSectionError('s', 'file.ini', 7)
report(e)
print(e.section, e.source, e.lineno)
report(configparser.DuplicateSectionError('s', 'file.ini'))
report(configparser.DuplicateSectionError('s'))
e = configparser.DuplicateOptionError('s', 'o', '<dict>', 12)
report(e)
print(e.section, e.option, e.source, e.lineno)
report(configparser.DuplicateOptionError('s', 'o', '<dict>'))
report(configparser.DuplicateOptionError('s', 'o'))
report(configparser.InterpolationError('o', 's', 'msg'))
report(configparser.InterpolationSyntaxError('o', 's', 'bad'))
report(configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref'))
report(configparser.InterpolationDepthError('o', 's', 'raw'))
report(configparser.Error('plain'))
report(configparser.Error())

try:
    c.read_string("x = 1\n[a]\n", source='cfg.ini')
except configparser.MissingSectionHeaderError as e:
    report(e)
    print(e.source, e.lineno, repr(e.line), isinstance(e, configparser.ParsingError), hasattr(e, 'errors'))
try:
    configparser.ConfigParser().read_string("  \n# c\n  key: value")
except configparser.MissingSectionHeaderError as e:
    report(e)
try:
    configparser.ConfigParser().read_string("[s]\nok = 1\nbad line\nalso bad\n=x\n  \n", 'src')
except configparser.ParsingError as e:
    report(e)
    print(e.source, e.errors)
p = configparser.ParsingError('here')
p.append(3, "'line'")
p.append(100, 'x')
report(p)
print(p.errors, p.message)
for kw in [{}, {'source': 'a', 'filename': 'b'}]:
    try:
        configparser.ParsingError(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = configparser.ParsingError(filename='old')
    print(p.source, p.filename)
    p.filename = 'new'
    print(p.source)
    print([(x.category.__name__, str(x.message)) for x in w])
try:
    configparser.ConfigParser().read_string("[s]\n[s]\n", source='dup.ini')
except configparser.DuplicateSectionError as e:
    report(e)
try:
    configparser.ConfigParser().read_string("[s]\na=1\nb=2\na=3\n")
except configparser.DuplicateOptionError as e:
    report(e)
try:
    configparser.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}, source='mine')
except configparser.DuplicateOptionError as e:
    report(e)
for cls in [configparser.NoSectionError, configparser.DuplicateSectionError,
            configparser.DuplicateOptionError, configparser.NoOptionError,
            configparser.InterpolationDepthError, configparser.InterpolationMissingOptionError,
            configparser.InterpolationSyntaxError, configparser.MissingSectionHeaderError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
