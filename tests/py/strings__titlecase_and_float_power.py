# str.title/capitalize use titlecase and final sigma; float ** raises what CPython raises; huge indices.
for s in ['ß', 'straße', 'ǆemal', 'ﬁsh', 'a1b2c', '中a', 'hello world', "they're", 'ŉ', 'ᾳbc', 'ΣΑΣ']:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.upper()), repr(s.lower()))
for a, b in [(2.0, 10000), (-8, 1/3), (-8.0, 0.5), (0.0, -1.0), (0.0, float('-inf')), (1.0, float('nan')), (10.0, -400), (-2.0, 3.0), (2, -2000)]:
    try:
        print(a, b, a ** b)
    except Exception as e:
        print(type(e).__name__, e, e.args)
print([1,2,3][:10**30], [1,2,3][-10**30:], (1,2)[10**20:])
for k in [2**64, -2**64, 2**63]:
    try: [1][k]
    except Exception as e: print(type(e).__name__, e)
    try: 'ab'[k]
    except Exception as e: print(type(e).__name__, e)
