"""Exercise the cmd module: a line-oriented command interpreter framework."""
import cmd
import io
import sys


# --- Typical use: a small shell driven from a file-like stdin ---------------

class TurtleShell(cmd.Cmd):
    intro = 'Welcome to the turtle shell.   Type help or ? to list commands.\n'
    prompt = '(turtle) '

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.position = [0, 0]
        self.heading = 0

    def do_forward(self, arg):
        'Move the turtle forward by the specified distance:  FORWARD 10'
        n = int(arg or 1)
        if self.heading == 0:
            self.position[0] += n
        else:
            self.position[1] += n
        print('moved to', self.position, file=self.stdout)

    def do_right(self, arg):
        'Turn turtle right by given number of degrees:  RIGHT 20'
        self.heading = (self.heading + int(arg)) % 360
        print('heading', self.heading, file=self.stdout)

    def do_position(self, arg):
        print('position', tuple(self.position), file=self.stdout)

    def do_shell(self, arg):
        print('shell command: %r' % arg, file=self.stdout)

    def do_bye(self, arg):
        'Stop recording, close the turtle window, and exit:  BYE'
        print('Thank you for using Turtle', file=self.stdout)
        return True

    def help_topics(self):
        print('Topics are things you can ask about.', file=self.stdout)

    def help_position(self):
        print('Show the current position.', file=self.stdout)


script = """forward 10
right 90

forward
?forward
help right
!ls -l
help
position
undefined_cmd with args
help nosuch
help topics
   forward 3   
?
bye
forward 99
"""
out = io.StringIO()
shell = TurtleShell(stdin=io.StringIO(script), stdout=out)
shell.use_rawinput = False
shell.cmdloop()
print(out.getvalue(), end='')
print('lastcmd after loop:', repr(shell.lastcmd))
print('---')


# --- Hooks: preloop/postloop/precmd/postcmd and the intro argument ---------

class Hooked(cmd.Cmd):
    prompt = '> '
    use_rawinput = False

    def preloop(self):
        self.stdout.write('[preloop]\n')

    def postloop(self):
        self.stdout.write('[postloop]\n')

    def precmd(self, line):
        self.stdout.write('[precmd %r]\n' % line)
        return line if line == 'EOF' else line.lower()

    def postcmd(self, stop, line):
        self.stdout.write('[postcmd %r %r]\n' % (stop, line))
        return stop

    def do_hello(self, arg):
        self.stdout.write('hello %s\n' % (arg or 'world'))

    def do_EOF(self, arg):
        self.stdout.write('got EOF\n')
        return 'stop-value'

    def default(self, line):
        self.stdout.write('default handler: %r\n' % line)


out = io.StringIO()
h = Hooked(stdin=io.StringIO('HELLO\nhello there\n\n!bang\nwhat?\n  \n'), stdout=out)
h.cmdloop(intro='Intro given to cmdloop')
print(out.getvalue(), end='')
print('intro attribute now:', repr(h.intro))
print('---')


# --- cmdqueue takes priority over stdin; use_rawinput with a queue only ----

class Queue(cmd.Cmd):
    prompt = 'Q> '

    def do_say(self, arg):
        self.stdout.write('say: %s\n' % arg)

    def do_quit(self, arg):
        self.stdout.write('quitting\n')
        return 1


out = io.StringIO()
q = Queue(stdout=out, stdin=io.StringIO('say from stdin\nquit\n'))
q.use_rawinput = False
q.cmdqueue.extend(['say one', 'say two', ''])
q.cmdloop()
print(out.getvalue(), end='')
print('queue left:', q.cmdqueue)

out = io.StringIO()
q = Queue(stdout=out)            # use_rawinput stays true; the queue is enough
q.cmdqueue = ['say queued', 'quit']
q.cmdloop()
print(out.getvalue(), end='')
print('---')


# --- onecmd / parseline / emptyline / default directly ----------------------

