# csv.Sniffer: guessing the dialect of a sample and whether it has a header row.
import csv
import io


def sniff(sample, delimiters=None):
    try:
        d = csv.Sniffer().sniff(sample, delimiters)
    except csv.Error as e:
        print(repr(sample[:30]), type(e).__name__, e)
        return None
    print(repr(sample[:30]), '->', repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name)
    return d


# Typical use
sample = 'name,age,city\nAda,36,London\nGrace,85,"New York"\nLinus,54,Helsinki\n'
dialect = sniff(sample)
print(issubclass(dialect, csv.Dialect), csv.Sniffer().has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))

sniff("a;b;c\n1;2;3\n4;5;6\n")
sniff("a\tb\tc\n1\t2\t3\n")
sniff("a, b, c\n1, 2, 3\n4, 5, 6\n")
sniff("a|b|c\n1|2|3\n")
sniff("a:b\n1:2\n3:4\n")
sniff("'a';'b'\n'1';'2'\n")
sniff('"a","b""c","d"\n"1","2","3"\n')
sniff('"only one column"\n"another"\n')
sniff('"x", "y"\n"1", "2"\n')
sniff('a,b;c\n1,2;3\n4,5;6\n')
sniff('a,b;c\n1,2;3\n4,5;6\n', delimiters=';')
sniff('abc\ndef\n')
sniff('')
sniff('a b c\n1 2 3\n4 5 6\n7 8 9 10\n')
sniff('\n'.join('%d;%d,%d' % (i, i * 2, i * 3) for i in range(30)))
sniff('\n'.join(('%d;%d' % (i, i) if i % 3 else '%d,%d' % (i, i)) for i in range(30)))
sniff('x#y#z\n1#2#3\n4#5\n6#7#8\n9#10#11\n')
sniff('a,"b\nc",d\ne,f,g\n')
sniff('id,name,note\r\n1,Ada,plain\r\n2,Grace,"has, comma"\r\n3,Linus,x\r\n')
sniff('id,name\r\n1,Ada\r\n2,Grace\r\n')

# has_header
for sample in ['name,age\nAda,36\nGrace,85\n', 'a,b\n1,2\n3,4\n', '1,2\n3,4\n5,6\n',
               'id,code\n1,abc\n2,def\n', 'ab,cd\nef,gh\nij,kl\n', 'x,y\n1,ab\n2,abc\n',
               'h1;h2\n1.5;2j\n2.5;3\n', 'h\n1\n', 'a,b\n1,2,3\n4\n',
               '\n'.join(['key,value'] + ['%d,%d' % (i, i * i) for i in range(40)])]:
    try:
        print(repr(sample[:20]), csv.Sniffer().has_header(sample))
    except csv.Error as e:
        print(repr(sample[:20]), type(e).__name__, e)
print(csv.Sniffer().preferred)
