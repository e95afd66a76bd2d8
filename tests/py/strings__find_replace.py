# Searching and replacing.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("quick"), s.count("o"), s.count("the"))
print(s.replace("the", "a"))
print(s.replace("o", "0", 2))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"))
print(s.startswith(("a", "t")), s.endswith(("cat", "dog")))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
print("quick" in s, "slow" in s, "" in s)
print("mississippi".count("ss"), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
