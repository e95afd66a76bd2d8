# binascii: the uuencode line codec, b2a_uu / a2b_uu.
import binascii


def show(f, *args, **kwargs):
    try:
        print(f.__name__, args, kwargs, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, kwargs, '!!', type(e).__name__, e)


# Typical use: at most 45 bytes a line.
text = b'Reap reads and writes uuencoded lines, forty-five bytes at a time at most.'
lines = [binascii.b2a_uu(text[i:i + 45]) for i in range(0, len(text), 45)]
print(lines)
print(b''.join(binascii.a2b_uu(line) for line in lines) == text)

for data in [b'', b'a', b'ab', b'abc', b'\x00\x00\x00', b'\xff' * 4, b'a' * 45]:
    show(binascii.b2a_uu, data)
    show(binascii.b2a_uu, data, backtick=True)
show(binascii.b2a_uu, b'a' * 46)
show(binascii.b2a_uu, 'abc')

for line in [b'#86)C\n', '#86)C\n', b'#86)C', b'!80\r\n', b' \n', b'`\n', b'#86', b'#86)C``  \n',
             b'!8 `\n', b'#86)Cxxxx', b'#86)Cxxxx   ', b'#8~)C', b'!8a\n', b'!8\x7f\n',
             b'!8\x1f\n', b'']:
    show(binascii.a2b_uu, line)
show(binascii.a2b_uu, 'caf\xe9')
