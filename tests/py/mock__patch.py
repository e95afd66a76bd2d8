# unittest.mock: patch as decorator, context manager and with start/stop;
# patch.object, patch.dict, patch.multiple, new=, new_callable=, autospec.
import os
import re
import sys
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, NonCallableMagicMock, DEFAULT, sentinel


def show(obj):
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


CONFIG = {'debug': False, 'level': 1}
LIMIT = 10


def fetch(url):
    raise RuntimeError('network access in a test')


def report(url):
    data = fetch(url)
    return 'got %s (%d bytes)' % (data, len(data))


class Clock:
    zone = 'UTC'

    def now(self):
        return 'real time'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def tick(n):
        return n + 1


def cwd_twice():
    return os.getcwd() + '|' + os.getcwd()


print('-- decorator')


@patch('__main__.fetch')
def test_report(mock_fetch):
    mock_fetch.return_value = 'abc'
    print(report('http://x'))
    mock_fetch.assert_called_once_with('http://x')
    show(mock_fetch)


test_report()
print(fetch is globals()['fetch'], fetch.__name__)


@patch('__main__.fetch', return_value='xyz')
@patch('os.getcwd', return_value='/tmp/cwd')
def test_two(mock_getcwd, mock_fetch, extra='default'):
    print(report('u'), cwd_twice(), extra)
    print(mock_getcwd.call_count, mock_fetch.call_count)


test_two()
test_two(extra='given')
print(test_two.__name__, len(test_two.patchings))


@patch('__main__.LIMIT', 99)
def test_new_value():
    print('LIMIT inside', LIMIT)


test_new_value()
print('LIMIT after', LIMIT)


@patch('__main__.fetch', side_effect=ValueError('bad url'))
def test_side_effect(m):
    try:
        report('u')
    except ValueError as e:
        print('ValueError', e)


test_side_effect()

print('-- context manager')
with patch('__main__.fetch') as m:
    m.return_value = 'ctx'
    print(report('y'))
    show(m)
print(fetch.__name__)
with patch('__main__.fetch', new=lambda url: 'lambda:' + url) as got:
    print(report('q'), got('r'))
with patch('__main__.Clock') as MockClock:
    MockClock.return_value.now.return_value = 'fake time'
    print(Clock().now())
    show(Clock())
    print(MockClock.call_count)
print(Clock().now())

print('-- start and stop')
p = patch('__main__.fetch', return_value='started')
m = p.start()
print(report('s'), m is fetch)
p.stop()
print(p.stop())
print(fetch.__name__)
p1 = patch('__main__.LIMIT', 1)
p2 = patch.dict(CONFIG, debug=True)
p1.start()
p2.start()
print(LIMIT, CONFIG)
patch.stopall()
print(LIMIT, CONFIG)

print('-- exceptions restore the original')
try:
    with patch('__main__.LIMIT', 5):
        print('inside', LIMIT)
        raise KeyError('oops')
except KeyError:
    print('after exception', LIMIT)

print('-- patch.object')
with patch.object(Clock, 'now', return_value='obj time') as m:
    print(Clock().now(), m.call_count)
    show(m)
print(Clock().now())


@patch.object(Clock, 'zone', 'CET')
def test_zone():
    print('zone', Clock.zone, Clock().zone)


test_zone()
print('zone after', Clock.zone)
with patch.object(Clock, 'tick') as m:
    m.return_value = 0
    print(Clock.tick(5))
print(Clock.tick(5), Clock.make().now())
with patch.object(Clock, 'missing', create=True, new='made'):
    print(Clock.missing)
print(hasattr(Clock, 'missing'))
try:
    with patch.object(Clock, 'missing'):
        pass
except AttributeError as e:
    print('AttributeError:', e)
try:
    patch.object('os', 'getcwd')
except TypeError as e:
    print('TypeError:', e)
try:
    patch('nodots')
except TypeError as e:
    print('TypeError:', e)
try:
    with patch('os.no_such_function_here'):
        pass
except AttributeError as e:
    print('AttributeError:', str(e).split(' does not')[1])
