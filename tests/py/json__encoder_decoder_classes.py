# json's JSONEncoder/JSONDecoder and the cls, parse_constant and strict arguments.
import json
from decimal import Decimal
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)
print(json.dumps({"s": {2, 1}, "d": Decimal("1.5")}, cls=Enc))
print(json.dumps({"b": [1, 2], "a": None}, cls=Enc, indent=2, sort_keys=True))
try: json.dumps({"x": object()}, cls=Enc)
except TypeError as e: print(e)
e = json.JSONEncoder(separators=(',', ':'))
print(e.encode({"a": [1, 2.5, "x"]}), ''.join(e.iterencode([1, {"k": True}])), e.item_separator, e.key_separator)
print(json.JSONEncoder(indent=4).item_separator, json.JSONEncoder().item_separator)
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Dec))
d = json.JSONDecoder()
print(d.decode(' [1, 2] '), d.raw_decode('{"a": 1} trailing'), d.raw_decode('xx 3', 3))
print(json.loads('[NaN, Infinity]', parse_constant=lambda name: name.lower()))
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
print(json.loads('1.5', parse_float=Decimal), json.loads('{"a": 1}', object_pairs_hook=list))
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError), json.__all__)
