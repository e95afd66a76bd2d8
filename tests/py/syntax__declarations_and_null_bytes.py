# Declarations that come too late, and source strings holding a NUL, as compile() reports them.
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "nonlocal x\n",
    "class A:\n    nonlocal x\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

for run in (lambda: exec("x = 1\0"), lambda: eval("1\0"), lambda: compile(b"y\0", "f", "exec")):
    try:
        run()
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
