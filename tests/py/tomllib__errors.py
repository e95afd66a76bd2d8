# tomllib: invalid documents. Each prints the exception type and CPython's exact message,
# with its "(at line L, column C)" or "(at end of document)" suffix.
import tomllib

CASES = [
    # statements
    "a = 1 b = 2",
    "a = 1\n= 2",
    "a",
    "a b = 1",
    "a =",
    "a = \n1",
    "  !x = 1",
    "\n\n   ?",
    "a = 1 # ok\nb = 2 x",
    "a = true1",
    "a = truex",
    "a = tru",
    "a = fals",
    "a = True",
    "a = null",
    "a = 1\r\nb = \r\n",
    "a = 1\rb = 2",
    "\ufeffa = 1",
    # keys
    "a. = 1",
    ".a = 1",
    "a..b = 1",
    "é = 1",
    "'a\nb' = 1",
    '"a\nb" = 1',
    '"""a""" = 1',
    "a = 1\na = 2",
    "a.b = 1\na.b = 2",
    "a = 1\na.b = 2",
    "a.b = 1\na = 2",
    "a = {}\na.b = 1",
    "a = []\na.b = 1",
    "a = [{}]\n[[a]]",
    "[a]\nb = 1\n[a]",
    "[a.b]\n[a]\nb = 1",
    "[a]\nb.c = 1\n[a.b]",
    "[a]\nb.c = 1\n[a.b.c]",
    "a.b.c = 1\n[a]\nb.d = 2",
    "[a.b]\n[a]\nb.c = 1",
    "[[a]]\n[a]",
    "[a]\n[[a]]",
    "a = 1\n[a]",
    "a = 1\n[[a]]",
    "a = 1\n[a.b]",
    "a = {b = 1}\n[a]",
    "a = {b = 1}\n[a.c]",
    "a = {b = 1}\n[[a.c]]",
    "x = [1, 2]\n[[x]]",
    # table headers
    "[a",
    "[a]x",
    "[a] = 1",
    "[[a]",
    "[[a] ]",
    "[ [a]]",
    "[]",
    "[[]]",
    "[a.]",
    "[\"a\nb\"]",
    # values: numbers
    "a = 01",
    "a = 00",
    "a = +01",
    "a = 1__0",
    "a = 1_",
    "a = _1",
    "a = 0x",
    "a = 0X1F",
    "a = 0x1g",
    "a = 0o8",
    "a = 0b2",
    "a = 0b1_",
    "a = +0x1",
    "a = 1.",
    "a = .5",
    "a = 1.e5",
    "a = 1e",
    "a = 1e+",
    "a = 1.5e",
    "a = 1.5.2",
    "a = --1",
    "a = +-1",
    "a = 1 2",
    "a = infinity",
    "a = +in",
    "a = NaN",
    "a = Inf",
    # values: dates and times
    "a = 1979-05-27T",
    "a = 1979-05-27 07:32",
    "a = 1979-05-27T07:32",
    "a = 1979-02-30",
    "a = 1979-13-01",
    "a = 1979-00-01",
    "a = 0000-01-01",
    "a = 1979-05-32",
    "a = 1979-5-27",
    "a = 79-05-27",
    "a = 1979-05-27T25:00:00",
    "a = 1979-05-27T07:60:00",
    "a = 1979-05-27T07:32:60",
    "a = 1979-05-27T07:32:00.",
    "a = 1979-05-27T07:32:00+24:00",
    "a = 1979-05-27T07:32:00+07",
    "a = 1979-05-27T07:32:00X",
    "a = 2001-02-29T00:00:00Z",
    "a = 24:00:00",
    "a = 7:32:00",
    "a = 07:32",
    "a = 07:32:00Z",
    # values: strings
    'a = "abc',
    "a = 'abc",
    "a = 'abc\nb = 'x'",
    'a = "abc\n"',
    'a = "a\\qb"',
    'a = "a\\',
    'a = "\\u12"',
    'a = "\\u12G4"',
    'a = "\\UFFFFFFFF"',
    'a = "\\uD800"',
    'a = "\\U00110000"',
    'a = "\\x41"',
    'a = "tab\there"',
    'a = "ctrl\x01"',
    'a = "del\x7f"',
    "a = 'del\x7f'",
    'a = """abc',
    "a = '''abc",
    "a = '''abc''",
    'a = """a\x00b"""',
    "a = '''a\rb'''",
    'a = """a\\ b"""',
    'a = """a\\ \t x\n"""',
    'a = """a\\',
    'a = """a\\   ',
    'a = """a""""""',
    "a = '''a''''''",
    # comments
    "# a\x00b",
    "a = 1 # \x7f",
    "a = 1 # \r",
    "# fine\r\n# ctrl \x1b",
    # arrays
    "a = [",
    "a = [1",
    "a = [1,",
    "a = [1 2]",
    "a = [,]",
    "a = [1,,2]",
    "a = [1\n2]",
    "a = [1 # c\n, # d\n 2 # e",
    "a = [[1], [2]",
    # inline tables
    "a = {",
    "a = {b = 1",
    "a = {b = 1,}",
    "a = {b = 1 c = 2}",
    "a = {b = 1\n}",
    "a = {\nb = 1}",
    "a = {b = 1, b = 2}",
    "a = {b.c = 1, b = 2}",
    "a = {b = 1, b.c = 2}",
    "a = {b = {c = 1}, b.d = 2}",
    "a = {b = [1], b.c = 2}",
    "a = {b.c = 1, b.c = 2}",
    "a = {b}",
    "a = {=1}",
    "a = {b = }",
    "a = {'' = 1, \"\" = 2}",
    "a = {\"b c\" = 1, 'b c' = 2}",
    "a = {\"\u00e9\" = 1, \"\\u00e9\" = 2}",
]

for doc in CASES:
    try:
        result = tomllib.loads(doc)
    except Exception as exc:
        print(repr(doc), "->", type(exc).__name__ + ":", exc)
    else:
        print(repr(doc), "-> OK", result)

# Errors are TOMLDecodeError, a ValueError
try:
    tomllib.loads("x")
except ValueError as exc:
    print(type(exc), isinstance(exc, tomllib.TOMLDecodeError), exc.args)

# Positions count lines after "\r\n" became "\n"
for doc in ["a = 1\r\nb = 2\r\nc = ?", "a = 1\n\n\n   [b]\n   c = 1 d", "x = '''\nline\nline\n''' y"]:
    try:
        tomllib.loads(doc)
    except tomllib.TOMLDecodeError as exc:
        print(exc)

# Wrong argument types
for bad in [b"a = 1", 5, None]:
    try:
        tomllib.loads(bad)
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
try:
    tomllib.loads("a = 1", float)
except TypeError as exc:
    print("TypeError:", exc)
