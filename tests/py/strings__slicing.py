# Indexing and slicing strings.
s = "Hello, World"
print(s[0], s[-1], s[7])
print(s[0:5], s[7:], s[:5], s[:])
print(s[::2], s[1::2], s[::-1])
print(s[-5:], s[-5:-1], s[100:], repr(s[5:2]))
print(s[2:10:3], s[10:2:-2])
print(len(s), len(""))
print(s[-100:3])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
