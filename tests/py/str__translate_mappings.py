# str.translate: what a mapping may give (a str, a code point in range, None) and CPython's
# errors for anything else; a LookupError keeps the character.
for table in ({101: -1}, {101: 0x110000}, {101: 1.5}, {101: b'x'}, {101: None, 97: 'AA', 98: 66}, {101: True}, str.maketrans('ab', 'xy', 'c')):
    try: print(repr('abcdeé'.translate(table)))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class T:
    def __getitem__(self, k):
        if k == 98: raise IndexError
        return k + 1
print('abc'.translate(T()))
