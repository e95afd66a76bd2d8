# f-string forms
x = 1
width = 10
prec = 2
a = f"plain"
b = f"{x}"
c = f"{x + 1} and {x * 2}"
d = f"{x!r} {x!s} {x!a}"
e = f"{x:>10}"
g = f"{x:{width}.{prec}f}"
h = f"{{literal braces}} {x}"
i = f"{x=}"
j = f"{x = }"
k = f"{x=!r:>5}"
l = f"{d['key']}"
m = f'{d["key"]}'
n = f"""triple {x}
quoted {x!r}"""
o = f"adjacent {x}" " plain " f"{x}"
p = F"upper {x}"
q = rf"raw {x} \d"
r = fr"raw {x} \d"
s = f"{'nested' + f'{x}'}"
t = f"{x:%Y-%m-%d}"
u = f"{[y for y in range(3)]}"
v = f"{ {'a': 1}['a'] }"
w = f"{(lambda: 1)()}"
y = f"{x if x else 0}"
z = f"escape \n {x}\t"
