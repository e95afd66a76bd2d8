# get_close_matches: "did you mean ...?" suggestions.
import difflib, keyword

commands = ["status", "commit", "checkout", "branch", "merge", "rebase", "push", "pull",
            "fetch", "clone", "init", "stash", "log", "diff", "reset", "remote", "tag"]
for typo in ["stauts", "comit", "chekout", "brnach", "psuh", "pul", "remtoe", "lgo", "xyz", ""]:
    print(typo, difflib.get_close_matches(typo, commands),
          difflib.get_close_matches(typo, commands, n=1, cutoff=0.4))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ab", "ba", "ab", "abc"], n=10, cutoff=0.0))
print(difflib.get_close_matches([1, 2, 3], [[1, 2], [3, 2, 1], (1, 2, 3)], cutoff=0.5))

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt(difflib.get_close_matches, "a", ["a"], n=0)
attempt(difflib.get_close_matches, "a", ["a"], n=-1)
attempt(difflib.get_close_matches, "a", ["a"], cutoff=1.5)
attempt(difflib.get_close_matches, "a", ["a"], cutoff=-0.1)
