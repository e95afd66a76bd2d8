# Python's whitespace: Rust's and the information separators U+001C-U+001F, in isspace,
# split, rsplit (which cut multi-byte whitespace mid-character) and strip.
for c in '\x1c\x1d\x1e\x1f \t\x85\xa0\u2028\u3000\u200b':
    print(repr(c), c.isspace(), ('a' + c + 'b').split(), ('a' + c + 'b' + c).rsplit(), repr((c + 'x' + c).strip()), repr((c + 'x').lstrip()), repr(('x' + c).rstrip()))
print('a\x1cb\x1dc'.split(maxsplit=1), '\x1c'.isspace(), ''.isspace())
