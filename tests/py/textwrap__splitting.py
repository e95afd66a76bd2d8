# How words are split: hyphens, em-dashes, long words, punctuation.
import textwrap

samples = [
    "A well-known, long-standing fact: hyphenated words break after their hyphens.",
    "Em-dashes--like this one--are split off; so are triple---dashes and x--y.",
    "Numbers like 1-2-3 and 3-4 do not break, nor does a-b, but ab-cd and x-y-z may.",
    "Options such as --verbose and -v, or --output=FILE, stay whole.",
    "URLs: http://example.com/some-long-path/with-hyphens-in-it?query=a-b-c",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "naïve über-cool café-au-lait résumé-writing",
    "Look, Mr. Smith!--he said--\"it's done.\" Really?  Yes.",
    "----- leading dashes ----- and trailing -----",
    "tabs\tand\tnewlines\nand\x0bvertical\x0cform feeds\rcarriage",
]
for text in samples:
    for width in (8, 13, 21, 34):
        print(width, textwrap.wrap(text, width))
    print("nohyph", textwrap.wrap(text, 13, break_on_hyphens=False))
    print("nolong", textwrap.wrap(text, 10, break_long_words=False))
    print("both  ", textwrap.wrap(text, 10, break_long_words=False, break_on_hyphens=False))

w = textwrap.TextWrapper()
print(w.wordsep_re.split("Hello--world; a well-known e-mail x--y"))
print(w._split("Hello--world; a well-known e-mail x--y"))
print(w.wordsep_simple_re.split("a  b\tc"))
