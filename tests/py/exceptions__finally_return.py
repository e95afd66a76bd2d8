# finally runs on return/break/continue, and a return in finally wins.
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f(), g(), h())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)

print(counter())
