# uuid: what UUID() refuses, with CPython's messages.
import uuid


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('nothing', lambda: uuid.UUID())
attempt('two forms', lambda: uuid.UUID(hex='x', int=5))
attempt('short hex', lambda: uuid.UUID('1234567812345678123456781234567'))
attempt('long hex', lambda: uuid.UUID('123456781234567812345678123456789'))
attempt('bad digit', lambda: uuid.UUID('1234567812345678123456781234567g'))
attempt('leading space', lambda: uuid.UUID(' 1234567812345678123456781234567'))
attempt('hex bytes', lambda: uuid.UUID(b'12345678123456781234567812345678'))
attempt('hex int', lambda: uuid.UUID(12))
attempt('bytes 15', lambda: uuid.UUID(bytes=b'x' * 15))
attempt('bytes 17', lambda: uuid.UUID(bytes=b'x' * 17))
attempt('bytes_le 15', lambda: uuid.UUID(bytes_le=b'x' * 15))
attempt('bytes bytearray', lambda: uuid.UUID(bytes=bytearray(16)))
attempt('bytes_le bytearray', lambda: uuid.UUID(bytes_le=bytearray(16)))
attempt('fields 5', lambda: uuid.UUID(fields=(1, 2, 3, 4, 5)))
attempt('fields list', lambda: uuid.UUID(fields=[1, 2, 3, 4, 5, 6]))
for i in range(6):
    f = [0] * 6
    f[i] = -1
    attempt('field %d negative' % (i + 1), lambda: uuid.UUID(fields=f))
    f[i] = 1 << 48
    attempt('field %d too big' % (i + 1), lambda: uuid.UUID(fields=f))
attempt('int -1', lambda: uuid.UUID(int=-1))
attempt('int 2**128', lambda: uuid.UUID(int=1 << 128))
attempt('version 0', lambda: uuid.UUID(int=5, version=0))
attempt('version 6', lambda: uuid.UUID(int=5, version=6))
attempt("version '4'", lambda: uuid.UUID(int=5, version='4'))
attempt('float int, str()', lambda: str(uuid.UUID(int=5.0)))
attempt('is_safe positional', lambda: uuid.UUID('12345678123456781234567812345678', None, None,
                                                None, None, None, uuid.SafeUUID.safe))
attempt('SafeUUID(5)', lambda: uuid.SafeUUID(5))
attempt('uuid3 str namespace', lambda: uuid.uuid3('x', 'y'))
attempt('uuid5 None namespace', lambda: uuid.uuid5(None, 'y'))
attempt('uuid1 bad node', lambda: uuid.uuid1(node=1 << 48, clock_seq=0))
