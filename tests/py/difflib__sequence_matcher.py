# SequenceMatcher: matching blocks, opcodes, ratios, junk.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

a = "private Thread currentThread;"
b = "private volatile Thread currentThread;"
s = difflib.SequenceMatcher(lambda x: x == " ", a, b)
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % tuple(block))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, a[i1:i2], j1, j2, b[j1:j2]))

s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for op in s.get_opcodes():
    print(op)
print(difflib.SequenceMatcher(None, "tide", "diet").ratio(),
      difflib.SequenceMatcher(None, "diet", "tide").ratio())
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "", "").get_opcodes())
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))

lines_a = ["line %d\n" % i for i in range(1, 40)]
lines_b = list(lines_a)
lines_b[5] = "line six\n"
lines_b[30:32] = []
lines_b.insert(20, "inserted\n")
s = difflib.SequenceMatcher(None, lines_a, lines_b)
for group in s.get_grouped_opcodes(2):
    print(group)
print(s.get_opcodes()[0])    # get_grouped_opcodes trimmed the cached opcodes

s = difflib.SequenceMatcher()
s.set_seqs("abcd", "bcde")
print(s.ratio(), s.get_matching_blocks())
s.set_seq1("bcde")
print(s.ratio())
s.set_seq2("xyz")
print(s.ratio(), s.get_opcodes())

# autojunk: elements of b occurring more than 1% of the time, when b has 200+ items.
b = "ab" * 150 + "xyz"
a = "xyz" + "ab" * 10
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 4))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 4))
print(sorted(s.b2j)[:5], s.b2j["x"], s.b2j["a"][:4])
s = difflib.SequenceMatcher(lambda c: c in "ab", "a-b-c", "c-b-a")
print(sorted(s.bjunk), s.get_matching_blocks())
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], (2, 3, 5)).get_opcodes())
print(difflib.SequenceMatcher[str])
m = difflib.Match(1, 2, 3)
print(m, m.a, m.b, m.size, difflib.Match._fields)
