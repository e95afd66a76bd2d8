# while loops with break, continue and else
while x:
    x -= 1

while True:
    if x:
        break
    continue

while x > 0:
    x = x - 1
else:
    done = True

while 1: pass
