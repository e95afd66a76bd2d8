# UTF-16 and UTF-32 decoding of unpaired surrogates and truncated data, under each error
# handler, with the byte order the BOM chose named in the error.
for d,e in [(b'\x00\xd8\x41\x00','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8\x00','utf-16-le'),(b'\xff\xfe\x00\xd8','utf-16'),(b'\x00\xd8\x00\xd8\x00\xdc','utf-16-le'),(b'\x00\x00\x11\x00','utf-32'),(b'ab','utf-32'), (b'\xfe\xff\xd8\x00', 'utf-16'), (b'\x00\xd8\x00\xd8', 'utf-16-le'), (b'=\xd8\x00\xde', 'utf-16-le')]:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try: print(repr(d.decode(e, h)))
        except UnicodeDecodeError as x: print(x)
