# tomllib: edge cases: escapes, multi-line strings, dotted keys and tables, redefinitions,
# parse_float, load() from binary and text files, and what the returned objects are.
import os
import tempfile
import tomllib


def show(doc, **kw):
    try:
        result = tomllib.loads(doc, **kw)
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
    else:
        print(result)


print("-- unicode escapes")
show(r'a = "\u00E9\u00e9 \U0001F600 \u0000 \u001f \u007F \uFFFF \U0010FFFF \uE000 \ud7ff"')
show(r'a = "\b\t\n\f\r\"\\"')
show('a = "raw unicode é ✓ 😀"')
show('"\\u0041" = 1\n\'\\u0041\' = 2')
show('a = "\\u00E9"\nb = \'\\u00E9\'')
print(repr(tomllib.loads(r'a = "\U0001f600\u20AC"')["a"]))

print("-- multi-line strings")
show('a = """\nfirst\nsecond"""')
show('a = """\n\nblank first"""')
show('a = """\r\nwindows\r\nlines\r\n"""')
show('a = """one \\\n   two \\\n\n\n   three"""')
show('a = """trailing ws \\   \n   continues"""')
show('a = """tab ws \\\t\t\n\tcontinues"""')
show('a = """ends with backslash\\\n"""')
show('a = """\\\n"""')
show('a = """a"b""c"""')
show('a = """"a""""')
show('a = """""a"""""')
show('a = """""""')
show("a = '''\nkeep \\ backslash\\\n'''")
show("a = ''''x''''")
show("a = '''''x'''''")
show("a = ''''''")
show("a = ''''''''")
show('a = """\ttab\tinside"""')
show('a = """ctrl \\u0001 escaped"""')

print("-- dotted keys")
show('a.b.c = 1\na.b.d = 2\na.e = 3')
show('a . b . c = 1\n"a" . \'b\' . "d" = 2')
show('[t]\nx.y = 1\nx.z = 2\n[t.w]\nv = 3')
show('fruit.apple.color = "red"\n[fruit.apple.texture]\nsmooth = true')
show('"a.b" = 1\n"a".b = 2')
show('a = {x.y = 1, x.z = 2, w = {v = 3}}')
show('1.2 = 3\n"".x = 4\n\'\' = 5')
show('[a.b.c]\nd = 1\n[a]\ne = 2')
show('[a.b]\nc = 1\n[a.d]\ne = 2')
show('[x]\n[x.y]\n[x.y.z]\n[x.w]')
show('[ a . "b c" . d ]\nv = 1')
show('[[ a . b ]]\nv = 1\n[[a.b]]\nv = 2')

print("-- arrays of tables")
show('[[a]]\nb.c = 1\n[[a]]\nb.c = 2')
show('[[a]]\n[a.b]\nc = 1\n[[a]]\n[a.b]\nc = 2')
show('[[a.b]]\nx = 1\n[[a.b]]\nx = 2\n[a.c]\ny = 3')
show('[[a]]\n[[a.b]]\n[[a.b]]\n[[a]]\n[[a.b]]')
show('a = [{b = 1}, {b = 2}]\nc = [[1, 2], ["x", 3.5], [], [{}]]')

print("-- redefinitions")
show('[a]\nb = 1\n[a.c]\nd = 2\n[a]\ne = 3')
show('[a]\n[a]')
show('[a.b]\n[a.b]')
show('[a]\nb.c = 1\n[a.b]')
show('a.b = 1\n[a.b]')
show('a.b = 1\n[a]')
show('[a.b.c]\n[a.b]\n[a]')
show('[a]\nb = {}\n[a.b]')
show('[a]\nb = {c = 1}\n[a.b.d]')
show('[a]\nb = [1]\n[[a.b]]')
show('[[a]]\nb = 1\n[[a]]\nb = 2\nb = 3')
show('[[a]]\nb.c = 1\nb.c = 2')
show('[[a.b]]\n[a]\nb = 1')
show('[a]\n[[a.b]]\n[a.b]')
show('a = {b = {c = 1}}\na.b.d = 2')
show('a = {}\n[a.b]')
show('a.b = {}\na.b.c = 1')
show('[t]\na = 1\n[u]\n[t.b]\nc = 2')
show('[t.a]\n[t]\na.b = 1')
show('[t]\na.b = 1\n[t.a.c]\n[t.a.d]')

