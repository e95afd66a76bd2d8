# Return values: none, multiple, early returns.
def nothing():
    pass

def early(x):
    if x < 0:
        return "neg"
    return "non-neg"

def multi():
    return 1, "two", [3]

def bare():
    return

print(nothing(), bare())
print(early(-1), early(1))
a, b, c = multi()
print(a, b, c, multi())

def find_first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    return None

print(find_first_even([1, 3, 4, 6]), find_first_even([1]))
