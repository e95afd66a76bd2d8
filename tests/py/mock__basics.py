# unittest.mock: typical use as the docs show it -- a class under test with a
# mocked dependency, return values, side effects, call recording, assertions.
import re
from unittest.mock import Mock, MagicMock, call, sentinel, DEFAULT, ANY


def show(obj):
    # mock reprs hold id(), which differs between runs
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


def fails(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print('AssertionError:', str(e).replace('\n', ' | '))
    else:
        print('passed')


class Mailer:
    def send(self, to, subject, body=''):
        raise RuntimeError('no network in tests')


class Signup:
    def __init__(self, mailer, store):
        self.mailer = mailer
        self.store = store

    def register(self, email):
        if self.store.exists(email):
            return False
        self.store.add(email, active=True)
        self.mailer.send(email, 'Welcome', body='Hello ' + email)
        return True


mailer = Mock()
store = Mock()
store.exists.return_value = False
svc = Signup(mailer, store)
print(svc.register('a@x.org'))
mailer.send.assert_called_once_with('a@x.org', 'Welcome', body='Hello a@x.org')
store.add.assert_called_with('a@x.org', active=True)
print(store.method_calls)
print(mailer.mock_calls)
store.exists.return_value = True
print(svc.register('b@x.org'))
print(mailer.send.call_count, store.exists.call_args_list)

print('-- reprs')
m = Mock()
show(m)
show(m.method)
show(m.method())
show(m.method().attr.other())
show(Mock(name='db'))
show(Mock(name='db').cursor().execute)
show(MagicMock())
show(m.method.return_value)
print(m.method() is m.method.return_value)

print('-- return_value and side_effect')
m = Mock(return_value=3)
print(m(), m(1, 2))
m.return_value = sentinel.result
print(m())
m = Mock(side_effect=KeyError('missing'))
try:
    m('k')
except KeyError as e:
    print('raised', repr(e))
m = Mock(side_effect=ValueError)
try:
    m()
except ValueError as e:
    print('raised class', repr(e))
m = Mock(side_effect=[1, 2, IndexError('third'), 4])
print(m(), m())
try:
    m()
except IndexError as e:
    print('raised', e)
print(m())
try:
    m()
except StopIteration:
    print('StopIteration when exhausted')
m = Mock(side_effect=lambda x, y=1: x * y)
print(m(3), m(3, y=4))
m = Mock(return_value=5, side_effect=lambda *a: DEFAULT)
print(m('ignored'))
m.side_effect = None
print(m())
values = {'a': 1, 'b': 2}
m = Mock(side_effect=values.get)
print(m('a'), m('b'), m('c'))
m = Mock(side_effect=iter('xy'))
print(m(), m())

print('-- called, call_count, call_args')
m = Mock()
print(m.called, m.call_count, m.call_args)
m(1)
m(2, key='v')
print(m.called, m.call_count, m.call_args)
print(m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.call_args_list == [call(1), call(2, key='v')])

print('-- assertion failures')
m = Mock()
fails(m.assert_called)
fails(m.assert_called_once)
fails(m.assert_called_with, 1)
fails(m.assert_called_once_with, 1)
fails(m.assert_any_call, 1)
fails(m.assert_not_called)
m(1, 2, x=3)
fails(m.assert_not_called)
fails(m.assert_called_with, 1, 2)
fails(m.assert_called_with, 1, 2, x=3)
m('again')
fails(m.assert_called_once)
fails(m.assert_called_once_with, 'again')
fails(m.assert_any_call, 1, 2, x=3)
fails(m.assert_any_call, 1, 2, x=4)
fails(m.assert_called_with, ANY)
named = Mock(name='fetch')
fails(named.assert_called_once)
named('url')
fails(named.assert_called_with, 'other')
fails(named.assert_not_called)
fails(named.meth.assert_called_with)
fails(m.assert_has_calls, [call(1, 2, x=3), call('again')])
fails(m.assert_has_calls, [call('again'), call(1, 2, x=3)])
fails(m.assert_has_calls, [call('again'), call(1, 2, x=3)], any_order=True)
fails(m.assert_has_calls, [call('nope'), call(1, 2, x=3)], any_order=True)

print('-- typo protection')
m = Mock()
for bad in ('assert_called_onec', 'assret_called', 'asert_foo', 'aseert_x', 'assrt_y'):
    try:
        getattr(m, bad)
    except AttributeError as e:
        print('AttributeError:', e)
show(Mock(unsafe=True).assert_something)

print('-- configure_mock and constructor keywords')
attrs = {'method.return_value': 3, 'other.side_effect': KeyError, 'name_attr': 'x'}
m = Mock(some_attribute='eggs', **attrs)
print(m.some_attribute, m.method(), m.name_attr)
try:
    m.other()
except KeyError:
    print('KeyError from other')
m.configure_mock(**{'a.b.c.return_value': 7, 'a.b.value': 1})
print(m.a.b.c(), m.a.b.value)

print('-- sentinel, DEFAULT, ANY')
print(sentinel.foo, sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar)
print(DEFAULT, repr(ANY), ANY == 1, ANY != 1, [1, ANY] == [1, 'x'])
m = Mock()
m(1, {'k': object()})
m.assert_called_with(1, ANY)
print('ANY matched')
