# eval input is one expression: it ends at the first line break outside brackets, and only
# blank lines and comments may follow; an indented line is an IndentationError.
cases = ["1 +\n 2", "1\n+2", "1 +\n", "(1 +\n 2)", "\n1", " 1", "1\n", "1\n\n", "1 # c\n",
         "# c\n1", "1\n# c\n", "1 \\\n+ 2", "\n\n 1", "1;", "x if\n 1 else 2", "[1,\n2]\n",
         "1\n 2", "lambda: (1 +\n 2)", "'''a\nb'''", "1 +\\\n2\n  \n", "f'{1 +\n2}'",
         "f'''{1 +\n2}'''", "yield 1\n", "x = 1"]
for src in cases:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e, e.offset)
for src in [" 1", "\t1", "\n 1", "2 *\n3", "2 * (\n3)"]:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e)