class Direct(cmd.Cmd):
    def do_add(self, arg):
        """Add numbers: add 1 2 3"""
        total = sum(int(x) for x in arg.split())
        self.stdout.write('%d\n' % total)

    def do_undoc(self, arg):
        pass


out = io.StringIO()
d = Direct(stdout=out)
for line in ['add 1 2 3', '   add 4 5  ', 'add', '', 'nope', '?add', '!x', 'a-b',
             '-dash', 'EOF']:
    print(repr(line), '->', repr(d.parseline(line)))
    result = d.onecmd(line)
    print('   result', repr(result), 'lastcmd', repr(d.lastcmd), 'out', repr(out.getvalue()))
    out.seek(0)
    out.truncate()

print(repr(Direct().emptyline()))
d.lastcmd = 'add 10 20'
d.emptyline()
print(repr(out.getvalue()))
out.seek(0)
out.truncate()
print('---')


# --- identchars ------------------------------------------------------------

class Dotted(cmd.Cmd):
    identchars = cmd.IDENTCHARS + '.'

    def default(self, line):
        self.stdout.write('default(%r)\n' % line)


out = io.StringIO()
dd = Dotted(stdout=out)
print(dd.parseline('a.b.c rest of line'))
print(cmd.Cmd().parseline('a.b.c rest of line'))
dd.onecmd('x.y 1')
print(out.getvalue(), end='')
print(repr(cmd.PROMPT), len(cmd.IDENTCHARS), cmd.IDENTCHARS[-3:])
print(cmd.__all__)
print('---')


# --- help listings: headers, rulers, doc_leader, misc topics, nohelp -------

class Helpful(cmd.Cmd):
    doc_leader = 'Leader text.'
    ruler = '-'

    def do_alpha(self, arg):
        'alpha docstring'

    def do_beta(self, arg):
        pass

    def help_beta(self):
        self.stdout.write('beta via help_beta\n')

    def do_gamma(self, arg):
        pass

    def help_delta(self):
        pass

    def help_epsilon(self):
        pass


out = io.StringIO()
hp = Helpful(stdout=out)
hp.onecmd('help')
hp.onecmd('help alpha')
hp.onecmd('help beta')
hp.onecmd('help gamma')
hp.onecmd('help zeta')
print(out.getvalue(), end='')

out = io.StringIO()
hp = Helpful(stdout=out)
hp.ruler = ''
hp.doc_header = 'Commands:'
hp.undoc_header = 'Others:'
hp.misc_header = 'Misc:'
hp.nohelp = 'Sorry, nothing about %r.'
hp.onecmd('help')
hp.onecmd('help nothing')
print(out.getvalue(), end='')

# Plain Cmd: only the built-in help command.
out = io.StringIO()
cmd.Cmd(stdout=out).onecmd('help')
print(out.getvalue(), end='')
out = io.StringIO()
cmd.Cmd(stdout=out).onecmd('help help')
print(out.getvalue(), end='')


class Many(cmd.Cmd):
    pass


# Lots of commands, so that the listing wraps over several rows.
for name in ['add', 'remove', 'list', 'show', 'open', 'close', 'save', 'load',
             'quit', 'exit', 'status', 'commit', 'push', 'pull', 'fetch',
             'merge', 'rebase', 'checkout', 'branch', 'tag', 'log', 'diff',
             'a_really_long_command_name', 'x']:
    def handler(self, arg, _name=name):
        pass
    if len(name) % 2:
        handler.__doc__ = 'Documented %s.' % name
    setattr(Many, 'do_' + name, handler)
out = io.StringIO()
Many(stdout=out).onecmd('help')
print(out.getvalue(), end='')
print('---')


# --- columnize -------------------------------------------------------------

out = io.StringIO()
c = cmd.Cmd(stdout=out)
words = ['w%d' % i * (i % 4 + 1) for i in range(23)]
for width in (80, 40, 20, 10, 5, 1):
    out.write('width %d:\n' % width)
    c.columnize(words, width)
