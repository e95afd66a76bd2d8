# unittest.mock: mock_open -- reading, iterating, writing, and assertions.
import re
from unittest.mock import mock_open, patch, call, MagicMock


def show(obj):
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


def count_lines(path):
    with open(path) as f:
        return sum(1 for line in f if line.strip())


def save(path, items):
    with open(path, 'w') as f:
        for item in items:
            f.write('%s\n' % item)


data = 'alpha\nbeta\n\ngamma'
with patch('builtins.open', mock_open(read_data=data)) as m:
    print(count_lines('words.txt'))
m.assert_called_once_with('words.txt')

m = mock_open()
with patch('builtins.open', m):
    save('out.txt', [1, 2])
m.assert_called_once_with('out.txt', 'w')
handle = m()
handle.write.assert_any_call('1\n')
print(handle.write.call_args_list)
print(handle.write.call_count)
print(m.mock_calls)

print('-- read forms')
m = mock_open(read_data='line one\nline two\nline three\n')
with patch('builtins.open', m):
    with open('f') as f:
        print(repr(f.read()))
    with open('f') as f:
        print(repr(f.readline()), repr(f.readline()))
        print(f.readlines())
    with open('f') as f:
        print(list(f))
    with open('f') as f:
        print(repr(f.read(4)), repr(f.read()))
    with open('f') as f:
        print(repr(next(f)), [l for l in f])
    f = open('f')
    print(repr(f.readline()))
    for line in f:
        print('iter', repr(line))
    print(repr(f.readline()), repr(f.read()))
    f.close()
    f.close.assert_called_once_with()
print(len(m.call_args_list))

print('-- bytes')
m = mock_open(read_data=b'\x00\x01raw\nbytes')
with patch('builtins.open', m):
    with open('b', 'rb') as f:
        print(f.read())
    with open('b', 'rb') as f:
        print(f.readlines())

print('-- reprs and spec')
m = mock_open(read_data='x')
show(m)
h = m('path')
show(h)
show(h.read)
print(h.read())
try:
    h.not_a_file_method
except AttributeError as e:
    print('AttributeError:', e)
print(h.__enter__() is h)

print('-- overriding return values')
m = mock_open(read_data='ignored')
m.return_value.read.return_value = 'forced'
print(m().read())
m.return_value.readline.return_value = 'same line'
f = m()
print(f.readline(), f.readline())
m = mock_open(read_data='a\nb\n')
m.return_value.readlines.return_value = ['x']
print(m().readlines())

print('-- mock argument')
base = MagicMock(name='myopen')
m = mock_open(base, read_data='from base')
print(m is base)
show(m)
print(m('p').read())
