"""Exercise the code module: emulating the interactive interpreter."""
import code
import io
import sys


class Console(code.InteractiveConsole):
    """Console whose error output goes to stdout, in order with the rest."""

    def write(self, data):
        sys.stdout.write('[err] ' + data.replace('\n', '\n[err] ')[:-6]
                         if data.endswith('\n') else '[err] ' + data)


# --- Typical use: push lines one at a time --------------------------------

console = Console()
session = [
    'x = 6',
    'y = 7',
    'x * y',
    'def fact(n):',
    '    """Factorial."""',
    '    if n <= 1:',
    '        return 1',
    '    return n * fact(n - 1)',
    '',
    'fact(10)',
    'for i in range(3):',
    '    print("loop", i)',
    '',
    'class Point:',
    '    def __init__(self, x, y):',
    '        self.x, self.y = x, y',
    '    def __repr__(self):',
    '        return "Point(%r, %r)" % (self.x, self.y)',
    '',
    'Point(1, 2)',
    'data = {"a": [1, 2,',
    '             3],',
    '        "b": None}',
    'sorted(data)',
    'text = """first',
    'second"""',
    'text.split()',
    'total = 1 + \\',
    '    2',
    'total',
    '# just a comment',
    '',
    'None',
    '1 / 0',
    'def bad():',
    '    return undefined_name',
    '',
    'bad()',
    '1 = 2',
    'a b',
    "print 'hello'",
    '  indented = 1',
    'x = (1,',
    '     2 3)',
    'if x:',
    '    pass',
    'elif:',
    'try:',
    '    {}["missing"]',
    'except KeyError:',
    '    raise ValueError("converted")',
    '',
    'import sys; sys.stdout.write("direct write\\n")',
    '_',
]
for line in session:
    more = console.push(line)
    print('%s %r -> %r buffer=%r' % ('...' if more else '>>>', line, more,
                                     console.buffer))
print('x, y in locals:', console.locals['x'], console.locals['y'])
print('names:', sorted(k for k in console.locals if not k.startswith('__')))
print('locals __name__:', console.locals['__name__'], console.locals['__doc__'])
print('last_type:', sys.last_type.__name__, sys.last_value)
print('filename:', console.filename)
print('---')


# --- InteractiveInterpreter.runsource directly ----------------------------

class Interp(code.InteractiveInterpreter):
    def write(self, data):
        sys.stdout.write('<<' + data + '>>\n')


namespace = {'base': 100}
interp = Interp(namespace)
print(interp.locals is namespace)
for source, symbol in [('base + 1', 'single'),
                       ('base = base * 2', 'single'),
                       ('if base:', 'single'),
                       ('if base:\n  print("yes")', 'single'),
                       ('if base:\n  print("yes")\n', 'single'),
                       ('if base:\n  print("exec mode")', 'exec'),
                       ('print(base)\nprint(base + 1)', 'exec'),
                       ('base', 'eval'),
                       ('(base,', 'eval'),
                       ('int("x")', 'single'),
                       ('def f(:', 'single'),
                       ('a = 1\nb = 2', 'single'),
                       ('', 'single'),
                       ('   ', 'single'),
                       ('# only a comment', 'single')]:
    result = interp.runsource(source, '<mine>', symbol)
    print('runsource(%r, %r) -> %r' % (source, symbol, result))
print('base is now', namespace['base'])
print('---')


# --- Syntax errors keep their file name; SystemExit propagates ------------

interp.runsource('x = )', 'custom.py')
interp.runsource('class A(:\n  pass\n', 'other-file')
try:
    interp.runsource('raise SystemExit(3)')
except SystemExit as e:
    print('SystemExit escaped with code', e.code)


def fake_compile(source, filename, symbol):
    # Old-style 4-item location: showsyntaxerror puts in the given filename.
    raise SyntaxError('made-up problem', ('ignored.py', 2, 3, 'abcdef\n'))


real_compile = interp.compile
print(type(real_compile).__name__)
interp.compile = fake_compile
interp.runsource('anything', 'replaced.py')
interp.runsource('anything', '')
print('last_value filename:', sys.last_value.filename)
interp.compile = real_compile
print('---')


# --- A user-installed sys.excepthook takes precedence over write() --------

def hook(etype, value, tb):
    print('excepthook got', etype.__name__, value, type(tb).__name__)


