"""Exercise the codeop module: compiling possibly unfinished commands."""
import codeop


def classify(func, source, symbol='single'):
    try:
        result = func(source, '<demo>', symbol)
    except SyntaxError as e:
        return '%s: %s' % (type(e).__name__, e.msg)
    if result is None:
        return 'incomplete'
    return 'code from %s' % result.co_filename


# Feed a function definition one line at a time, as a prompt would.
lines = ['def greet(name):', '    message = "Hello, " + name', '    return message', '']
buffer = []
for line in lines:
    buffer.append(line)
    print(repr(line), '->', classify(codeop.compile_command, '\n'.join(buffer)))

cases = [
    ('print("hi")', 'single'),
    ('print("hi"', 'single'),
    ('for i in range(3):', 'single'),
    ('for i in range(3):\n    print(i)', 'single'),
    ('for i in range(3):\n    print(i)', 'exec'),
    ('for i in range(3):\n    print(i)\n', 'single'),
    ('x = """one', 'single'),
    ('x = """one\ntwo"""', 'single'),
    ('value = 1 + \\', 'single'),
    ('{"key": [1, 2', 'eval'),
    ('{"key": [1, 2]}', 'eval'),
    ('', 'eval'),
    ('', 'exec'),
    ('# nothing here', 'single'),
    ('x = = 1', 'single'),
    ('def f(x):\nreturn x', 'single'),
    ('one = 1\ntwo = 2', 'single'),
    ('one = 1\ntwo = 2', 'exec'),
]
for source, symbol in cases:
    print('%r %s -> %s' % (source, symbol, classify(codeop.compile_command, source, symbol)))

compiler = codeop.CommandCompiler()
print(type(compiler.compiler).__name__)
for source in ['import math', 'math.floor(2.5)', 'if math.pi > 3:', 'if math.pi > 3:\n  pass\n']:
    print(repr(source), '->', classify(compiler, source))
ns = {}
exec(compiler('import math'), ns)
exec(compiler('result = math.floor(2.5)'), ns)
print('result', ns['result'])

plain = codeop.Compile()
print(plain.flags == codeop.PyCF_DONT_IMPLY_DEDENT | codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
obj = plain('a = 1\nb = 2\n', '<Compile>', 'exec')
ns = {}
exec(obj, ns)
print(ns['a'] + ns['b'], obj.co_filename)
try:
    plain('a b', '<Compile>', 'exec', incomplete_input=False)
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
print(codeop.__all__)
