# argparse: error messages, exit statuses, exit_on_error=False and definition errors.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args):
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err = io.StringIO(), io.StringIO()
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    except argparse.ArgumentError as e:
        result = '%s(%r, %r): %s' % (type(e).__name__, e.argument_name, e.message, e)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    for line in err.getvalue().splitlines():
        print('  |', line)


p = argparse.ArgumentParser(prog='err')
p.add_argument('--num', type=int)
p.add_argument('--choice', choices=['rock', 'paper', 'scissors'])
p.add_argument('--flag', action='store_true')
p.add_argument('--float', type=float)
p.add_argument('--optional', nargs='?')
p.add_argument('--two', nargs=2)
p.add_argument('--long-one')
p.add_argument('--long-two')
p.add_argument('src')
p.add_argument('dst', metavar='DEST')
run(p, [])
run(p, ['a'])
run(p, ['a', 'b', 'c', '--what'])
run(p, ['--num'])
run(p, ['--num', 'x', 'a', 'b'])
run(p, ['--num', '--flag'])
run(p, ['--choice', 'lizard', 'a', 'b'])
run(p, ['--float', '1e'])
run(p, ['--optional', 'a', 'b', 'c'])
run(p, ['--two', 'x'])
run(p, ['--long', 'x'])
run(p, ['--flag=yes', 'a', 'b'])
run(p, ['-x', 'a', 'b'])
run(p, ['--num=', 'a', 'b'])
run(p, ['a', 'b', '--two', '1', '2', '3'])

# Short flags combined with an unknown one, or with an argument they cannot take.
q = argparse.ArgumentParser(prog='short')
q.add_argument('-a', action='store_true')
q.add_argument('-b', action='store_true')
q.add_argument('-c')
run(q, ['-abz'])
run(q, ['-abcVALUE'])
run(q, ['-ac'])
run(q, ['-a=x'])

# exit_on_error=False raises ArgumentError instead, for argument errors.
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices='abc')
q.add_argument('--m', action='store_true')
g = q.add_mutually_exclusive_group()
g.add_argument('--x', action='store_true')
g.add_argument('--y', action='store_true')
run(q, ['--n', 'x'])
run(q, ['--c', 'z'])
run(q, ['--n'])
run(q, ['--x', '--y'])
run(q, ['--unknown'])        # still exits: unrecognized arguments are not ArgumentErrors
try:
    q.parse_args(['--n', 'bad'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e, e.args[1])

# ArgumentError and ArgumentTypeError on their own.
e = argparse.ArgumentError(None, 'plain message')
print(str(e), e.argument_name, e.message)
action = argparse.ArgumentParser().add_argument('--opt', metavar='M')
print(argparse.ArgumentError(action, 'bad'))
print(repr(argparse.ArgumentTypeError('nope')), issubclass(argparse.ArgumentTypeError, Exception))

# error() and exit() can be called or overridden.
class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('parse failed: ' + message)

r = Raising(prog='raising')
r.add_argument('n', type=int)
for argv in (['x'], [], ['1', '2']):
    try:
        r.parse_args(argv)
    except ValueError as e:
        print(type(e).__name__, e)

q = argparse.ArgumentParser(prog='manual')
old = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    q.error('something went wrong')
except SystemExit as e:
    print('error exit', e.code)
try:
    q.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
try:
    q.exit()
except SystemExit as e:
    print('exit', e.code)
sys.stderr = old
print(repr(buf.getvalue()))

# Mistakes when defining arguments.
q = argparse.ArgumentParser(prog='define')
attempts = [
    (('x',), dict(required=True)),
    (('x',), dict(dest='y')),
    (('bad', 'worse'), {}),
    (('--',), {}),
    (('--x',), dict(action='nonsense')),
    (('--x',), dict(type='nonsense')),
    (('--x',), dict(type=argparse.FileType)),
    (('--x',), dict(action='store_true', type=int)),
    (('--x',), dict(action='count', choices=[1])),
]
for args, kwargs in attempts:
    try:
        q.add_argument(*args, **kwargs)
        print(args, kwargs, 'accepted')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(args, kwargs, type(e).__name__, e)

# Ambiguous prefixes are an error even with exit_on_error=False.
q = argparse.ArgumentParser(prog='ambig', exit_on_error=False)
q.add_argument('--foobar')
q.add_argument('--foobaz')
run(q, ['--foo', 'x'])
run(q, ['--foob=x'])
run(q, ['--foobar', 'x'])

# FileType.
print(argparse.FileType(), argparse.FileType('w', 1, encoding='utf-8', errors='strict'),
      argparse.FileType('rb'))
print(argparse.FileType('r')('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
q = argparse.ArgumentParser(prog='files')
q.add_argument('infile', type=argparse.FileType('r'))
run(q, ['/nonexistent/dir/file.txt'])
ns = q.parse_args([__file__])
print(ns.infile.readline().rstrip())
ns.infile.close()

# Uncaught, a parse error ends the script with status 2 and the usage on stderr.
print('before the last error')
p.parse_args(['--choice', 'spock'])
print('not reached')
