# Several gc.callbacks run in list order for each phase; an exception in one is reported and ignored.
import gc


def first(phase, info):
    print("first", phase)


def second(phase, info):
    print("second", phase)


def broken(phase, info):
    raise RuntimeError("callback failed in " + phase)


gc.collect()
gc.callbacks.extend([first, second])
gc.collect()
gc.callbacks.reverse()
gc.collect()
gc.callbacks[:] = [first, broken, second]
print("collect with broken callback:", gc.collect())
gc.callbacks.clear()
gc.collect()
print("end")
