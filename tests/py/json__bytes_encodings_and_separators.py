# json.loads of bytes finds their encoding (byte-order marks, UTF-16/32 by their zero bytes),
# as CPython's detect_encoding does; separators must be strs for the C encoder; default's
# error names the class without its module.
import json
from collections import deque
from decimal import Decimal

for data in ['[1]'.encode('utf-16'), '"a"'.encode('utf-32-be'), b'\xef\xbb\xbf[2]',
             '{"k": "é"}'.encode('utf-16-le'), '[3]'.encode('utf-32-le'), b'"x"', b'7',
             '{"a": [1, 2]}'.encode('utf-16-be'), bytearray(b'[true]')]:
    print(json.detect_encoding(data), json.loads(data))
try:
    json.loads('"a"\ufeff'.encode('utf-8')[:-1])
except Exception as e:
    print(type(e).__name__)
for seps in [(1, 2), (",", 2), (1, ":")]:
    try:
        print(json.dumps({'a': 1}, separators=seps))
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({'a': [1, 2]}, separators=(",", ":")), json.dumps([1], indent=1, separators=(",", ":")))
for o in [Decimal('1.5'), deque([1]), object(), {1, 2}]:
    try:
        json.dumps(o)
    except TypeError as e:
        print(e)
    try:
        json.JSONEncoder().encode({"k": o})
    except TypeError as e:
        print(e)
print(json.__version__)
