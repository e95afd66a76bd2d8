# translate(): the regular expressions built from patterns.
import fnmatch, re

patterns = ["*.py", "a*b*c", "**", "a**b", "*a*", "?", "[abc]", "[!abc]", "[a-z]", "[!]",
            "[]", "[]]", "[!]]", "[]-]", "[a-]", "[-a]", "[z-a]", "[a-z-0]", "[a-c-e-g]",
            "[--a]", "[\\]", "[a\\-z]", "[^a]", "[[]", "[", "[!", "]", "[a", "a[b", "[&&]",
            "[~~a||b]", "[a&b]", "x.y+z(1){2}$^", "\\*", "*.[ch]", "foo?bar*baz[0-9]",
            "[!-]", "[!a-]", "[]a-]", "[a-a]", "[b-a-c]", "*a*b*c*", "\u00e9*\u4e2d?",
            "[\u00e0-\u00ff]", "tab\there", "new\nline", "[a-z]*[0-9]", "*[!.]*"]
for p in patterns:
    r = fnmatch.translate(p)
    print("%-16r %r" % (p, r))
    re.compile(r)

cases = [("abc", "[!]"), ("a", "[]"), ("]", "[]]"), ("-", "[a-]"), ("b", "[z-a]"), ("x", "[z-a]"),
         ("-", "[a-z-0]"), ("0", "[a-z-0]"), ("\\", "[\\]"), ("^", "[^a]"), ("[", "[[]"),
         ("[", "["), ("[!", "[!"), ("&", "[a&b]"), ("aXbYc", "*a*b*c*"), ("acb", "*a*b*c*"),
         ("é-中x", "\u00e9*\u4e2d?"), ("ü", "[\u00e0-\u00ff]")]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatchcase(name, pat))
