# quopri and binascii's quoted-printable pair (b2a_qp, a2b_qp): soft breaks at 76 columns,
# quoted trailing blanks and dots, headers' underscores, CRLF kept, as CPython's.
import binascii, quopri, io
text = "Caf\u00e9 cr\u00e8me = 3\u20ac\n" + "x" * 90 + " \nend.\t\n.\n"
data = text.encode("utf-8")
enc = quopri.encodestring(data)
print(enc.decode())
print(quopri.decodestring(enc) == data)
print(quopri.encodestring(b"a b\tc", quotetabs=True), quopri.encodestring(b"hello world_", header=True))
print(quopri.decodestring(b"hello_world=3D=\n!", header=True), quopri.decodestring("soft=\r\nbreak =XY =4"))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"line one \r\nline two=\r\n"), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(binascii.b2a_qp(b"\x00\x01.\n", istext=False), binascii.b2a_qp(b".\r\n", header=True))
print(quopri.needsquoting(b"=", False, False), quopri.quote(b"\xe9"), quopri.ishex(b"F"), quopri.unhex(b"7f"))
for bad in ["\u00e9", 5]:
    try:
        binascii.a2b_qp(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_qp("text")
except TypeError as e:
    print(type(e).__name__, e)
