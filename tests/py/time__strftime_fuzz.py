# time.strftime with seeded random formats (flags, widths, E/O modifiers, unknown
# directives) and random tuples, in range or not, negative years included.
import os, time, random
r = random.Random(7)
os.environ['TZ'] = 'Europe/Berlin'; time.tzset()
chars = 'aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%+EOfiq'
out = []
for i in range(800):
    fmt = ''.join(r.choice(['%', '%' + r.choice('-_0^#') , '%' + str(r.randint(0, 12)), '%E', '%O', '.', ' ', '%' + r.choice('-_0^#') + str(r.randint(0, 6))]) + r.choice(chars) for _ in range(r.randint(1, 4)))
    t = (r.randint(-3000, 12000), r.randint(0, 12), r.randint(0, 31), r.randint(0, 23), r.randint(0, 59), r.randint(0, 61), r.randint(-1, 6), r.randint(0, 366), r.randint(-3, 3))
    if r.random() < 0.3:
        t = time.localtime(r.randint(-2 * 10**9, 4 * 10**9))
    try:
        out.append((fmt, time.strftime(fmt, t)))
    except Exception as e:
        out.append((fmt, type(e).__name__, str(e)))
for o in out: print(o)
