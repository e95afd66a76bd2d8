# argparse: every built-in action, custom Action classes and type= functions.
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
    if out.getvalue():
        print('  stdout:', repr(out.getvalue()))
    if err.getvalue():
        print('  stderr:', repr(err.getvalue()))


p = argparse.ArgumentParser(prog='acts')
p.add_argument('--store')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--app', action='append')
p.add_argument('--appc', dest='types', action='append_const', const=str)
p.add_argument('--appi', dest='types', action='append_const', const=int)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='a flag')
p.add_argument('--maybe', action=argparse.BooleanOptionalAction)
p.add_argument('--version', action='version', version='%(prog)s 2.0')
run(p, [])
run(p, ['--store', 's', '--const', '--yes', '--no'])
run(p, ['--app', '1', '--app', '2', '--appc', '--appi', '--appc'])
run(p, ['-vvv', '--verbose', '-v'])
run(p, ['--ext', '1', '2', '--ext', '3'])
run(p, ['--no-flag', '--maybe'])
run(p, ['--flag', '--no-maybe'])
run(p, ['--version'])
print(p.format_usage(), end='')

# append with a default list: the default is copied, not changed.
default = ['d']
q = argparse.ArgumentParser(prog='appdef')
q.add_argument('--x', action='append', default=default)
q.add_argument('--t', action='append', nargs=2)
q.add_argument('--e', action='extend', default=['a'], nargs='*')
run(q, ['--x', '1', '--x', '2'])
print(default)
run(q, ['--t', 'a', 'b', '--t', 'c', 'd', '--e', 'b', 'c'])
run(q, ['--e'])

# store with nargs='?' and const.
q = argparse.ArgumentParser(prog='opt')
q.add_argument('--level', nargs='?', const='high', default='none')
q.add_argument('--n', nargs='?', const='1', type=int)
run(q, [])
run(q, ['--level'])
run(q, ['--level', 'low', '--n'])
run(q, ['--n', '5'])

# type= functions: builtins, lambdas, ArgumentTypeError with its own message.
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

def ratio(s):
    return float(s) / 100

q = argparse.ArgumentParser(prog='types')
q.add_argument('--even', type=even)
q.add_argument('--pct', type=ratio)
q.add_argument('--up', type=str.upper)
q.add_argument('--pair', type=lambda s: tuple(s.split(',')))
q.add_argument('--num', type=int, choices=range(1, 4))
q.add_argument('--cx', type=complex)
run(q, ['--even', '4', '--pct', '25', '--up', 'abc', '--pair', 'a,b', '--num', '2', '--cx', '1+2j'])
run(q, ['--even', '3'])
run(q, ['--pct', 'lots'])
run(q, ['--pair', 'x', '--num', '7'])
run(q, ['--num', 'x'])
run(q, ['--cx', 'q'])

# A registered type name.
q = argparse.ArgumentParser(prog='reg')
q.register('type', 'hexint', lambda s: int(s, 16))
q.add_argument('value', type='hexint')
run(q, ['ff'])
run(q, ['zz'])

# A custom Action.
class Joiner(argparse.Action):
    def __init__(self, option_strings, dest, sep='+', **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        self.sep = sep

    def __call__(self, parser, namespace, values, option_string=None):
        print('  Joiner called with', values, option_string)
        setattr(namespace, self.dest, self.sep.join(values))

q = argparse.ArgumentParser(prog='custom')
action = q.add_argument('--join', action=Joiner, nargs='+', sep='-')
print(action)
q.add_argument('words', action=Joiner, nargs=2)
run(q, ['a', 'b', '--join', 'x', 'y', 'z'])

# Actions with dest=SUPPRESS or default=SUPPRESS stay out of the namespace.
q = argparse.ArgumentParser(prog='supp')
q.add_argument('--hidden', default=argparse.SUPPRESS)
q.add_argument('--gone', dest=argparse.SUPPRESS, action='store_true')
run(q, [])
run(q, ['--hidden', 'h'])

# version printed with a formatter: whitespace collapses, %(prog)s expands.
q = argparse.ArgumentParser(prog='ver')
q.add_argument('-V', action='version', version='%(prog)s   version\n  1.2.3')
run(q, ['-V'])
q = argparse.ArgumentParser(prog='ver2')
q.version = 'from the parser'
q.add_argument('-V', action='version')
run(q, ['-V'])

# -h/--help prints the help and exits 0.
q = argparse.ArgumentParser(prog='helper', description='Does things.')
q.add_argument('x')
run(q, ['-h'])
run(q, ['--help', 'ignored'])
