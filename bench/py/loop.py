# An arithmetic while loop: the evaluation loop and small-int arithmetic.
i = 0
total = 0
while i < 4_000_000:
    total += i * 2 % 7
    i += 1
print(total)
