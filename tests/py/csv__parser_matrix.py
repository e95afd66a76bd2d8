# csv: the reader and writer over a deterministic spread of awkward inputs and dialect settings
# (records split across lines, stray quotes, escapes, line breaks, field limits).
import csv
import io

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return (seed >> 8) % n


CHARS = ['a', 'b', '1', '2.5', ',', ';', '"', '"', "'", '\\', ' ', '\r', '\n', '\r\n', '\t']
OPTIONS = [('delimiter', ';'), ('delimiter', ' '), ('quotechar', "'"), ('quotechar', None),
           ('escapechar', '\\'), ('escapechar', '"'), ('doublequote', False),
           ('skipinitialspace', True), ('strict', True), ('quoting', csv.QUOTE_ALL),
           ('quoting', csv.QUOTE_NONNUMERIC), ('quoting', csv.QUOTE_NONE)]

for case in range(250):
    lines = []
    for _ in range(1 + rand(3)):
        line = ''.join(CHARS[rand(len(CHARS))] for _ in range(rand(9)))
        if rand(10) < 7:
            line += ['\n', '\r\n', '\r'][rand(3)]
        lines.append(line)
    kwargs = {}
    for _ in range(rand(3)):
        key, value = OPTIONS[rand(len(OPTIONS))]
        kwargs[key] = value
    try:
        r = csv.reader(lines, **kwargs)
    except TypeError as e:
        print(case, kwargs, 'TypeError', e)
        continue
    limit = csv.field_size_limit(4 if rand(8) == 0 else 131072)
    results = []
    for _ in range(6):
        try:
            results.append((next(r), r.line_num))
        except StopIteration:
            break
        except (csv.Error, ValueError) as e:
            results.append((type(e).__name__, str(e)[:30], r.line_num))
    print(case, lines, kwargs, csv.field_size_limit(limit), results)

VALUES = ['', 'a', 'a b', 'x,y', 'q"q', '"', 'e\\s', '\r', 'l\nm', ' lead', 'tab\t', None, 1, 2.5,
          True, ';', "'", '|']
WRITE_OPTIONS = OPTIONS + [('lineterminator', '\n'), ('lineterminator', '|'),
                           ('quotechar', '|')]
for case in range(150):
    rows = [[VALUES[rand(len(VALUES))] for _ in range(rand(4))] for _ in range(1 + rand(2))]
    kwargs = {}
    for _ in range(rand(3)):
        key, value = WRITE_OPTIONS[rand(len(WRITE_OPTIONS))]
        kwargs[key] = value
    s = io.StringIO()
    try:
        w = csv.writer(s, **kwargs)
    except TypeError as e:
        print(case, kwargs, 'TypeError', e)
        continue
    results = []
    for row in rows:
        try:
            results.append(w.writerow(row))
        except csv.Error as e:
            results.append(str(e))
    text = s.getvalue()
    print(case, rows, kwargs, results, repr(text))
    # What was written reads back as the same strings.
    if 'lineterminator' not in kwargs and all(isinstance(x, int) for x in results):
        back = list(csv.reader(io.StringIO(text), **kwargs))
        expect = [['' if v is None else str(v) for v in row] for row in rows]
        if kwargs.get('quoting') == csv.QUOTE_NONNUMERIC:
            expect = [[v if isinstance(v, str) else float(v) if v is not None else ''
                       for v in row] for row in rows]
        print('   read back:', back == expect or back)