c.columnize([])
c.columnize(['single'])
c.columnize(['a', 'bb', 'ccc'], 0)
c.columnize(['one', 'two', 'three', 'four', 'five', 'six', 'seven'], 14)
c.columnize(['', 'x', '', 'y', ''], 4)
print(out.getvalue(), end='')
try:
    c.columnize(['ok', 1, 'fine', None])
except TypeError as e:
    print('TypeError:', e)
print('---')


# --- completion helpers ----------------------------------------------------

class Completing(cmd.Cmd):
    def do_open(self, arg):
        pass

    def do_order(self, arg):
        pass

    def do_close(self, arg):
        pass

    def help_orbit(self):
        pass

    def complete_open(self, text, line, begidx, endidx):
        return [f for f in ['file1', 'file2', 'other'] if f.startswith(text)]


cc = Completing()
print(sorted(cc.completenames('o')))
print(sorted(cc.completenames('')))
print(cc.completenames('zz'))
print(sorted(cc.complete_help('or')))
print(sorted(cc.complete_help('o', 'help o', 5, 6)))
print(cc.completedefault('x', 'foo x', 4, 5))
print([n for n in cc.get_names() if n.startswith(('do_', 'help_', 'complete_'))])


# A stand-in readline module, so complete() and the cmdloop set-up can be
# exercised without a terminal.
class FakeReadline:
    def __init__(self):
        self.completer = 'previous-completer'
        self.bindings = []
        self.buffer = ''
        self.begidx = self.endidx = 0

    def get_completer(self):
        return self.completer

    def set_completer(self, func):
        self.completer = func

    def parse_and_bind(self, text):
        self.bindings.append(text)

    def get_line_buffer(self):
        return self.buffer

    def get_begidx(self):
        return self.begidx

    def get_endidx(self):
        return self.endidx


fake = FakeReadline()
saved_readline = sys.modules.get('readline')
sys.modules['readline'] = fake
try:
    def run_complete(buffer, text):
        fake.buffer = buffer
        fake.endidx = len(buffer)
        fake.begidx = len(buffer) - len(text)
        results = []
        state = 0
        while True:
            r = cc.complete(text, state)
            if r is None:
                break
            results.append(r)
            state += 1
        return results

    print(sorted(run_complete('o', 'o')))
    print(sorted(run_complete('  cl', 'cl')))
    print(run_complete('open f', 'f'))
    print(run_complete('  open oth', 'oth'))
    print(run_complete('close x', 'x'))
    print(sorted(run_complete('help or', 'or')))
    try:
        # '!' without do_shell gives no command name: CPython fails here too.
        run_complete('!foo', 'foo')
    except TypeError:
        print('TypeError completing !foo')

    class Looping(cmd.Cmd):
        def do_stop(self, arg):
            print('inside loop, completer is complete:',
                  fake.completer == self.complete, file=self.stdout)
            return True

    out = io.StringIO()
    lp = Looping(stdout=out, completekey='tab')
    lp.cmdqueue = ['stop']
    lp.cmdloop()
    print(out.getvalue(), end='')
    print('bindings:', fake.bindings, 'restored:', fake.completer)
    lp2 = Looping(stdout=out, completekey=None)
    lp2.cmdqueue = ['stop']
    lp2.cmdloop()
    print('bindings after completekey=None:', fake.bindings)
finally:
    if saved_readline is None:
        del sys.modules['readline']
    else:
        sys.modules['readline'] = saved_readline


# --- stdout defaults to sys.stdout at construction time ---------------------

class Echo(cmd.Cmd):
    prompt = 'echo> '
    use_rawinput = 0

    def do_echo(self, arg):
        print(arg)

    def do_EOF(self, arg):
        print('bye')
        return True


e = Echo(stdin=io.StringIO('echo hi there\r\necho second\n'))
print(e.stdout is sys.stdout, e.stdin is sys.stdin, e.completekey)
e.cmdloop()
print()
print('done')
