# gc.get_threshold() / gc.set_threshold(): defaults, full and partial updates, argument errors.
import gc

print("default:", gc.get_threshold())
gc.set_threshold(100, 5, 2)
print("after set 3:", gc.get_threshold())
gc.set_threshold(50)
print("after set 1:", gc.get_threshold())
gc.set_threshold(60, 7)
print("after set 2:", gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(0)
print("zero:", gc.get_threshold())
