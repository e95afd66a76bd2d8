# tomllib: typical use, as the Python docs show it: parse a config document and read values.
import datetime
import tomllib

CONFIG = """\
# This is a TOML document

title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"
"""

data = tomllib.loads(CONFIG)
print(type(data).__name__, list(data))
print(data["title"])
print(data["owner"])
print(data["owner"]["dob"].isoformat(), data["owner"]["dob"].utcoffset())
print(data["database"])
print(data["servers"]["alpha"]["ip"], data["servers"]["beta"]["role"])
print(sorted(data["servers"]))

# Arrays of tables
products = tomllib.loads("""
[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393

color = "gray"
""")
print(products)

fruits = tomllib.loads("""
[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
""")
print(fruits)

# Strings of every kind
strings = tomllib.loads(r'''
basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
multi = """
Roses are red
Violets are blue"""
folded = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
quotes = """Here are two quotation marks: "". Simple enough."""
fifteen = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
empty = ""
''')
strings.update(tomllib.loads(r"""
lines = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
apos15 = "Here are fifteen apostrophes: '''''''''''''''"
str2 = ''''That,' she said, 'She said so.''''
"""))
for k, v in strings.items():
    print(k, repr(v))

# Numbers
numbers = tomllib.loads("""
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdeadbeef
hex3 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
zero = -0.0
big = 123456789012345678901234567890
""")
for k, v in numbers.items():
    print(k, type(v).__name__, repr(v))

# Booleans, dates and times
dates = tomllib.loads("""
t = true
f = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27T07:32:00+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 00:32:00.5
""")
for k, v in dates.items():
    print(k, type(v).__name__, repr(v))
print(dates["odt1"].tzinfo is datetime.timezone.utc)
print(isinstance(dates["ld1"], datetime.datetime), isinstance(dates["ldt1"], datetime.datetime))

# Inline tables and dotted keys
inline = tomllib.loads("""
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
physical.color = "orange"
physical.shape = "round"
site."google.com" = true
"quoted key" = 1
'literal key' = 2
3.14159 = "pi"
""")
print(inline)

# load() reads a binary file
import os
import tempfile
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "pyproject.toml")
    with open(path, "wb") as f:
        f.write(b'[project]\nname = "spam"\nversion = "2.0"\ndependencies = [\n  "httpx",\n  "gidgethub[httpx]>4.0.0",\n]\n')
    with open(path, "rb") as f:
        project = tomllib.load(f)
    print(project)
    print(project["project"]["dependencies"][1])

print(tomllib.__all__)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
print(tomllib.loads(""), tomllib.loads("# only a comment\n\n"))