print("-- numbers and parse_float")
show('a = 1.5\nb = 2\nc = inf\nd = -nan\ne = [1e3, +0.0]\nf = 1_0.0_1', parse_float=str)


class Dec:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return "Dec(%r)" % self.text


show('a = 3.14\nb = -2E-2\nc = {d = 1.0}\ne = [6.626e-34]\ni = 42', parse_float=Dec)
show('a = 1.5', parse_float=lambda s: {"x": s})
show('a = 1.5', parse_float=lambda s: [s])
show('a = 1', parse_float=lambda s: [s])
show('a = nan', parse_float=lambda s: [s])
show('a = 1.5', parse_float=lambda s: (s,))


def picky(text):
    if "_" in text:
        raise ValueError("no underscores: " + text)
    return float(text)


show('a = 1.5\nb = 1_0.5', parse_float=picky)
show('a = 0.1', parse_float=float)
show('a = 0x10\nb = 0o10\nc = 0b10\nd = -0\ne = +0\nf = 9223372036854775808')
show('a = 1e400\nb = -1e400\nc = 1e-400\nd = 0.1e1')

print("-- dates and times")
show('a = 1979-05-27T07:32:00.1234567891Z')
show('a = 1979-05-27T07:32:00.000001+00:00\nb = 1979-05-27T07:32:00-00:00')
show('a = 1979-05-27T07:32:00+23:59\nb = 1979-05-27T07:32:00-23:59')
show('a = 2000-02-29\nb = 1999-12-31T23:59:59\nc = 00:00:00\nd = 23:59:59.999999')
show('a = 1979-05-27 # a date then a comment')
show('a = [1979-05-27, 07:32:00, 1979-05-27T07:32:00Z]')
show('a = 1979-05-27t07:32:00z')
show('a = 9999-12-31T23:59:59.9999999Z')
d = tomllib.loads("a = 1979-05-27T07:32:00+05:30\nb = 1979-05-27T08:00:00+05:30")
print(d["a"].tzinfo == d["b"].tzinfo, d["a"].tzinfo, d["b"] - d["a"])

print("-- whitespace, comments and line endings")
show('\t  a\t=\t1\t# c\t\n\n\t[\tt\t]\t# c\n')
show('a = 1\r\nb = """x\r\ny"""\r\n')
show('a = [\n  1, # one\n  2, # two\n  # nothing\n]\n')
show('# \xe9 \u2603 unicode comment\na = 1')
show('a = 1 #')
show('')
show('\n\n\n')

print("-- load()")
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "conf.toml")
    with open(path, "wb") as f:
        f.write('name = "caf\u00e9"\r\nratio = 0.25\r\n[section]\r\nlist = [1, 2]\r\n'.encode("utf-8"))
    with open(path, "rb") as f:
        print(tomllib.load(f))
    with open(path, "rb") as f:
        print(tomllib.load(f, parse_float=str))
    with open(path, "r", encoding="utf-8") as f:
        try:
            tomllib.load(f)
        except TypeError as exc:
            print("TypeError:", exc)
    with open(path, "wb") as f:
        f.write(b"a = '\xff'")
    with open(path, "rb") as f:
        try:
            tomllib.load(f)
        except UnicodeDecodeError as exc:
            print("UnicodeDecodeError:", exc)
    with open(path, "wb") as f:
        f.write(b"a = 1\nb = ")
    with open(path, "rb") as f:
        try:
            tomllib.load(f)
        except tomllib.TOMLDecodeError as exc:
            print("TOMLDecodeError:", exc)

import io
print(tomllib.load(io.BytesIO(b"x = [true, false]")))
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as exc:
    print("TypeError:", exc)

print("-- results are fresh, plain objects")
doc = "a = {b = [1, {c = 2}]}\n[[t]]\n[t.u]"
one, two = tomllib.loads(doc), tomllib.loads(doc)
print(one == two, one is two, one["a"] is two["a"])
print(type(one["a"]), type(one["a"]["b"]), type(one["t"]), type(one["t"][0]["u"]))
print(list(tomllib.loads("z = 1\na = 2\nm = 3\n[b]\n[0]")))
