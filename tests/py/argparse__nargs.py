# argparse: nargs (None, N, '?', '*', '+', REMAINDER) for positionals and options, and '--'.
import argparse
import io
import sys


def run(parser, args):
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err = io.StringIO(), io.StringIO()
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    if err.getvalue():
        print('  stderr:', err.getvalue().splitlines()[-1])


def parser(*specs, prog='P'):
    p = argparse.ArgumentParser(prog=prog)
    for args, kwargs in specs:
        p.add_argument(*args, **kwargs)
    print('--', p.format_usage().strip())
    return p


p = parser((['--foo'], dict(nargs=2)), (['bar'], dict(nargs=1)))
run(p, ['c', '--foo', 'a', 'b'])
run(p, ['c', '--foo', 'a'])
run(p, ['--foo', 'a', 'b'])
run(p, ['c', 'd'])

p = parser((['--foo'], dict(nargs='?', const='c', default='d')),
           (['bar'], dict(nargs='?', default='d')))
run(p, ['XX', '--foo', 'YY'])
run(p, ['XX', '--foo'])
run(p, [])

p = parser((['--foo'], dict(nargs='*')), (['--bar'], dict(nargs='*')), (['baz'], dict(nargs='*')))
run(p, ['a', 'b', '--foo', 'x', 'y', '--bar', '1', '2'])
run(p, ['--foo', '--bar'])

p = parser((['foo'], dict(nargs='+')))
run(p, ['a', 'b'])
run(p, [])

p = parser((['--opt'], dict(nargs='+')), (['pos'], dict()))
run(p, ['--opt', 'a', 'b', 'c'])
run(p, ['--opt'])

p = parser((['--foo'], dict()), (['command'], dict()), (['args'], dict(nargs=argparse.REMAINDER)))
run(p, ['--foo', 'B', 'cmd', '--arg1', 'XX', 'ZZ'])
run(p, ['cmd'])
run(p, ['cmd', '--foo', 'x'])

p = parser((['--rest'], dict(nargs=argparse.REMAINDER)), (['-x'], dict(action='store_true')))
run(p, ['--rest', '-x', 'y', '--', 'z'])
run(p, ['-x', '--rest'])

# Several positionals share the strings between options.
p = parser((['a'], dict()), (['b'], dict(nargs='*')), (['c'], dict()), (['-x'], dict()))
run(p, ['1', '2', '3', '4'])
run(p, ['1', '-x', 'X', '2', '3'])
run(p, ['1', '2', '-x', 'X', '3'])

p = parser((['a'], dict(nargs='?')), (['b'], dict(nargs='+')), (['c'], dict(nargs=2)))
run(p, ['1', '2', '3'])
run(p, ['1', '2', '3', '4', '5'])
run(p, ['1'])

# '--' ends the options; only the first one is dropped.
p = parser((['-f'], dict()), (['rest'], dict(nargs='*')))
run(p, ['--', '-f', 'x'])
run(p, ['a', '--', '--', 'b'])
run(p, ['-f', '--', 'x'])
run(p, ['-f', '-x'])

# A metavar tuple names each of N arguments.
p = parser((['--point'], dict(nargs=2, metavar=('X', 'Y'), type=float)),
           (['--one'], dict(nargs=1)), (['--three'], dict(nargs=3, type=int)),
           (['--star'], dict(nargs='*', metavar=('A', 'B'))))
run(p, ['--point', '1', '2.5', '--one', 'x', '--three', '1', '2', '3'])
run(p, ['--three', '1', '2'])
run(p, ['--one'])
try:
    p.add_argument('--bad', nargs=2, metavar=('A', 'B', 'C'))
except ValueError as e:
    print(type(e).__name__, e)
for bad in (dict(nargs=0), dict(nargs='x'), dict(action='store_const', nargs=1),
            dict(const=1), dict(action='append', nargs=0)):
    try:
        p.add_argument('--bad', **bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)

# nargs='?' positional, optional ones with choices.
p = parser((['mode'], dict(nargs='?', choices=['fast', 'slow'], default='fast')))
run(p, [])
run(p, ['slow'])
run(p, ['medium'])
