# Characters, code points and unicode strings.
print(ord("A"), ord("a"), ord("0"), ord("é"), ord("€"))
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
s = "héllo wörld"
print(len(s), s.upper())
print(s.encode("utf-8"))
print(len(s.encode("utf-8")))
print(b"h\xc3\xa9".decode("utf-8"))
print([c for c in "naïve"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("ß".upper(), "İ".lower() == "i\u0307")
print("é" == "e\u0301", len("e\u0301"))
