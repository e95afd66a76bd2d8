# Assorted built-ins: id-free checks, print options, sum/sorted combos.
print("a", "b", "c")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print()
print(1, 2, sep="\n")
print(*range(5), sep=" < ")
import sys
print("to stdout", file=sys.stdout)
print(max(range(10), key=lambda n: (n % 4, n)))
print(list(map(abs, [-1, 2, -3])), list(zip(*[[1, 2], [3, 4]])))
print(isinstance(print, type(len)), type(print).__name__)
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}
exec("y = 5\nz = y * 2", ns)
print(ns["y"], ns["z"])
print(ascii("ü"), bin(7)[2:], oct(8)[2:], hex(255)[2:].upper())
print(globals()["__name__"], "sys" in globals())
