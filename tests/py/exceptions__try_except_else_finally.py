# try / except / else / finally ordering.
def attempt(x):
    try:
        print("try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("except ZeroDivisionError")
        return "div0"
    else:
        print("else", result)
        return result
    finally:
        print("finally", x)

print(attempt(2))
print(attempt(0))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print("caught", type(e).__name__)
try:
    [][0]
except KeyError:
    print("wrong")
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    pass
finally:
    print("finally without exception")
