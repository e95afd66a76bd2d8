# Complex numbers: literals, arithmetic, attributes, repr.
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z * 2, z / 2, -z)
print(1j * 1j, (1 + 2j) * (3 - 1j), complex(1, 2), complex("2-3j"))
print(z == complex(3, 4), 2j ** 2, repr(0j), repr(-1j))
print(hash(complex(5, 0)) == hash(5), bool(0j), bool(1j))
