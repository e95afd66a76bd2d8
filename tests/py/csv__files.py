# csv with real files opened with newline='' in a temporary directory.
import csv
import os
import tempfile

rows = [['id', 'name', 'note'],
        ['1', 'Ada', 'plain'],
        ['2', 'Grace Hopper', 'has, comma'],
        ['3', 'Linus', 'has "quotes"'],
        ['4', '', 'multi\nline'],
        ['5', 'caf\xe9 \u20ac', ''],
        ['6', ' spaced ', '  ']]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'people.csv')
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, newline='') as f:
        r = csv.reader(f)
        back = list(r)
        print(r.line_num)
    print(back == rows)
    for row in back:
        print(row)

    # Dict round trip, another dialect
    path2 = os.path.join(tmp, 'dict.csv')
    with open(path2, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['k', 'v'], dialect='unix')
        w.writeheader()
        w.writerows({'k': 'key%d' % i, 'v': i * 1.5} for i in range(4))
    with open(path2, 'rb') as f:
        print(f.read())
    with open(path2, newline='') as f:
        for row in csv.DictReader(f):
            print(row)
    with open(path2, newline='') as f:
        print(list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC))[1:])

    # A tab-separated file, appended to
    path3 = os.path.join(tmp, 'data.tsv')
    with open(path3, 'w', newline='') as f:
        csv.writer(f, dialect='excel-tab').writerow(['a', 'b c', 'd\te'])
    with open(path3, 'a', newline='') as f:
        csv.writer(f, dialect='excel-tab').writerows([[1, 2, 3], [None, '', 'x']])
    with open(path3, newline='') as f:
        print(list(csv.reader(f, dialect='excel-tab')))

    # Sniffing a file's start
    with open(path2, newline='') as f:
        sample = f.read(200)
    dialect = csv.Sniffer().sniff(sample)
    print(repr(dialect.delimiter), repr(dialect.quotechar), csv.Sniffer().has_header(sample))

    # A bigger file, read back through the reader
    path4 = os.path.join(tmp, 'big.csv')
    with open(path4, 'w', newline='') as f:
        w = csv.writer(f)
        for i in range(3000):
            w.writerow([i, 'name %d' % i, 'x' * (i % 7), 'q"%d' % i if i % 5 == 0 else '',
                        'a,b' if i % 3 == 0 else i * 0.5])
    total = 0
    quoted = 0
    with open(path4, newline='') as f:
        r = csv.reader(f)
        for row in r:
            total += int(row[0]) + len(row[2])
            quoted += row[3].startswith('q"')
        print(r.line_num, total, quoted, row)

    # Files opened in binary mode are refused
    with open(path, 'rb') as f:
        try:
            next(csv.reader(f))
        except csv.Error as e:
            print(type(e).__name__, e)
print(os.path.exists(path))
