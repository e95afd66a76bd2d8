# chr, ord, hex, oct, bin and parsing with int(x, base).
print(chr(65), chr(0x263A), ord("A"), ord("\n"), ord("\u263a"))
# (hex strings are compared, since the recorder rewrites 0x<hex> to 0xADDR)
print(hex(255) == "0xff", hex(-255) == "-0xff", hex(0) == "0x0", hex(2 ** 64) == "0x10000000000000000")
print(hex(255)[2:], hex(-255)[3:], hex(2 ** 64)[2:], hex(255).upper())
print(oct(8), oct(-8), bin(5), bin(-5), bin(0), bin(2 ** 10))
print(int("ff", 16), int("-0x1A", 16), int("0o17", 0), int("11", 2), int("zz", 36))
print(int(" 12 "), int("\t-3\n"), int("1_0"), int("0"), int("-0"))
print(float("1.5"), float(" 2 "), float("-1e-3"), float("inf"), float(".5"))
for bad in ["", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("one")
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
