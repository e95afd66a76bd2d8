# NameError for a close misspelling gets a "Did you mean" hint in the
# traceback (but str(e) itself has no hint).
values = [3, 1, 2]
try:
    print(sorted(valeus))
except NameError as e:
    print("caught:", e)
print(sorted(valeus))
