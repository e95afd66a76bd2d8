# An exception raised inside an except block chains to the original.
def risky():
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("second")

try:
    risky()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        print("still handling a")
except Exception:
    print("not reached")
print("done")
