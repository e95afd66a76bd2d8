# An uncaught SyntaxError is drawn from its attributes as they are when it prints: a config
# parser's hand-made one, a template engine's subclass with its own __str__, one a handler
# changed, and fields that are missing or None.
import subprocess
import sys

programs = [
    'raise SyntaxError("bad token", ("config.txt", 2, 3, "a = = b\\n"))',
    'class TemplateSyntaxError(SyntaxError):\n'
    '    def __str__(self): return "custom text"\n'
    'raise TemplateSyntaxError("unexpected \'}\'", ("index.html", 3, 1, "{{ x }}}\\n"))',
    'try: compile("x = = 1", "nosuch_file.py", "exec")\n'
    'except SyntaxError as e: err = e\n'
    'err.msg = "changed"; err.lineno = 7\n'
    'raise err',
    'try:\n    compile("a b", "f.py", "exec")\nexcept SyntaxError as e:\n    e.text = None\n    raise',
    'class IE(IndentationError): pass\nraise IE("bad indent", ("f.py", 3, 5, "   x = 1\\n", 3, 9))',
    'raise SyntaxError("m", ("f.py", None, 2, "abc\\n"))',
    'raise SyntaxError("m", (None, 2, None, "abc\\n"))',
    'exec("x = (1,\\n")',
]
for source in programs:
    run = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
    print(run.returncode, run.stderr, sep="\n", end="---\n")
