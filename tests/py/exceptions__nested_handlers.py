# Exceptions propagate through nested calls and handlers.
def level3():
    print("level3 raising")
    raise ValueError("deep")

def level2():
    try:
        level3()
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except TypeError:
        print("not this one")
    print("never printed")

try:
    level1()
except ValueError as e:
    print("top caught:", e)

def loop_with_errors():
    results = []
    for x in [1, 0, "a", 4]:
        try:
            results.append(12 // x)
        except ZeroDivisionError:
            results.append("zero")
        except TypeError:
            results.append("type")
    return results

print(loop_with_errors())
