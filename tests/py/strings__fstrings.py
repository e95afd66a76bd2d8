# f-strings with expressions and format specs.
x = 3.14159
n = 1234567
name = "Ann"
print(f"{x:>8.3f}|")
print(f"{x:<8.2f}|{x:^9.1f}|")
print(f"{n:,}", f"{n:_}", f"{n:>12,}")
print(f"{name!r}", f"{name!s}", f"{name:>6}")
print(f"{n:08d}", f"{-n:+d}", f"{255:#X}", f"{255:#x}" == "0xff", f"{5:b}")
print(f"{1 + 2} {name.upper()} {[i * 2 for i in range(3)]}")
width, prec = 10, 2
print(f"{x:{width}.{prec}f}|")
print(f"{{braces}} {x=}")
print(f"{0.5:%}", f"{0.125:.1%}")
print(f"{'nested'!r:>12}")
d = {"k": 1}
print(f"{d['k']} {d!r}")
print(f"{3.0:g} {1e-7:g} {12345678.0:.3e}")
print(f"{True} {None} {42!r}")
