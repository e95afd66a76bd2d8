# Parsing options: comments, delimiters, multi-line values, allow_no_value, strict, etc.
import configparser


def parse(text, **kw):
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string(text)
    except configparser.Error as e:
        print('  error:', type(e).__name__, e)
    return {s: dict(p.items(s, raw=True)) for s in p.sections()}


print(parse("""
[Simple Values]
key=value
spaces in keys=allowed
spaces in values=allowed as well
spaces around the delimiter = obviously
you can also use : to delimit keys from values

[All Values Are Strings]
values like this: 1000000
or this: 3.14159265359

[Multiline Values]
chorus: I'm a lumberjack, and I'm okay
    I sleep all night and I work all day

[No Values]
key_without_value
empty string value here =

[You can use comments]
# like this
; or this

# By default only in an empty line.
# Inline comments can be harmful because they prevent users
# from using the delimiting characters as parts of values.
# That being said, this can be customized.

    [Sections Can Be Indented]
        can_values_be_as_well = True
        does_that_mean_anything_special = False
        purpose = formatting for readability
        multiline_values = are
            handled just fine as
            long as they are indented
            deeper than the first line
            of a value
        # Did I mention we can indent comments, too?
""", allow_no_value=True))

print(parse("[s]\nkey: a\n\n  continued after blank\n\n\nnext = 1\n"))
print(parse("[s]\nkey: a\n\n  not continued\n", empty_lines_in_values=False))
print(parse("[s]\nkey: a\n  b\n\n\n  c\n\n"))
print(parse("[s]\nkey: a\n  # comment inside\n  b\n"))
print(parse("[s]\nkey: a\n;c\n  b\n"))
print(parse("[s]\nkey =\n  first\n  second\n"))
print(parse("[s]\n  indented = 1\n   more = 2\n  back = 3\n"))
print(parse("[s]\na = 1 # not a comment\nb = 2 ; nor this\n"))
print(parse("[s]\na = 1 # comment\nb = 2 ; too\nc = x;y\nd = x ;y #z\n#full\n", inline_comment_prefixes=('#', ';')))
print(parse("[s]\nd = a;b ;c #d\ne = #only\n", inline_comment_prefixes=('#', ';')))
print(parse("[s] ; header comment\na=1\n", inline_comment_prefixes=(';',)))
print(parse("[s]\n// c\n-- d\na = 1 -- e\n", comment_prefixes=('//', '--'), inline_comment_prefixes=['--']))
print(parse("[s]\n# not comment = x\n", comment_prefixes=()))
print(parse("[s]\n# not comment = x\n", comment_prefixes=None))
print(parse("[s]\na -> 1\nb->2\nc = 3\n", delimiters=('->',)))
print(parse("[s]\na = b = c\nd : e = f\ng := h\n"))
print(parse("[s]\na == b\n", delimiters=('==', '=')))
print(parse("[s]\nk: v\nw = x\n", delimiters=(':',)))
print(parse("[s]\nflag\nother\n", allow_no_value=True))
print(parse("[s]\nflag\nother\n"))
print(parse("[s]\nflag\n  cont\n", allow_no_value=False))
print(parse("[s]\na = 1\n[t]\n[s]\nb = 2\n", strict=False))
print(parse("[s]\na = 1\nA = 2\n", strict=False))
print(parse("[s]\na = 1\n[s]\nb = 2\n"))
print(parse("[s]\na = 1\nA = 2\n"))
print(parse("[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n"))
print(parse("[general]\na = 1\n[x]\nb = 2\n", default_section='general'))
print(parse("[a]]\nx=1\n[[b]\ny=2\n[c] trailing\nz=3\n[]\nw=4\n"))
print(parse("[s]\n=novalue\n = 2\nok = 3\n"))
print(parse("[s]\n  = x\n"))
print(parse("[s]\nKeY = 1\nkEy2 = 2\n"))
print(parse("\n\n# leading comment\n[s]\na\t=\tb  \t\n"))
print(parse("[s]\r\na = 1\r\nb = 2\r\n"))
print(parse("[s]\na = 1"))
print(parse(""))

p = configparser.ConfigParser()
p.optionxform = str
p.read_string("[s]\nCamelCase = 1\nlower = 2\n")
print(p.options('s'), p.get('s', 'CamelCase'), p.has_option('s', 'camelcase'))


class Keep(configparser.RawConfigParser):
    def optionxform(self, optionstr):
        return optionstr.upper()


k = Keep(defaults={'dflt': 1})
k.read_string("[s]\nabc = 1\n")
print(k.options('s'), k.get('s', 'aBc'), k.defaults())
try:
    configparser.ConfigParser(dict_type=dict, defaults={'B': 2, 'a': None})
except TypeError as e:
    print(type(e).__name__, e)
o = configparser.ConfigParser(defaults={'B': 2, 'a': None}, allow_no_value=True)
print(o.defaults(), o.items('DEFAULT'))
o2 = configparser.RawConfigParser({'B': 2, 'a': None})
print(o2.defaults())

# Section names with surrounding spaces, through a replaced SECTCRE.
import re
sp = configparser.ConfigParser()
sp.SECTCRE = re.compile(r"\[ *(?P<header>[^]]+?) *\]")
sp.read_string("[  Section 2  ]\nk = v\n")
print(sp.sections())
plain = configparser.ConfigParser()
plain.read_string("[  Section 2  ]\nk = v\n")
print(plain.sections())
