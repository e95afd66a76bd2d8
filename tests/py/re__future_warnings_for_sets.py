# What may mean another thing once sets nest (nested sets, set operations written with
# doubled characters) warns with CPython's FutureWarning, attributed to the script's line.
import re
import warnings

re.compile(r"[[a]")
re.compile(r"[\w&&]")
re.compile(r"[+--]")
re.compile(r"[a-z||0]")
re.compile(r"[~~x]")
re.compile(r"[x~~y]")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.compile(r"([ab][[:alpha:]])")
    re.match(r"[!--]", "#")
    re.compile(rb"[a&&b]")
    re.compile(r"[-&&]")
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
print(re.findall(r"[*--]", "a-b+,"))
