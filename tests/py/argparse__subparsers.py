# argparse: subcommands with add_subparsers, set_defaults(func=...), aliases and their help.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args, known=False):
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err = io.StringIO(), io.StringIO()
    try:
        result = parser.parse_known_args(args) if known else parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('  %s:' % name)
            for line in stream.getvalue().splitlines():
                print('  |', line)
    return result


def cmd_add(args):
    return '%s + %s = %s' % (args.x, args.y, args.x + args.y)


def cmd_greet(args):
    return 'hello ' + args.name * args.times


parser = argparse.ArgumentParser(prog='tool', description='A tool with subcommands.')
parser.add_argument('--debug', action='store_true', help='debug output')
sub = parser.add_subparsers(dest='command', help='the command to run')
print(sub)
add = sub.add_parser('add', help='add two numbers', description='Adds them.')
add.add_argument('x', type=int)
add.add_argument('y', type=int)
add.set_defaults(func=cmd_add)
greet = sub.add_parser('greet', aliases=['hi', 'hello'], help='say hello')
greet.add_argument('name')
greet.add_argument('--times', type=int, default=1)
greet.set_defaults(func=cmd_greet)
sub.add_parser('nohelp')

for argv in (['add', '1', '2'], ['--debug', 'greet', 'bob'], ['hi', 'ann', '--times', '2'],
             ['nohelp']):
    ns = run(parser, argv)
    if hasattr(ns, 'func'):
        print('  func:', ns.func(ns))
run(parser, [])
run(parser, ['mul', '1'])
run(parser, ['add', '1'])
run(parser, ['add', '1', 'x'])
run(parser, ['add', '1', '2', '3'])
run(parser, ['add', '1', '2', '--debug'])
run(parser, ['greet', 'x', '--zzz'], known=True)
run(parser, ['-h'])
run(parser, ['add', '-h'])
run(parser, ['hello', '--help'])
print(sorted(sub._name_parser_map), sub.choices is sub._name_parser_map)

# required=True, no dest: the message names the choices.
p = argparse.ArgumentParser(prog='req')
s = p.add_subparsers(required=True)
s.add_parser('one')
s.add_parser('two')
run(p, [])
p = argparse.ArgumentParser(prog='req2')
s = p.add_subparsers(dest='cmd', required=True, metavar='COMMAND')
s.add_parser('one', help='the first')
s.add_parser('two', help='the second')
run(p, [])
run(p, ['three'])
p.print_help()

# title and description give the subcommands their own section.
p = argparse.ArgumentParser(prog='titled')
p.add_argument('pos')
s = p.add_subparsers(title='commands', description='valid commands', help='extra help',
                     dest='which')
a = s.add_parser('a', help='do a')
a.add_argument('--flag', action='store_true')
b = s.add_parser('b')
b.add_argument('n', type=int, nargs='?', default=0)
p.print_help()
print(a.prog, '|', b.prog)
run(p, ['P', 'a', '--flag'])
run(p, ['P', 'b', '7'])
run(p, ['P', 'b', 'x'])

# Defaults of a subparser win over the parent's.
p = argparse.ArgumentParser(prog='defaults')
p.add_argument('--level', default='top')
p.set_defaults(origin='parent')
s = p.add_subparsers(dest='cmd')
c = s.add_parser('child')
c.add_argument('--level', default='child')
c.set_defaults(origin='child')
run(p, ['child'])
run(p, ['--level', 'given', 'child'])
run(p, [])

# Nested subcommands.
p = argparse.ArgumentParser(prog='git')
s = p.add_subparsers(dest='cmd')
remote = s.add_parser('remote')
rs = remote.add_subparsers(dest='subcmd')
radd = rs.add_parser('add')
radd.add_argument('name')
radd.add_argument('url')
rs.add_parser('remove').add_argument('name')
run(p, ['remote', 'add', 'origin', 'http://x'])
run(p, ['remote', 'remove'])
run(p, ['remote', 'rename'])
print(radd.prog)

# Errors building subcommands.
try:
    p.add_subparsers()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    s.add_parser('remote')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    rs.add_parser('x', aliases=['add'])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# A custom prog and a parser_class.
class MyParser(argparse.ArgumentParser):
    pass

p = argparse.ArgumentParser(prog='main', usage='%(prog)s [opts]')
s = p.add_subparsers(parser_class=MyParser)
x = s.add_parser('x')
print(type(x).__name__, x.prog)
s2 = argparse.ArgumentParser(prog='other').add_subparsers(prog='custom-prog')
print(s2.add_parser('y').prog)
