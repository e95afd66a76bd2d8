# argparse: the common path — positionals, options, types, defaults, Namespace.
import argparse
import io
import sys


def run(parser, args, known=False):
    """Parse args; print the result, or the exit code and what was written to stdout/stderr."""
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err = io.StringIO(), io.StringIO()
    try:
        result = parser.parse_known_args(args) if known else parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    if out.getvalue():
        print('  stdout:', repr(out.getvalue()))
    if err.getvalue():
        print('  stderr:', repr(err.getvalue()))


# The documentation's first example.
parser = argparse.ArgumentParser(prog='PROG', description='Process some integers.')
parser.add_argument('integers', metavar='N', type=int, nargs='+',
                    help='an integer for the accumulator')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
                    help='sum the integers (default: find the max)')
args = parser.parse_args(['1', '2', '3', '4'])
print(args, args.accumulate(args.integers))
args = parser.parse_args(['1', '2', '3', '4', '--sum'])
print(args, args.accumulate(args.integers))

# Options: short, long, '=' and attached values, dest from the first long option.
p = argparse.ArgumentParser(prog='basic')
print(p.add_argument('-v', '--verbose', action='store_true'))
print(p.add_argument('-n', '--num-items', type=int, default=3))
p.add_argument('-o', dest='output', metavar='FILE')
p.add_argument('--ratio', type=float)
p.add_argument('name')
p.add_argument('rest', nargs='*')
run(p, ['alice'])
run(p, ['-v', 'bob', 'x', 'y'])
run(p, ['--num-items', '7', 'carol', '-oout.txt'])
run(p, ['--num-items=8', '-o', 'f', 'dave', '--ratio', '.5'])
run(p, ['-n9', 'eve', '--', '-v', '--x'])
run(p, ['--verb', '--num=2', 'frank'])          # unambiguous prefixes
run(p, ['-vn', '5', 'gina'])                    # combined short flags
run(p, ['-vn5', 'hal'])
run(p, ['ivy', '--ratio', '-2.5'])              # negative numbers are values
run(p, ['-5'])

# parse_known_args keeps what it does not know.
run(p, ['jo', '--unknown', 'x', '-z'], known=True)
run(p, ['--bogus=1', 'kim'], known=True)

# Defaults: set_defaults, get_default, argument_default, string defaults go through type=.
p = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
p.add_argument('--a', type=int)
p.add_argument('--b', type=int, default='10')
p.add_argument('--c', default=None)
p.set_defaults(extra='yes', b='20')
print(p.get_default('b'), p.get_default('extra'), p.get_default('nothing'))
run(p, [])
run(p, ['--a', '1', '--b', '2'])

p = argparse.ArgumentParser(prog='strdef')
p.add_argument('--when', type=int, default='5')
p.add_argument('--list', type=int, nargs='*', default='7')
run(p, [])
run(p, ['--list', '1', '2'])

# A namespace passed in is filled and returned.
class Holder:
    pass

h = Holder()
p = argparse.ArgumentParser(prog='ns')
p.add_argument('--x', default=1)
p.add_argument('y')
result = p.parse_args(['val'], namespace=h)
print(result is h, h.x, h.y)
ns = argparse.Namespace(x='preset')
print(p.parse_args(['v'], namespace=ns))

# Namespace itself.
ns = argparse.Namespace(b=2, a=1)
print(ns, repr(ns), vars(ns))
print('a' in ns, 'z' in ns)
print(ns == argparse.Namespace(b=2, a=1), ns == argparse.Namespace(a=1), ns != argparse.Namespace(a=1, b=2))
print(ns == {'a': 1, 'b': 2})
setattr(ns, 'with-dash', 3)
setattr(ns, 'with space', 4)
print(ns)
print(argparse.Namespace(**{'1x': 1}))
print(argparse.Namespace())

# prog defaults to the script's name.
print(argparse.ArgumentParser().prog)

# Other prefix characters.
p = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
p.add_argument('-q', action='store_true')
run(p, ['+f', '++bar', 'Y', '-q'])
p = argparse.ArgumentParser(prog='slash', prefix_chars='/')
p.add_argument('/x', action='store_true')
print(p.format_usage(), end='')
run(p, ['/x'])

# allow_abbrev=False.
p = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p.add_argument('--foobar', action='store_true')
p.add_argument('--foonley', action='store_true')
run(p, ['--foonley'])
run(p, ['--foon'])

# Options that look like negative numbers make '-1' an option.
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('foo', nargs='?')
run(p, ['-1'])
run(p, ['-2'])

# parse_intermixed_args.
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
run(p, ['doit', '1', '--foo', 'bar', '2', '3'])
print(p.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(p.parse_known_intermixed_args(['doit', '1', '--foo', 'bar', '2', '--zz', '3']))
p.add_argument('--rem', nargs=argparse.REMAINDER)
print(p.parse_intermixed_args(['x', '--foo', 'y']))
q = argparse.ArgumentParser(prog='mix2')
q.add_argument('rem', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print(type(e).__name__, e)
