# string and bytes literals
a = 'single'
b = "double"
c = """triple
double"""
d = '''triple
single'''
e = r"raw \n stays"
f = R'raw'
g = "escapes: \n \t \\ \' \" \a \b \f \r \v"
h = "\x41\u00e9\U0001F600\N{BULLET}"
i = "\0 \12 \101"
j = "implicit" ' concatenation' """ of many"""
k = b"bytes"
l = B'\x00\xff'
m = rb"raw bytes \d"
n = br"raw bytes \d"
o = Rb'x' + bR'y'
p = u"unicode prefix"
q = "line \
continued"
r = ""
s = ''
t = """"""
u2 = "it's"
v = 'say "hi"'
w = (
    "multi"
    "line"
)
