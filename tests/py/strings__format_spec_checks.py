# str.format and format(): field parsing, conversions and format-spec checks with CPython's
# messages, `z` (negative zero), and zero padding that reaches into digit grouping.


def attempt(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# Zero padding and grouping, the way tables of numbers use them.
for value, spec in [(1234, "08,d"), (1234, "09,d"), (12, "#010_b"), (1234.5, "012,.1f"),
                    (-1234, "09,d"), (1, "05,d"), (123456, "010_x"), (1234, "0=8,d"),
                    (1234, "<08,d"), (1234, "x=9,d"), (0, "05,d"), (1e300, "020,.0f")]:
    print(spec, repr(format(value, spec)))
print("{:05}|{:^05}|{:x<05}|{:0<5}|{:0>5}|{:05}".format("ab", "ab", "ab", 3, -3, -3.5))

# z: a negative zero after rounding loses its sign.
for value, spec in [(-0.0, "z.1f"), (-0.04, "z.1f"), (-0.0, "z"), (-1e-9, "z.3e"), (-0.0, "zg"),
                    (-0.0001, "z.2%"), (complex(-0.0, -0.001), "z.1f"), (-1.5, "z08,.1f")]:
    attempt(lambda: format(value, spec))

specs = ["zz", "zd", ",s", "=5", "+s", "#s", ".2d", ",_d", "_,d", ",x", "_x", "_b", ",.2%", "c",
         "+c", ",c", "#c", ".3c", "n", ",n", "%Y", "-", " ", "10.3", "=^10", "\x00^5", "#010x"]
for spec in specs:
    for value in (65, "abcdef", 2.5):
        attempt(lambda: format(value, spec))
attempt(lambda: format(-1, "c"))
attempt(lambda: format(0x110000, "c"))
attempt(lambda: format(1 + 2j, "0=10"))
attempt(lambda: format(1 + 2j, "0>10"))

fields = ["{!x}", "{!}", "{!rr}", "{0!}", "{0!", "{0!r", "{0!r:", "{0:", "{0:{", "{0{}", "{",
          "}", "{0[}", "{0.}", "{0]}", "{0[0]x}", "{0[0}", "{0[]}", "{0..a}", "{}}", "{{}",
          "{:{:{}}}", "{0:{1:{2}}}", "{}{1}", "{1}{}", "{99999999999999999999}", "a{{b}}c{{"]
for text in fields:
    attempt(lambda: text.format(1, 2, 3))
attempt(lambda: "{0[}]}|{0[:]}|{0[!]}".format({"}": 5, ":": 6, "!": 7}))
attempt(lambda: "{0[-1]}".format([1]))
attempt(lambda: "{0[-1]}".format({"-1": "key"}))
attempt(lambda: "{0[ 1]}|{0.real.imag}".format({" 1": 1}))
attempt(lambda: "{a.b.c}".format(a=1))
attempt(lambda: "{!a}|{0!r:>{1}}".format("é", 6))
attempt(lambda: "{:{}}{}".format(1, 5, 2))


class Defaults(dict):
    def __missing__(self, key):
        return key.upper()


attempt(lambda: "{b}{c.real}".format_map(Defaults()))
attempt(lambda: "{0}".format_map({}))
