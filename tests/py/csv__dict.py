# csv.DictReader and csv.DictWriter.
import csv
import io

# Typical use
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['first', 'last', 'age'])
print(w.writeheader())
w.writerow({'first': 'Ada', 'last': 'Lovelace', 'age': 36})
w.writerows([{'first': 'Grace', 'last': 'Hopper'}, {'last': 'Torvalds', 'first': 'Linus, B.'}])
print(repr(s.getvalue()))

s.seek(0)
r = csv.DictReader(s)
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)

# fieldnames given, restkey / restval, blank lines skipped
r = csv.DictReader(['1,2\n', '3,4,5,6\n', '\n', '7\n', '\n'], fieldnames=['a', 'b'],
                   restkey='rest', restval='?')
print([row for row in r], r.line_num)
r = csv.DictReader(['a,b\n', '1,2,3\n', '\n', '4\n'])
print(list(r))
r = csv.DictReader(['a,b\n', '\n', '\n', '1,2\n'])
print(next(r), r.line_num, r.reader.line_num)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
r = csv.DictReader(['x;y\n', '1;2\n'], delimiter=';')
print(list(r), r.dialect)
r = csv.DictReader(['x\ty\n', '1\t2\n'], dialect='excel-tab')
print(list(r), r.dialect)
r = csv.DictReader(['a,b\n', '1,2\n'])
r.fieldnames = ['A', 'B']
print(list(r))
r = csv.DictReader(['a,a\n', '1,2\n'])
print(list(r))
r = csv.DictReader(iter(['h\n', '"x\n', 'y"\n']))
print(r.fieldnames, list(r), r.line_num)

# DictWriter details
s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='-', extrasaction='ignore', delimiter=';')
w.writerow({'a': 1, 'c': 3})
w.writerow({})
print(repr(s.getvalue()), w.writer.dialect.delimiter)
s = io.StringIO()
w = csv.DictWriter(s, ('x', 'y'), quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerow({'x': 1.5, 'y': 'text'})
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.DictWriter(s, ['a'], extrasaction='RAISE')
print(w.writerow({'a': 1, 'b': 2}), repr(s.getvalue()))

# Errors
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction=3)
except AttributeError as e:
    print(type(e).__name__, e)
for row in [{'a': 1, 'b': 2}, {'a': 1, (1, 2): 2}, {'z': 0}]:
    try:
        csv.DictWriter(io.StringIO(), ['a']).writerow(row)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    csv.DictWriter(io.StringIO(), ['a']).writerows([{'a': 1}, {'b': 1}])
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(csv.DictReader(['a,b\n', 'x,"y\n'], strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
