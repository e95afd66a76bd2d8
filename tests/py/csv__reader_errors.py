# csv.reader: csv.Error messages, line_num at the error, strict mode and field_size_limit.
import csv
import io


def run(lines, **kwargs):
    r = csv.reader(lines, **kwargs)
    while True:
        try:
            row = next(r)
        except StopIteration:
            print('  end at line', r.line_num)
            break
        except csv.Error as e:
            print('  ', type(e).__name__, e, '(line %d)' % r.line_num)
            continue
        except ValueError as e:
            print('  ', type(e).__name__, e, '(line %d)' % r.line_num)
            continue
        print('  ', row)


print('newline inside an unquoted field')
run(['a,b\rc\n', 'd\n'])
run(['ab\r\x00\n'])
print('strict')
run(['"a"b,c\n', 'ok\n'], strict=True)
run(['"a" ,b\n'], strict=True)
run(['"a"\n', '"b";\n'], strict=True)
run(['"a"b;c\n'], strict=True, delimiter=';')
run(['a,"b'], strict=True)
run(['a,"b\n', 'c'], strict=True)
print('not strict')
run(['a,"b\n', 'c'])
print('non-text lines')
run([b'a,b\n', 'c\n'])
run(['a\n', 1, 'b\n'])
run(['a\n', None])
print('QUOTE_NONNUMERIC')
run(['1,abc\n', '2\n'], quoting=csv.QUOTE_NONNUMERIC)
run(['1,\n', ',2\n', '"x",nan\n'], quoting=csv.QUOTE_NONNUMERIC)

print('field_size_limit')
print(csv.field_size_limit())
print(csv.field_size_limit(5))
run(['abc,abcde\n', 'abc,abcdef\n', 'ok\n'])
run(['"abcdef"\n'])
run(['abcde,"ab\n', 'cdef"\n', 'x\n'])
run(['"abcd\\', '"\n'], escapechar='\\')
run(['a\\', 'bcde\n'], escapechar='\\')
run(['abcdef,x"y\n'])
print(csv.field_size_limit(new_limit=0))
run(['a\n', ',\n', '""\n', '\n'])
print(csv.field_size_limit(131072))
for bad in ['a', 2.0, True, None]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    csv.field_size_limit(2 ** 70)
except OverflowError as e:
    print(type(e).__name__, e)
print(csv.field_size_limit())

print('arguments')
for args in [(), (1,), ([], 'excel', 'x'), ([], 'nope')]:
    try:
        csv.reader(*args)
    except (TypeError, csv.Error) as e:
        print(args, type(e).__name__, e)
try:
    csv.reader([], 'excel', dialect='unix')
except TypeError as e:
    print(type(e).__name__, e)
try:
    csv.reader([], bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

r = csv.reader([])
for name in ('line_num', 'dialect', 'other'):
    try:
        setattr(r, name, 3)
    except AttributeError as e:
        print(name, type(e).__name__, e)

print(issubclass(csv.Error, Exception), csv.Error.__mro__[1].__name__)
print(csv.Error, csv.Error.__module__)
