# str.count with start and end, negative and out-of-range bounds included.

s = "banana"
for args in [("a",), ("a", 2), ("a", 2, 4), ("a", -3), ("a", -100, -1), ("", 2), ("", 6), ("", 7), ("", 4, 2), ("an", 1, 5), ("a", 10), ("a", None, 3)]:
    print(args, s.count(*args))
