# The single-byte code pages (CPython's charmap codecs) by their names and aliases: encoding,
# decoding, error handlers, and codecs.lookup.
import codecs

text = "Grüße, señor: 5€ – «ça va?»"
for name in ["cp1252", "windows-1252", "latin9", "iso8859_15", "cp850", "mac-roman",
             "macintosh", "cp1250", "ISO-8859-2"]:
    try:
        data = text.encode(name)
        print(name, data, data.decode(name) == text)
    except UnicodeEncodeError as e:
        print(name, "UnicodeEncodeError:", e, e.encoding, e.start, e.end)

print("Привет, мир".encode("koi8-r"), "Привет, мир".encode("cp1251"), "Привет".encode("cp866"))
print(b"\xf0\xd2\xc9\xd7\xc5\xd4".decode("koi8_r"), b"\xcf\xf0\xe8\xe2\xe5\xf2".decode("windows-1251"))
print("Καλημέρα".encode("iso8859-7"), "שלום".encode("cp1255"), "สวัสดี".encode("tis-620"))
print("box: ┌─┐│└┘ ░▒▓".encode("cp437"), bytes(range(0xb0, 0xb8)).decode("ibm437"))

# EBCDIC: even the letters move.
print("Hello, World?".encode("cp037"), "Hello".encode("cp500").decode("cp500"))

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(errors, "a€€b\u0100".encode("cp437", errors), "a?€b".encode("cp037", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e, (e.start, e.end, e.reason))
    try:
        print(errors, b"a\x81\x8db".decode("cp1252", errors))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e, (e.start, e.end, e.reason))
    except TypeError as e:
        print(errors, "TypeError:", e)

for name in ["cp1252", "latin9", "l2", "koi8_u", "cp437", "mac_cyrillic", "IBM850", "windows_1253",
             "Windows 1251", "KOI8-R", "macRoman", "latin-9", "cp-1252", "iso8859.15"]:
    try:
        info = codecs.lookup(name)
        print(repr(name), "->", info.name, info.encode("é"), info.decode(b"abc"))
    except LookupError as e:
        print(repr(name), "LookupError:", e)

# Incremental and stream use go through the same tables.
dec = codecs.getincrementaldecoder("cp1252")()
print(repr(dec.decode(b"caf")), repr(dec.decode(b"\xe9", final=True)))
print(codecs.encode("Ærø", "iso8859-4"), codecs.decode(b"\xc6r\xf8", "latin-4"))
