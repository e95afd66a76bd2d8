# json is a package, as CPython's: json.decoder, json.encoder, json.scanner, json.tool, with
# the classes living where CPython's do (JSONDecodeError prints as json.decoder.JSONDecodeError).
import io
import json
import json.decoder
import json.encoder
import json.scanner
import sys
from json.decoder import JSONDecodeError

print(json.JSONDecodeError.__module__, JSONDecodeError is json.JSONDecodeError)
print(json.JSONEncoder.__module__, json.JSONDecoder.__module__)
print(json.encoder.encode_basestring_ascii("é\n\"x\""), json.encoder.encode_basestring("é\n"))
print(json.decoder.scanstring('"abc\\n" rest', 1))
decoder = json.JSONDecoder()
print(decoder.scan_once("[1, 2] x", 0), decoder.raw_decode('{"k": null}'))
try:
    decoder.scan_once("  ", 1)
except StopIteration as e:
    print("StopIteration", e.value)
scan = json.scanner.make_scanner(json.JSONDecoder(parse_int=str))
print(scan('{"a": 12}', 0))
print(json.loads('{"a": [1.5, 2]}'), json.loads("[1]", parse_int=float))

import json.tool

for argv, text in [(["json.tool", "--sort-keys"], '{"b": [1, 2], "a": "é"}'),
                   (["json.tool", "--indent", "1", "--no-ensure-ascii"], '{"a": {"b": ["é"]}}'),
                   (["json.tool", "--tab"], "[1, {}]"),
                   (["json.tool", "--no-indent"], '{"a": [1, 2]}'),
                   (["json.tool", "--json-lines", "--compact"], '{"a": 1}\n[2, 3]\n'),
                   (["json.tool"], "{bad")]:
    sys.argv = argv
    sys.stdin = io.StringIO(text)
    out = io.StringIO()
    sys.stdout, real = out, sys.stdout
    try:
        json.tool.main()
        code = 0
    except SystemExit as e:
        code = str(e)
    finally:
        sys.stdout = real
    print(argv[1:], repr(out.getvalue()), code)
json.loads('{"a": 1,}')
