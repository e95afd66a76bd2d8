# Argument errors of the time functions, and timestamps at the ends of what gmtime and
# localtime can show.
import time, os
calls = [('gmtime', (1, 2), {}), ('gmtime', (), {'x': 1}), ('localtime', (1, 2), {}), ('mktime', (), {}),
         ('mktime', (1, 2), {}), ('asctime', (1, 2), {}), ('ctime', (1, 2), {}), ('strftime', (), {}),
         ('strftime', ('a', 2, 3), {}), ('strptime', (), {}), ('strptime', ('a', 'b', 'c'), {}),
         ('tzset', (1,), {}), ('get_clock_info', (), {}), ('get_clock_info', (1,), {}),
         ('strftime', ('%Y',), {'t': None}), ('mktime', (), {'t': 1})]
for name, a, k in calls:
    try:
        getattr(time, name)(*a, **k)
    except Exception as e:
        print(name, type(e).__name__, e)
for t in [2**62, -2**62, 1e18, -1e17, 67767976233316800, 67767976233316799, -67768040609740800, -67768040609740801]:
    for f in (time.gmtime, time.localtime, time.ctime):
        try:
            print(f(t))
        except Exception as e:
            print(type(e).__name__, e)
os.environ['TZ'] = 'America/New_York'; time.tzset()
for t in [67767976233316800, 4e12, -1e13]:
    try: print(time.localtime(t))
    except Exception as e: print(type(e).__name__, e)
for tup in [(2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2**31-1, 1, 1, 0, 0, 0, 0, 1, 0), (300000000, 1, 1, 0,0,0,0,1,0)]:
    for f in (time.mktime, time.asctime, lambda t: time.strftime('%Y %G', t)):
        try: print(f(tup))
        except Exception as e: print(type(e).__name__, e)
print(time.localtime, time.gmtime.__name__, time.strftime.__module__)
class A:
    conv = time.gmtime
print(A().conv(0).tm_year)
import pickle
print(pickle.loads(pickle.dumps(time.gmtime)) is time.gmtime)
