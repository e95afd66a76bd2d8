# gc.collect() accepts generations 0-2 and rejects others with ValueError.
import gc


class Plain:
    pass


gc.collect()
for gen in (0, 1, 2):
    p = Plain()
    p.me = p
    del p
    print("generation", gen, "->", gc.collect(gen))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
print("keyword:", gc.collect(generation=2))
