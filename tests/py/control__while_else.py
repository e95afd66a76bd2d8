# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")

n = 0
while True:
    n += 1
    if n > 3:
        break
print("broke at", n)

n = 10
while n > 0:
    if n == 7:
        print("found 7")
        break
    n -= 1
else:
    print("not found")

count = 0
while count < 0:
    count += 1
else:
    print("body never ran")
