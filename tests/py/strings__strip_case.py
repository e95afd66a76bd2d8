# Stripping whitespace/characters and changing case.
s = "  \t Hello World \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"))
print("Hello".upper(), "Hello".lower(), "hello world".title())
print("hello world".capitalize(), "HeLLo".swapcase())
print("Straße".casefold())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "   ".isspace())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower())
print("Title Case".istitle(), "".isalpha())
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
