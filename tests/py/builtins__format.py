# format() with format specs.
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(255, "#X"))
print(format("hi", ">5"), format("hi", "<5") + "|", format("hi", "^6") + "|")
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(1e-5, "e"))
print(format(12), format("s"), format(1.0), repr(format(None)))
print(format(-42, "+"), format(42, "+"), format(42, " "), format(-3.5, "08.2f"))
print(format(10, "b"), format(10, "o"), format(65, "c"), format(1e20, "g"))
print(format(1.5, "10.3e"), format(123.456, ".2g"), format(True, "d"))
print(format(2 ** 70, ","), format(-1234, "_"))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
