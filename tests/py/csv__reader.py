# csv.reader: parsing from io.StringIO and lists of lines, with the dialect parameters.
import csv
import io


def rows(data, **kwargs):
    source = io.StringIO(data, newline='') if isinstance(data, str) else data
    r = csv.reader(source, **kwargs)
    out = [row for row in r]
    print(kwargs, '->', out, 'line_num', r.line_num)


# Typical use
text = 'name,age,city\r\nAda,36,London\r\n"Hopper, Grace",85,"New York"\r\n'
for row in csv.reader(io.StringIO(text, newline='')):
    print(row)

rows('a,b,c\n1,2,3\n')
rows('a,b,c\r\n1,2,3')
rows(['a,b,c\n', '', '\n', 'd,e\n'])
rows(['a,,b,\n', ',\n', ' , \n'])
rows(['"a","b,c","d""e",""\n'])
rows(['"multi\n', 'line",x\n', 'y\n'])
rows(['"a\r\n', 'b"\r\n'])
rows(['"a"b,c\n', '"a" ,b\n', 'a"b"c\n', ' "a",b\n'])
rows(['a,"b'])
rows(['a,"'])
rows(['"'])
rows(['a,b\r\r\n', 'c\n\n'])
rows(['a\x00b,c\n'])
rows(['caf\xe9,\u20ac,\U0001f600\n'])

# Delimiters, quote characters, doublequote, escapechar
rows(['a;b;"c;d"\n'], delimiter=';')
rows(['a\tb\t"c\td"\n'], dialect='excel-tab')
rows(["'a,b',c\n"], quotechar="'")
rows(['"a""b",c\n'], doublequote=False)
rows(['"a\\"b",c\n'], doublequote=False, escapechar='\\')
rows(['a\\,b,c\\\n', 'd\n'], escapechar='\\')
rows(['a\\', 'd\n'], escapechar='\\')
rows(['"a\\', 'd"\n'], escapechar='\\')
rows(['a\\\r\n', 'd\n'], escapechar='\\')
rows(['a\\'], escapechar='\\')
rows(['a,"b\\'], escapechar='\\')
rows(['\\"a,b\n'], escapechar='\\')
rows(['a, "b,c", d\n'], skipinitialspace=True)
rows(['  a,  ,b\n', '   \n'], skipinitialspace=True)
rows(['a  b\n'], skipinitialspace=True, delimiter=' ')
rows(['a  b\n'], delimiter=' ')

# Quoting modes
rows(['"a"b,c\n'], quoting=csv.QUOTE_NONE)
rows(['"a,b",c\n'], quoting=csv.QUOTE_NONE)
rows(['1,,2, 3,"4",-1e3\n'], quoting=csv.QUOTE_NONNUMERIC)
rows(['1, 2\n'], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
rows(['\\1,2\n'], quoting=csv.QUOTE_NONNUMERIC, escapechar='\\')
rows(['"1",2\n'], quoting=csv.QUOTE_ALL)
rows(['a,b\n'], quotechar=None)

# The reader and its attributes
r = csv.reader(['a,"b\n', 'c",d\n', 'e\n'])
print(r.line_num, type(r.dialect).__name__, r.dialect.delimiter)
for row in r:
    print(row, r.line_num)
print(next(r, 'done'), r.line_num)
print(iter(r) is r, type(r).__name__)


class Lines:
    def __iter__(self):
        return iter(['x,y\n', 'z\n'])


rows(Lines())
rows(iter(['1,2\n']))
rows(('a', 'b,c'))
