# Setting a method of a builtin object is 'read-only' (a missing name is 'has no attribute');
# a bytearray's repr escapes single quotes even inside double quotes; os.listdir of a bytes
# path lists bytes.
import os
for obj, name in [([], 'append'), ([], 'nope'), ('s', 'upper'), (1, 'real'), ((), 'count'), ({}, 'x')]:
    try: setattr(obj, name, 1)
    except AttributeError as e: print(e)
print(repr(bytearray(b"'")), repr(bytearray(b"'\"")), repr(bytearray(b'"')), repr(b"'"), bytearray(b"a\\'b"))
print(type(os.listdir(b'.')[0]).__name__, type(os.listdir('.')[0]).__name__)
