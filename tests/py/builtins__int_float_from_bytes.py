# int() and float() read bytes and bytearray as text; base 0 reads a literal as source code does
# (no leading zeros, an underscore after the prefix); bytes() refuses an encoding for a non-str.
for expr in ["int(b'12')", "int(bytearray(b' 7 '))", "float(b'1.5')", "int(b'ff', 16)", "int('010', 0)", "int('0o10', 0)", "int('0', 0)", "int('00', 0)", "bytes(b'x', 'utf-8')", "int(b'1_000')", "float(bytearray(b'2e3'))", "int('1__0')", "int(' 0x_1f ', 16)", "float('1_0.5')", "int(b'z')"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
for expr in ["int('0_0', 0)", "int('00_0', 0)", "int('0x', 0)", "int('_1', 0)", "int('010', 8)", "int('0b_1', 0)", "int('1_', 0)", "int(b' -12 ')", "float(b' nan ')", "float(b'x1')", "int('12', 0)", "int('-0', 0)", "int('0x_', 16)", "int(b'\\xff')"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
