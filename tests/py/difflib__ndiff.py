# Differ and ndiff: line-by-line deltas with intraline hints.
import difflib

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print("".join(result), end="")
print("=" * 10)
print("".join(difflib.ndiff(text1, text2, charjunk=None)), end="")
print("=" * 10)
delta = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                           "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
print("=" * 10)
print(list(difflib.ndiff(["\tindented with tab\n"], ["\tindented with tabs\n"])))
print(list(difflib.ndiff(["abc"], ["abd"])))
print(list(difflib.ndiff(["same", "x1", "x2"], ["same", "y1"])))
print(list(difflib.ndiff(["a", "b", "c"], ["x", "y"])))
print(list(difflib.ndiff(["common", "old1"], ["new1", "new2", "common"])))
print(list(difflib.ndiff(["# \n", "\n", "code\n"], ["code\n"], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(
    ["def f(a, b):\n", "    return a+b\n"], ["def f(a, b, c):\n", "    return a + b + c\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_LINE_JUNK("##\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"),
      difflib.IS_CHARACTER_JUNK("x"))
sentences_a = "The quick brown fox jumps over the lazy dog".split()
sentences_b = "The quick red fox jumped over the very lazy dog".split()
print(list(difflib.ndiff(sentences_a, sentences_b)))
