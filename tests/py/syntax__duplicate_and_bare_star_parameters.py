# Parameter lists CPython refuses: a name given twice (also as *args or **kwargs), and a bare
# * followed only by **kwargs. Each case is compiled on its own.
for src in ["def f(a, *a): pass", "def f(a, **a): pass", "lambda a, *a: 0", "def f(*a, b, **b): pass",
            "def f(*, **k): pass", "def f(*): pass", "def f(a, a): pass", "def f(*, a, **k): pass"]:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print(f"{src!r}: {e.msg} (line {e.lineno}, offset {e.offset})")
