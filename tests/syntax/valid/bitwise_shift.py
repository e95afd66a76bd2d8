# bitwise and shift operators
x = a | b
x = a ^ b
x = a & b
x = a << 2
x = a >> 2
x = a | b ^ c & d
x = a << b + c
x = (a | b) & c
x = ~a & b
x = a & ~b | c >> 1 << 2
