# argparse: argument groups, mutually exclusive groups, parents and conflict handling.
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
    finally:
        sys.stdout, sys.stderr = old
    print(args, '->', result)
    if err.getvalue():
        for line in err.getvalue().splitlines():
            print('  |', line)


p = argparse.ArgumentParser(prog='mx')
group = p.add_mutually_exclusive_group()
group.add_argument('--foo', action='store_true')
group.add_argument('--bar', action='store_false')
p.add_argument('-q', action='store_true')
run(p, ['--foo'])
run(p, ['--bar'])
run(p, ['--foo', '--bar'])
run(p, ['--bar', '-q', '--foo'])
print(p.format_usage(), end='')

p = argparse.ArgumentParser(prog='mxreq')
group = p.add_mutually_exclusive_group(required=True)
group.add_argument('--foo', action='store_true')
group.add_argument('--bar', action='store_false')
group.add_argument('--baz', help=argparse.SUPPRESS)
run(p, [])
run(p, ['--baz', 'z'])
print(p.format_usage(), end='')

# Options given their default value count as absent.
p = argparse.ArgumentParser(prog='mxdef')
group = p.add_mutually_exclusive_group()
group.add_argument('--level', type=int, default=3)
group.add_argument('--quiet', action='store_const', const=0, dest='level')
group.add_argument('pos', nargs='?', default='p')
run(p, ['--level', '5', '--quiet'])
run(p, ['--quiet', 'x'])
run(p, ['x'])
print(p.format_usage(), end='')

# A mutually exclusive group inside an argument group, shown in its section.
p = argparse.ArgumentParser(prog='nested')
g = p.add_argument_group('output', 'output options')
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument('--json', action='store_true', help='as JSON')
mx.add_argument('--xml', action='store_true', help='as XML')
mx.add_argument('--text', action='store_true', help='as text')
g.add_argument('--indent', type=int, help='indent width')
p.add_argument('files', nargs='*')
p.print_help()
run(p, ['--json', '--xml'])
run(p, ['--indent', '2'])
run(p, ['--text', 'a', 'b'])

# A single-member required group, and a required option.
p = argparse.ArgumentParser(prog='single')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--only')
p.add_argument('--must', required=True)
print(p.format_usage(), end='')
run(p, [])
run(p, ['--must', 'm'])
try:
    g.add_argument('--req', required=True)
except ValueError as e:
    print(type(e).__name__, e)

# Parents share their arguments.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int)
pg = parent.add_argument_group('shared', 'from the parent')
pg.add_argument('--shared')
pmx = parent.add_mutually_exclusive_group()
pmx.add_argument('--left', action='store_true')
pmx.add_argument('--right', action='store_true')
parent.set_defaults(from_parent=True)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('foo')
run(child, ['--parent', '2', 'XXX', '--shared', 's'])
run(child, ['--left', '--right', 'f'])
child.print_help()
try:
    argparse.ArgumentParser(prog='twice', parents=[argparse.ArgumentParser(prog='p')])
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

# Conflicts.
p = argparse.ArgumentParser(prog='conflict')
p.add_argument('-f', '--foo')
try:
    p.add_argument('--foo')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    p.add_argument('-f', '--foo', '-x')
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old foo help')
p.add_argument('--foo', help='new foo help')
p.add_argument('-v', help='old v')
p.add_argument('-v', help='new v')
p.print_help()
run(p, ['-f', '1', '--foo', '2', '-v', '3'])
try:
    argparse.ArgumentParser(conflict_handler='other')
except ValueError as e:
    print(type(e).__name__, e)

# Groups share the parser's tables.
p = argparse.ArgumentParser(prog='shared')
g = p.add_argument_group('g')
a = g.add_argument('--in-group')
print(a in p._actions, a in g._group_actions, a.container is g, '--in-group' in p._option_string_actions)
print([grp.title for grp in p._action_groups])
print(repr(g.title), repr(g.description))
