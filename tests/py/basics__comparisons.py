# Comparison operators on various types.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print("abc" < "abd", "abc" < "ab", "B" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print((1, "a") < (1, "b"))
print(None is None, None == None)
print(1 == True, 0 == False, 2 == True)
print([] == [], [] is [])
a = [1]
b = a
print(a is b, a is not b)
print(1 == "1", 1 != "1")
print({1: 2} == {1: 2}, {1, 2} == {2, 1})
print(3 in [1, 2, 3], 4 not in [1, 2, 3])
