# Each TextWrapper option.
import textwrap

text = ("Hello  there.\tThis is a\tline with\ttabs.  It goes on, and on!  And on? "
        "It ends.\n\nA new paragraph\nstarts here, mr. Reader.")
print(textwrap.wrap(text, 20))
print(textwrap.wrap(text, 20, expand_tabs=False))
print(textwrap.wrap(text, 20, tabsize=4))
print(textwrap.wrap(text, 20, tabsize=0))
print(textwrap.wrap(text, 20, replace_whitespace=False))
print(textwrap.wrap(text, 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap(text, 20, fix_sentence_endings=True))
print(textwrap.wrap("He said \"stop.\" Then 'go!' Then E.T. phoned home.", 15,
                    fix_sentence_endings=True))
print(textwrap.wrap(text, 25, initial_indent="> ", subsequent_indent=">> "))
print(textwrap.wrap(text, 25, initial_indent="1. ", subsequent_indent="   ",
                    drop_whitespace=False))
print(textwrap.wrap("   leading spaces and trailing   ", 10))
print(textwrap.wrap("   leading spaces and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.fill("", 10), textwrap.wrap("    ", 10))
print(textwrap.wrap("    ", 10, drop_whitespace=False))
print(textwrap.wrap("word", 1), textwrap.wrap("a b c", 1))

w = textwrap.TextWrapper(width=12)
print(w.width, w.initial_indent == "", w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 6
w.break_long_words = False
print(w.wrap("abcdefghij klm nopqrstu"))
w.break_on_hyphens = 1   # only True itself selects the hyphen-aware splitting
print(w.wrap("well-known x-y-z"))
print(sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))
chunks = ["Hello", " ", "world.", " ", "Bye!", " ", "x", "  ", "end."]
w._fix_sentence_endings(chunks)
print(chunks)