sys.excepthook = hook
try:
    interp.runsource('[][1]')
    interp.runsource('1 +* 2')
finally:
    sys.excepthook = sys.__excepthook__
print('---')


# --- write() default goes to sys.stderr -----------------------------------

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    plain = code.InteractiveConsole()
    plain.push('raise RuntimeError("to stderr")')
    plain.push('def broken(:')
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = saved
print(captured, end='')
print('---')


# --- compile_command ------------------------------------------------------

for source, symbol in [('x = 1', 'single'),
                       ('if True:', 'single'),
                       ('if True:\n    pass', 'single'),
                       ('if True:\n    pass\n', 'single'),
                       ('if True:\n    pass', 'exec'),
                       ('def f():\n    return [1,', 'single'),
                       ('s = """abc', 'single'),
                       ('x = 1 + \\', 'single'),
                       ('@property', 'single'),
                       ('try:\n    pass', 'single'),
                       ('for x in y: pass', 'single'),
                       ('(1,', 'eval'),
                       ('1 + 1', 'eval'),
                       ('', 'single'),
                       ('# comment', 'exec'),
                       ('1 = 2', 'single'),
                       ('a b', 'single'),
                       ('x = 5 5', 'exec'),
                       ('del 1', 'single'),
                       ('  y = 1', 'single'),
                       ('a = 1\nb = 2', 'single'),
                       ('if 1:\n  pass\nz = 3', 'single'),
                       ("'abc", 'single'),
                       ('x = (1,\n2 3', 'single'),
                       ('0x', 'single'),
                       ('x = 1 if 2 else 3', 'single'),
                       ('match command:', 'single'),
                       ('match(command)', 'single'),
                       ('async def worker():', 'exec'),
                       ('class A(B,\n        C):', 'single'),
                       ('x = [\n# comment\n', 'single'),
                       ("x = 'abc\\", 'single'),
                       ('if a:\n  if b:\n    pass\n  else:', 'single'),
                       ('if a:\n  if b:\n    pass\n  else:\n    pass\n', 'single'),
                       ('@decorator\ndef f(): pass', 'single'),
                       ('@decorator\ndef f(): pass\n', 'single'),
                       ('while True:\n    break\nelse:', 'exec')]:
    try:
        result = code.compile_command(source, '<cc>', symbol)
    except SyntaxError as e:
        print('%r %s -> %s: %s (line %s, offset %s)' % (
            source, symbol, type(e).__name__, e.msg, e.lineno, e.offset))
    else:
        if result is None:
            print('%r %s -> None (incomplete)' % (source, symbol))
        else:
            print('%r %s -> %s %s' % (source, symbol, type(result).__name__,
                                      result.co_filename))

ns = {}
exec(code.compile_command('value = 40 + 2'), ns)
print('value', ns['value'])
print(code.__all__)
print('---')


# --- interact() with a read function --------------------------------------

def reader(lines):
    feed = iter(lines)

    def read(prompt):
        sys.stdout.write(prompt)
        try:
            line = next(feed)
        except StopIteration:
            raise EOFError
        if line is KeyboardInterrupt:
            raise KeyboardInterrupt
        sys.stdout.write(line + '\n')
        return line
    return read


saved = sys.stderr
sys.stderr = sys.stdout
try:
    code.interact(banner='Custom banner', readfunc=reader([
        'a = 5',
        'for i in range(2):',
        '    a += i',
        '',
        'a',
        'def g():',
        KeyboardInterrupt,
        'g',
        '"%s" % missing',
    ]), local={'__name__': 'demo'})
    print('[after first interact]')
    code.interact(banner='', readfunc=reader(['1 + 1']), exitmsg='Bye now')
    print('[after second interact]')
    code.interact(banner='x', readfunc=reader([]), exitmsg='')
    print('[after third interact]')
    ps = (sys.ps1, sys.ps2)
    sys.ps1, sys.ps2 = 'IN: ', '..: '
    written = []

    class Recording(code.InteractiveConsole):
        def write(self, data):
            written.append(data)

    console = Recording(locals={})
    console.raw_input = reader(['if 1:', '  2', '', '1/0'])
    console.interact(banner=None)
    sys.ps1, sys.ps2 = ps
    print(''.join(written).replace(sys.version, '<version>'), end='')
finally:
    sys.stderr = saved
print('prompts:', ps)
print('done')
