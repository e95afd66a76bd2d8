# String repetition, concatenation and membership.
print("ab" * 3, 3 * "xy", "z" * 0, repr("q" * -2))
print("-" * 20)
print("abc" + "def")
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "")
print("x" not in "abc")
s = ""
for ch in "hello":
    s = ch + s
print(s)
print(list("abc"))
print("a" < "b", "a" * 3 == "aaa")
print(min("hello"), max("hello"), sorted("banana"))
