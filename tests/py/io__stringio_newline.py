# io.StringIO's newline argument: None translates '\r\n' and '\r' to '\n' on write; ''
# keeps them all and ends lines at any of them; '\n' keeps everything and ends lines at '\n'
# only; '\r' and '\r\n' turn each written '\n' into themselves. newlines reports the kinds seen.
import io

text = 'a\r\nb\rc\nd'
for newline in (None, '', '\n', '\r', '\r\n'):
    f = io.StringIO(text, newline=newline)
    print(repr(newline), repr(f.getvalue()), f.readlines(), repr(f.newlines), f.tell())
    f.seek(0)
    print('   lines:', list(f), [f.seek(0), f.readline(2), f.readline(), f.readline()][1:])
    w = io.StringIO(newline=newline)
    print('   write returns', w.write('x\r'), w.write('\ny\n'), w.tell(), repr(w.getvalue()), repr(w.newlines))

# newline='' splits '\r\n' as one line end, even across separate writes, but a size limit can
# cut between the '\r' and the '\n'.
f = io.StringIO(newline='')
f.write('one\r')
f.write('\ntwo\rthree\n\nfour\r')
f.seek(0)
print(list(f))
f.seek(0)
print(repr(f.readline(4)), repr(f.readline()), repr(f.readline(100)))

# newlines grows as new kinds appear (newline=None and '' only).
f = io.StringIO(newline=None)
seen = [f.newlines]
for chunk in ('plain', 'a\n', 'b\r\n', 'c\n', 'd\r', 'e'):
    f.write(chunk)
    seen.append(f.newlines)
print(seen)
f = io.StringIO('only\r\n', newline='')
print(repr(f.newlines), repr(io.StringIO('x\ny', newline='\n').newlines))

# Universal newlines reading of mixed line ends, the common use of newline=None.
data = 'Line 1\r\nLine 2\rLine 3\nLine 4'
print(io.StringIO(data, newline=None).read().splitlines())
print([line.rstrip('\n') for line in io.StringIO(data, newline=None)])

# Writing text meant for Windows.
win = io.StringIO(newline='\r\n')
print('header', file=win)
win.write('row 1\nrow 2\n')
print(repr(win.getvalue()), win.tell())
win.seek(0)
print(win.readlines())

# Long lines and lines without an end, read line by line.
long = 'x' * 1000 + '\n' + 'y' * 300 + '\r\n' + 'z' * 5
for newline in (None, '', '\n', '\r\n'):
    f = io.StringIO(long, newline=newline)
    print(repr(newline), [len(line) for line in f], [len(f.readline(7)) for _ in range(2)])
