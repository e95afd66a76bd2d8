# max_lines with its placeholder, and shorten().
import textwrap

text = "The quick brown fox jumps over the lazy dog and keeps running far away."
for n in (1, 2, 3, 4, 10):
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=""))
print(textwrap.wrap(text, 20, max_lines=2, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap("one two three four", 9, max_lines=2, placeholder=" [...]"))
print(textwrap.wrap("aaaaaaa bbbbbbb ccccccc", 7, max_lines=2))
print(textwrap.wrap("Hello world! ", 12, max_lines=1))
print(textwrap.wrap("Hello world!   ", 12, max_lines=1, drop_whitespace=False))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\tspace  here ", 40))
print(textwrap.shorten(text, 30))
print(textwrap.shorten(text, 30, placeholder=" …"))
print(repr(textwrap.shorten("", 5)))
print(repr(textwrap.shorten("Supercalifragilistic", 12)))
print(repr(textwrap.shorten("Supercalifragilistic and more", 12, break_long_words=False)))
for width in range(6, 40, 3):
    print(width, repr(textwrap.shorten("Lorem ipsum dolor sit amet, consectetur adipiscing "
                                       "elit, sed do eiusmod tempor", width)))
