# The 'as' name is deleted after the except block.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

saved = None
try:
    raise KeyError("k")
except KeyError as exc:
    saved = exc
print("saved:", repr(saved))
import sys
try:
    raise IndexError("idx")
except IndexError:
    info = sys.exc_info()
    print(info[0].__name__, info[1])
print(sys.exc_info())
