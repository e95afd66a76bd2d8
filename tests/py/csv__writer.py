# csv.writer: writerow / writerows with each quoting mode and the formatting parameters.
import csv
import io


def out(rows, **kwargs):
    s = io.StringIO()
    w = csv.writer(s, **kwargs)
    try:
        for row in rows:
            w.writerow(row)
    except (csv.Error, TypeError, ValueError) as e:
        print(kwargs, '!!', type(e).__name__, e, '| written:', repr(s.getvalue()))
        return
    print(kwargs, '->', repr(s.getvalue()))


# Typical use
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['name', 'age', 'note']))
w.writerows([['Ada', 36, 'said "hi"'], ['Grace', 85, 'a, b'], ['Linus', None, 'multi\nline']])
print(repr(s.getvalue()))
print(type(w).__name__, w.dialect.delimiter, repr(w.dialect.lineterminator))

# Values of every kind
out([['a', None, 'b'], [1, 2.5, -0.0, 10 ** 20, True, 3j], [float('nan'), float('inf')], ['', ''],
     [''], [None], [], 'abc', (x for x in 'xy')])

# QUOTE_MINIMAL: only fields holding special characters are quoted
out([['a,b', 'c"d', 'e\nf', 'g\rh', 'i j', "k'l"]])
out([['a\rb', 'c\nd', 'e,f', 'g"h']], lineterminator='\n')
out([['a|b', 'c']], lineterminator='|')
out([['a', 'b']], lineterminator='')
out([['a;b', 'c,d']], delimiter=';')
out([['a b', 'c']], delimiter=' ')
out([[' a', '']], skipinitialspace=True)
out([["it's", 'x"y']], quotechar="'")
# QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE
out([[1, 2.5, 'x', None, ''], [''], ['', '']], quoting=csv.QUOTE_ALL)
out([[1, 2.5, 'x', None, True, 3j, '1', b'x', 2 ** 100]], quoting=csv.QUOTE_NONNUMERIC)
out([['a', 'b c']], quoting=csv.QUOTE_NONE)
out([['a,b']], quoting=csv.QUOTE_NONE)
out([['a,b', 'c\\d', 'e\rf', 'g"h']], quoting=csv.QUOTE_NONE, escapechar='\\')
out([['']], quoting=csv.QUOTE_NONE)
out([['', '']], quoting=csv.QUOTE_NONE)
out([['a,b']], quotechar=None)
out([['a,b']], quotechar=None, escapechar='\\')

# doublequote and escapechar
out([['a\\b', 'c"d']], escapechar='\\')
out([['a\\b', 'c"d', 'e,f']], escapechar='\\', doublequote=False)
out([['c"d']], doublequote=False)
out([['a"b']], escapechar='"', doublequote=False)


class Number:
    def __index__(self):
        return 7

    def __str__(self):
        return 'seven'


class Text:
    def __str__(self):
        return 'te,xt'


class Broken:
    def __str__(self):
        raise ValueError('no text')


out([[Number(), Text()]], quoting=csv.QUOTE_NONNUMERIC)
out([[Number(), Text()]])
out([['ok'], ['a', Broken()], ['never']])


# The writer returns what the file's write() returns; writerows returns None.
class Sink:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text) * 100


sink = Sink()
w = csv.writer(sink)
print(w.writerow(['abc', 'd']), w.writerows([['x'], ['y', 'z']]), sink.calls)

# Errors
for row in [1, None, 2.5]:
    try:
        csv.writer(io.StringIO()).writerow(row)
    except csv.Error as e:
        print(repr(row), type(e).__name__, e)
try:
    csv.writer(io.StringIO()).writerows(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    csv.writer(io.StringIO()).writerows([['a'], 1])
except csv.Error as e:
    print(type(e).__name__, e)
for target in [1, type('NoWrite', (), {})(), type('BadWrite', (), {'write': 3})()]:
    try:
        csv.writer(target)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    csv.writer()
except TypeError as e:
    print(type(e).__name__, e)
try:
    csv.writer(io.StringIO()).dialect = None
except AttributeError as e:
    print(type(e).__name__, e)
