# csv: Dialect classes, the dialect registry and the validation of dialect parameters.
import csv
import io

# The predefined dialects
print(csv.list_dialects())
for name in csv.list_dialects():
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.quotechar), repr(d.escapechar),
          repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
print(csv.get_dialect('excel') is csv.get_dialect('excel'))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator),
      csv.unix_dialect.quoting)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)


# Registering dialects: by class, by name, by keywords, or a mix.
class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('pipes', Pipes)
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
csv.register_dialect('tabs', 'excel-tab', lineterminator='\n')
csv.register_dialect('semi-pipes', Pipes, delimiter=';')
print(sorted(csv.list_dialects()))
for name in ('pipes', 'semi', 'tabs', 'semi-pipes'):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting,
          d.skipinitialspace)
    s = io.StringIO()
    csv.writer(s, name).writerow(['a b', "c'd", 'e|f;g'])
    print('  ', repr(s.getvalue()), list(csv.reader([s.getvalue()], name)))

s = io.StringIO()
csv.writer(s, dialect=Pipes).writerow(['x', 'y|z'])
csv.writer(s, Pipes(), delimiter=',').writerow(['x', 'y|z'])
csv.writer(s, csv.get_dialect('semi'), quoting=csv.QUOTE_MINIMAL).writerow(['x', 'y;z'])
print(repr(s.getvalue()))
print(csv.reader([], csv.get_dialect('semi')).dialect is csv.get_dialect('semi'))
print(csv.reader([], 'semi').dialect is csv.get_dialect('semi'))

for name in ('pipes', 'semi', 'tabs', 'semi-pipes'):
    csv.unregister_dialect(name)
print(csv.list_dialects())

# Registry errors
for f, args in [(csv.get_dialect, ('pipes',)), (csv.get_dialect, (1,)),
                (csv.unregister_dialect, ('pipes',)), (csv.register_dialect, (1,)),
                (csv.register_dialect, ('x', 'excel', 'y')), (csv.register_dialect, ('x', 'nope')),
                (csv.get_dialect, ([],))]:
    try:
        print(f(*args))
    except (csv.Error, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(csv.list_dialects())

# Validation of the parameters (TypeError from reader/writer/register_dialect)
for kwargs in [dict(delimiter=''), dict(delimiter=',,'), dict(delimiter=None), dict(delimiter=1),
               dict(delimiter=b','), dict(quotechar=''), dict(quotechar=1),
               dict(quotechar=None, quoting=csv.QUOTE_ALL),
               dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(quoting=7),
               dict(quoting=-1), dict(quoting='a'), dict(quoting=None), dict(quoting=1.0),
               dict(quoting=True), dict(quoting=2 ** 70), dict(lineterminator=1),
               dict(lineterminator=None), dict(escapechar='ab'), dict(escapechar=''),
               dict(escapechar=1), dict(bogus=1)]:
    try:
        d = csv.reader([], **kwargs).dialect
        print(kwargs, 'ok')
    except (TypeError, OverflowError) as e:
        print(kwargs, type(e).__name__, e)

# Accepted oddities, and truth values
for kwargs in [dict(quotechar=None), dict(lineterminator=''), dict(delimiter='\n'),
               dict(delimiter=',', quotechar=','), dict(doublequote=0), dict(strict='x'),
               dict(skipinitialspace=[]), dict(escapechar=None)]:
    d = csv.reader([], **kwargs).dialect
    print(kwargs, repr(d.delimiter), repr(d.quotechar), d.quoting, d.doublequote, d.strict,
          d.skipinitialspace, repr(d.lineterminator), repr(d.escapechar))

# Dialect subclasses are validated when instantiated (csv.Error), or when used (TypeError).
class NoQuoting(csv.Dialect):
    delimiter = ';'


class BadDelimiter(csv.excel):
    delimiter = ';;'


class NoQuotechar(csv.Dialect):
    delimiter = ';'
    quoting = csv.QUOTE_MINIMAL
    lineterminator = '\n'


for cls in (csv.Dialect, NoQuoting, BadDelimiter, NoQuotechar, csv.excel):
    try:
        d = cls()
        print(cls.__name__, 'ok', d._valid, d.delimiter)
    except csv.Error as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        csv.reader([], cls)
        print(cls.__name__, 'usable')
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(csv.Dialect._valid, csv.Dialect._name)

# Dialect objects are read-only
d = csv.get_dialect('excel')
for name in ('delimiter', 'quoting', 'other'):
    try:
        setattr(d, name, ';')
    except AttributeError as e:
        print(name, type(e).__name__, e)
print(d.delimiter)
