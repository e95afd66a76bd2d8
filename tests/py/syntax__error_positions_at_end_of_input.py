# Where a SyntaxError points when the input stops mid-statement: at the line break (so the
# caret shows under the line's end), with no column in a 'single' entry without a final line
# break (what code and codeop compile), and no end column for an unclosed bracket.
import code
import sys
import traceback

for src, mode in [('1 +\n', 'exec'), ('1 +', 'exec'), ('1 +\n\n', 'exec'), ('x = (1,\n', 'exec'),
                  ('def f(:\n', 'exec'), ('if x\n', 'exec'), ('x = {\n', 'exec'),
                  ('1 +', 'single'), ('1 + * 2', 'single'), ('1 +\n', 'single'), ('x = (1,', 'single'),
                  ('def f(:', 'single'), ('a b', 'single'), ('print(1', 'single'),
                  ('for x in y:\n  1 +', 'single')]:
    try:
        compile(src, '<s>', mode)
    except SyntaxError as e:
        print(repr(src), mode, e.args)
        print(''.join(traceback.format_exception_only(e)), end='')

sys.stderr = sys.stdout
console = code.InteractiveConsole()
for line in ['x = 1 +', 'x = (1,', 'print(2 *', '1 + * 2']:
    print('push', repr(line), console.push(line))
    console.resetbuffer()
