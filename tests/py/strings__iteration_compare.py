# Iterating strings and comparing them.
for i, ch in enumerate("abc"):
    print(i, ch)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("apple" == "apple", "apple" != "Apple")
print("Z" < "a", "abc" < "abd", "abc" <= "abc")
print(max(words), min(words))
print(list(reversed("xyz")))
print("a,b;c".replace(";", ",").split(","))
count = {}
for ch in "abracadabra":
    count[ch] = count.get(ch, 0) + 1
print(count)
