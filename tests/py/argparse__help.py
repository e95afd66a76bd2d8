# argparse: help and usage text, its line wrapping and the formatter classes.
import argparse
import os
import sys

# The help width is that of the terminal; COLUMNS fixes it (to its value minus 2).
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(
    prog='frobnicate',
    description='Frobnicate the given files, which is a long description that certainly '
                'needs   more than one line\n\n   when it is wrapped to the width of the help.',
    epilog='See also: the manual of %(prog)s.')
p.add_argument('files', nargs='+', metavar='FILE', help='files to frobnicate')
p.add_argument('dest', nargs='?', default='out', help='where to put them (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='say more; repeat for even more')
p.add_argument('-l', '--level', type=int, choices=[1, 2, 3], default=2,
               help='the level, one of %(choices)s, a %(type)s (default %(default)r)')
p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE',
               help='this help starts on the next line because the option is long')
p.add_argument('--mode', choices=['fast', 'slow'], help='%(prog)s speed, dest %(dest)s')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--blank', help='')
p.add_argument('--spaces', help='   ')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'), help='a key and a value')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, default=False, help='on or off')
p.add_argument('--version', action='version', version='1.0')
p.print_help()
print('=' * 20)
p.print_usage()
print(repr(p.format_usage()))
print('=' * 20)

# A custom usage, and %(prog)s in it.
q = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] thing', add_help=False)
q.add_argument('thing')
q.print_help()
print(repr(q.format_help()))
# No arguments at all.
print(repr(argparse.ArgumentParser(prog='bare', add_help=False).format_help()))
print(repr(argparse.ArgumentParser(prog='bare', usage=argparse.SUPPRESS, add_help=False).format_help()))
print('=' * 20)

# Argument groups get their own sections; the default titles can be changed.
q = argparse.ArgumentParser(prog='grouped')
q._optionals.title = 'general options'
g = q.add_argument_group('input', 'Where the data comes from.')
g.add_argument('--src', required=True, help='the source')
g.add_argument('--fmt', default='csv', help='its format')
g2 = q.add_argument_group('output')
g2.add_argument('--out', help='the target')
q.add_argument_group('empty', 'never shown: no arguments')
q.add_argument('pos', help='a positional')
q.print_help()
print('=' * 20)

# Long usage lines wrap: a short prog keeps options beside it, positionals below them.
q = argparse.ArgumentParser(prog='wrapper')
for name in 'alpha bravo charlie delta echo foxtrot golf hotel'.split():
    q.add_argument('--' + name, metavar=name.upper()[:3])
for name in 'one two three four five six seven'.split():
    q.add_argument(name + '_positional')
q.print_usage()
# A long prog goes on a line of its own.
q.prog = 'a-program-with-a-name-so-long-that-it-fills-more-than-three-quarters-of-it'
q.print_usage()
q = argparse.ArgumentParser(prog='x' * 70, add_help=False)
q.add_argument('--aa')
q.add_argument('bb')
q.print_usage()
q = argparse.ArgumentParser(prog='onlypos' * 3, add_help=False)
for i in range(12):
    q.add_argument('positional%d' % i)
q.print_usage()
print('=' * 20)

# Formatter classes.
desc = '''Keep
    these   line breaks
and indents.'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    q = argparse.ArgumentParser(prog=cls.__name__, description=desc, epilog=desc,
                                formatter_class=cls)
    q.add_argument('--num', type=int, default=5, help='a number\n  on two lines')
    q.add_argument('--flag', action='store_true', help='a flag')
    q.add_argument('--nodefault', help='has %(default)s already')
    q.add_argument('--nohelp', default='x')
    q.add_argument('--supp', default=argparse.SUPPRESS, help='suppressed default')
    q.add_argument('pos', help='positional')
    q.add_argument('opt', nargs='?', default='o', help='optional positional')
    q.print_help()
    print('-' * 10)

q = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
q.add_argument('--width', type=int)
q.add_argument('ratio', type=float)
q.print_help()
print('=' * 20)

# HelpFormatter arguments through a lambda.
q = argparse.ArgumentParser(
    prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40,
                                                                     width=60))
q.add_argument('--medium-length-option', help='help text that will need wrapping at sixty columns')
q.add_argument('-s', help='short')
q.print_help()
q = argparse.ArgumentParser(
    prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, indent_increment=4,
                                                                       max_help_position=10))
q.add_argument('--option', help='help for the option')
q.print_help()

# A subclass overriding the hooks scripts use.
class Formatter(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        return ', '.join(action.option_strings) + ' ' + self._format_args(
            action, self._get_default_metavar_for_optional(action))

    def _split_lines(self, text, width):
        return [line.upper() for line in super()._split_lines(text, width)]

q = argparse.ArgumentParser(prog='sub', formatter_class=Formatter)
q.add_argument('-o', '--output', help='where to write')
q.print_help()
print('=' * 20)

# COLUMNS changes the width.
os.environ['COLUMNS'] = '50'
q = argparse.ArgumentParser(prog='narrowcols', description='A description that wraps at forty eight columns instead of seventy eight.')
q.add_argument('--some-option', help='and help text that wraps too, at a narrower width')
q.add_argument('--other', metavar='VALUE_WITH_A_LONG_NAME')
q.add_argument('positional')
q.print_help()
os.environ['COLUMNS'] = '80'

# print_help to a file, help to stderr.
q.print_help(file=sys.stderr)
