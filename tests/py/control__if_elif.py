# if / elif / else and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
x = 7
print("odd" if x % 2 else "even")
print("a" if x > 10 else "b" if x > 5 else "c")
if []:
    print("empty list is truthy")
else:
    print("empty list is falsy")
if "0":
    print("non-empty string is truthy")
if not None:
    print("None is falsy")