try:
    with patch('no_such_module_xyz.thing'):
        pass
except ImportError as e:
    print(type(e).__name__, e)
obj = Clock()
with patch.object(obj, 'now', return_value='instance patched'):
    print(obj.now(), Clock().now())
print(obj.now(), 'now' in vars(obj))

print('-- patch.dict')
with patch.dict(CONFIG, {'debug': True, 'new': 1}):
    print(CONFIG)
print(CONFIG)
with patch.dict(CONFIG, level=3, clear=True) as d:
    print(CONFIG, d is CONFIG)
print(CONFIG)
with patch.dict(CONFIG, [('pairs', 2)]):
    print(sorted(CONFIG))


@patch.dict(CONFIG, {'debug': 'decorated'})
def test_dict():
    print('decorated', CONFIG['debug'])
    CONFIG['added'] = 1


test_dict()
print(CONFIG)
with patch.dict('os.environ', {'REAP_MOCK_TEST': 'yes'}):
    print(os.environ['REAP_MOCK_TEST'])
print('REAP_MOCK_TEST' in os.environ)
try:
    with patch.dict(CONFIG, {'x': 1}):
        CONFIG['y'] = 2
        raise RuntimeError
except RuntimeError:
    print(CONFIG)

print('-- patch.multiple')
with patch.multiple('__main__', fetch=DEFAULT, LIMIT=7) as values:
    print(sorted(values), LIMIT)
    values['fetch'].return_value = 'multi'
    print(report('m'))
print(LIMIT, fetch.__name__)


@patch.multiple(Clock, now=DEFAULT, zone='MSK')
def test_multiple(now):
    now.return_value = 'multi time'
    print(Clock().now(), Clock.zone)
    show(now)


test_multiple()
try:
    patch.multiple(Clock)
except ValueError as e:
    print('ValueError:', e)

print('-- new_callable, spec, autospec')
with patch('__main__.fetch', new_callable=Mock) as m:
    show(m)
with patch.object(Clock, 'zone', new_callable=lambda: 'from callable') as v:
    print(v, Clock.zone)
try:
    patch('__main__.fetch', new=1, new_callable=Mock)
except ValueError as e:
    print('ValueError:', e)
with patch('__main__.Clock', spec=True) as m:
    show(m)
    show(m())
    try:
        m.missing
    except AttributeError as e:
        print('AttributeError:', e)
with patch('__main__.CONFIG', spec=True) as m:
    print(type(m).__name__)
with patch('__main__.fetch', autospec=True) as m:
    m.return_value = 'auto'
    print(report('z'))
    try:
        fetch()
    except TypeError as e:
        print('TypeError:', e)
    m.assert_called_once_with('z')
with patch.object(Clock, 'now', autospec=True) as m:
    m.return_value = 'auto method'
    c = Clock()
    print(c.now())
    m.assert_called_once_with(c)
try:
    with patch('__main__.fetch', autospec=True, new=1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    with patch('__main__.fetch', spec=True, autospec=True):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    with patch('__main__.fetch', new=1, return_value=2):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    patch('__main__.fetch', autospect=True)
except RuntimeError as e:
    print('RuntimeError:', e)

print('-- class decorator')


@patch('__main__.fetch', return_value='class level')
class Suite:
    def test_one(self, m):
        return report('1'), m.call_count

    def test_two(self, m):
        return m is fetch

    def helper(self):
        return fetch.__name__


s = Suite()
print(s.test_one(), s.test_two(), s.helper())

print('-- builtins')
with patch('builtins.input', return_value='typed'):
    print(input('prompt? '))
print(input.__name__)
with patch('__main__.print', create=True) as fake_print:
    print('swallowed')
fake_print.assert_called_once_with('swallowed')
print('print restored')

print('-- decorating coroutine functions')
import asyncio


@patch('__main__.fetch', return_value='async data')
@patch.dict(CONFIG, {'debug': 'async'})
async def fetch_later(m):
    await asyncio.sleep(0)
    return report('a'), CONFIG['debug'], m.call_count


print(asyncio.run(fetch_later()))
print(fetch.__name__, CONFIG['debug'])
