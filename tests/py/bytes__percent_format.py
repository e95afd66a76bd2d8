# printf-style formatting of bytes and bytearray: %s and %b take bytes-like objects or
# __bytes__, %r and %a give ascii(), the number conversions as str's, %c an int or one byte.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class HasBytes:
    def __bytes__(self):
        return b"<hb>"


print(b"%s and %b" % (b"x", bytearray(b"y")), bytearray(b"[%s]") % b"z", b"%s" % HasBytes())
print(b"%r|%a" % ("\xe9", b"q"), b"%r" % [1, "a"], b"%a" % "\u20ac")
print(b"%d %i %x %X %o %5d|%-5d|%05d %+d % d" % (42, -3, 255, 255, 8, 7, 7, 7, 7, 7))
print(b"%#x %#X %#o %.3d %x" % (255, 255, 8, 5, -255), b"%d" % 3.9, b"%d" % True)
print(b"%e %f %g %.2f %10.3e %-10.1f| %G %E %F" % (1.5, 2.25, 1e-7, 3.14159, 12345.678, 2.5, 1e20, 1.0, 1.5))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%5c|%-3c|" % (b"x", 120))
print(b"100%%", b"%s%%" % b"5", b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%*d|%-*d|%.*f" % (4, 1, 3, 2, 2, 1.0))
print(b"%5s|%-5s|%.2s|%5.1b" % (b"ab", b"ab", b"abc", b"xyz"), b"%s" % (b"t",), b"%s" % b"single")
print(bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__, b"%(x)s %(x)s" % {b"x": b"1"})
print(b"%x" % 2**70, b"%d" % -2**70, b"%o" % 0, b"no args" % ())
attempt("b'%s' % 'str'", lambda: b"%s" % "str")
attempt("b'%b' % 1", lambda: b"%b" % 1)
attempt("b'%s' % object()", lambda: b"%s" % None)
attempt("b'%d' % 'x'", lambda: b"%d" % "x")
attempt("b'%x' % 1.5", lambda: b"%x" % 1.5)
attempt("b'%f' % 'x'", lambda: b"%f" % "x")
attempt("b'%c' % 256", lambda: b"%c" % 256)
attempt("b'%c' % 'a'", lambda: b"%c" % "a")
attempt("b'%c' % b'ab'", lambda: b"%c" % b"ab")
attempt("b'%s %s' % (b'a',)", lambda: b"%s %s" % (b"a",))
attempt("b'%s' % (b'a', b'b')", lambda: b"%s" % (b"a", b"b"))
attempt("b'%z' % 1", lambda: b"%z" % 1)
attempt("b'%' % ()", lambda: b"%" % ())
attempt("b'%(a)s' % (1,)", lambda: b"%(a)s" % (1,))
attempt("b'%(a)s' % {}", lambda: b"%(a)s" % {})
attempt("b'%(a)s' % {'a': b'x'}", lambda: b"%(a)s" % {"a": b"x"})
attempt("b'x' % 1", lambda: b"x" % 1)
attempt("b'x' % b'y'", lambda: b"x" % b"y")
attempt("b'%s' % [b'a']", lambda: b"%s" % [b"a"])
attempt("b'%u' % 3", lambda: b"%u" % 3)
attempt("b'\\xff%s' % b'\\xfe'", lambda: b"\xff%s" % b"\xfe")
attempt("b'%*d' % ('x', 1)", lambda: b"%*d" % ("x", 1))
attempt("b'%r' % HasBytes()", lambda: b"%r" % (HasBytes(),) == b"%r" % (HasBytes(),))
attempt("b'%s' % memory", lambda: b"%-4s|" % bytearray(b"ab"))
