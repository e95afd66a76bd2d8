# gc.callbacks are called with "start" and "stop" and an info dict (generation, collected, uncollectable).
import gc


def cb(phase, info):
    print(phase, sorted(info), "generation", info["generation"])
    if phase == "stop":
        print("  collected", info["collected"], "uncollectable", info["uncollectable"])


class Plain:
    pass


gc.collect()
gc.callbacks.append(cb)
a = Plain()
b = Plain()
a.b = b
b.a = a
del a, b
print("collect returned", gc.collect())
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print("callbacks:", gc.callbacks)
