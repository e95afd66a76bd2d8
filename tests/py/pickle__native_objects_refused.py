# Objects of the runtime's own types that CPython cannot pickle are refused with its words.
import pickle
import re

with open(__file__) as f, open(__file__, "rb") as b:
    for obj in (f, b):
        try:
            pickle.dumps(obj)
        except TypeError as e:
            print("TypeError:", e)
for flags in (1 << 20, re.I | (1 << 20), re.U, re.A | re.I, 0):
    print(repr(re.compile("a", flags)))
