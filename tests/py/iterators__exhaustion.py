# Iterators are exhausted after one pass; iterables are not.
nums = [1, 2, 3]
it = iter(nums)
print(list(it), list(it))
print(list(nums), list(nums))
m = map(str, nums)
print("2" in m, list(m))
z = zip("ab", "cd")
for pair in z:
    print(pair)
print(list(z))
gen = (x for x in range(3))
print(sum(gen), sum(gen))
it = iter(range(5))
for x in it:
    if x == 1:
        break
print("rest:", list(it))
