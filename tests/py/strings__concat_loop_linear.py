# Building a string with += (or s = s + t) in a loop is linear: the str is appended to in place
# when only the variable holds it, and every other holder still sees the old value.
s = ''
for i in range(5):
    s += str(i)
print(s, len(s), hash(s) == hash('01234'))
d = {s: 1}
t = s
s += 'x'
print(s, t, d, d.get('01234'), s == '01234x')
def f():
    a = 'é'
    for i in range(200):
        a += 'ü' if i % 2 else 'a'
        if i % 50 == 0:
            print(len(a), a[-1], a[i // 2])
    b = a
    a += '!'
    print(len(a), len(b), a[-1], b[-1], a[:3], a[64:67], a[-66:-62])
    c = a
    c = c + 'zz'
    print(len(a), len(c), {c: 1}[a + 'zz'])
f()
class C:
    pass
o = C(); o.s = 'ab'
o.s += 'cd'
print(o.s)
g = 'x'
def h():
    global g
    for _ in range(3):
        g += 'y'
h()
print(g)
n = 100000
s = ''
for i in range(n):
    s += 'ab'
print(len(s))
def build(n):
    r = ''
    for i in range(n):
        r = r + 'é'
    return r
u = build(n)
print(len(u), u[n - 1], u[12345])
