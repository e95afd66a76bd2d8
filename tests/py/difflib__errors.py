# Errors and bytes.
import difflib

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: list(difflib.unified_diff([b"a\n"], ["b\n"])))
attempt(lambda: list(difflib.unified_diff(["a\n"], [1])))
attempt(lambda: list(difflib.context_diff(["a\n"], ["b\n"], fromfile=b"x")))
attempt(lambda: list(difflib.unified_diff(["a\n"], ["b\n"], lineterm=None)))
attempt(lambda: list(difflib.restore(["- a", "+ b"], 3)))
attempt(lambda: list(difflib.restore(["- a", "+ b"], "2")))
attempt(lambda: list(difflib.restore(["- a", "+ b"], "x")))
attempt(lambda: difflib.SequenceMatcher(None, 1, "a").ratio())
attempt(lambda: difflib.SequenceMatcher(None, "a", [[1]]))
attempt(lambda: list(difflib.ndiff("ab", "ac")))
attempt(lambda: list(difflib.Differ().compare([1, 2], [1, 3])))

a = [b"version = 1\n", b"name = caf\xc3\xa9\n", b"end\n"]
b = [b"version = 2\n", b"name = caf\xc3\xa9\n", b"end\n"]
for line in difflib.diff_bytes(difflib.unified_diff, a, b, b"old.cfg", b"new.cfg"):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, a, b, n=0)))
attempt(lambda: list(difflib.diff_bytes(difflib.unified_diff, ["x\n"], [b"y\n"])))
attempt(lambda: list(difflib.diff_bytes(difflib.unified_diff, [b"x\n"], [b"y\n"], fromfile="s")))
print(sorted(n for n in difflib.__all__ if n != "HtmlDiff"))
