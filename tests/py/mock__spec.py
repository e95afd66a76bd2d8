# unittest.mock: spec, spec_set, create_autospec, seal, attach_mock,
# mock_add_spec, PropertyMock, wraps, reset_mock.
import re
from unittest.mock import (Mock, MagicMock, NonCallableMock, PropertyMock, call,
                           create_autospec, seal, patch, sentinel, DEFAULT)


def show(obj):
    print(re.sub(r"id='\d+'", "id=...", repr(obj)))


def attr_error(fn):
    try:
        fn()
    except AttributeError as e:
        print('AttributeError:', e)
    else:
        print('no error')


def type_error(fn):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)
    else:
        print('no error')


class Account:
    kind = 'basic'

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, note=None):
        self.balance += amount

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @staticmethod
    def fee(amount):
        return amount // 100

    @property
    def rich(self):
        return self.balance > 100


def transfer(src, dst, amount, *, memo=''):
    return amount


print('-- spec')
m = Mock(spec=Account)
show(m)
show(m.deposit)
m.deposit(5)
attr_error(lambda: m.withdraw)
m.anything_set = 1
print(m.anything_set)
m = Mock(spec=['read', 'write'])
show(m)
print(m.read() is m.read.return_value)
attr_error(lambda: m.close)
m = Mock(spec=transfer)
m(1, 2, 3, memo='x')
m.assert_called_with(1, 2, amount=3, memo='x')
m.assert_called_with(src=1, dst=2, amount=3, memo='x')
print('spec signature matched')
try:
    m.assert_called_with(1, 2)
except AssertionError as e:
    print('AssertionError:', str(e).replace('\n', ' | '))
    print('cause:', type(e.__cause__).__name__, e.__cause__)

print('-- spec_set')
m = Mock(spec_set=Account)
show(m)
m.kind = 'gold'
print(m.kind)
attr_error(lambda: setattr(m, 'colour', 'red'))
attr_error(lambda: m.colour)
m = MagicMock(spec_set=['a'])
m.a = 1
attr_error(lambda: setattr(m, 'b', 2))

print('-- mock_add_spec')
m = Mock()
m.free = 1
m.mock_add_spec(['x'])
print(m.x is m.x)
attr_error(lambda: m.y)
m.mock_add_spec(['x'], spec_set=True)
attr_error(lambda: setattr(m, 'z', 1))

print('-- create_autospec')
auto = create_autospec(transfer, return_value='ok')
show(auto)
print(auto(1, 2, 3), auto(1, 2, amount=4, memo='m'))
type_error(lambda: auto(1))
type_error(lambda: auto(1, 2, 3, 4))
type_error(lambda: auto(1, 2, 3, colour='x'))
auto.assert_called_with(1, 2, 4, memo='m')
print(auto.call_count, auto.call_args_list)
print(auto.mock.call_count)
auto.reset_mock()
print(auto.call_count, auto.called)
Acct = create_autospec(Account)
show(Acct)
a = Acct('ann', balance=3)
show(a)
show(a.deposit)
a.deposit(10, note='pay')
a.deposit.assert_called_once_with(10, note='pay')
type_error(lambda: a.deposit())
type_error(lambda: Acct())
attr_error(lambda: a.withdraw)
show(Acct.kind)
print(Acct.fee(250) is Acct.fee.return_value)
type_error(lambda: Acct.fee())
show(Acct.open('bob'))
print(Acct.mock_calls)
inst = create_autospec(Account, instance=True)
show(inst)
type_error(lambda: inst())
inst.deposit(1)
print(inst.method_calls)
sset = create_autospec(Account, spec_set=True)
attr_error(lambda: setattr(sset, 'nonexistent', 1))

print('-- seal')
m = Mock()
m.configured.value = 3
m.method.return_value.attr = 'x'
seal(m)
print(m.configured.value, m.method().attr)
attr_error(lambda: m.other)
attr_error(lambda: m.configured.other)
attr_error(lambda: m.method().other)
m2 = Mock()
m2.child = Mock()
seal(m2)
attr_error(lambda: m2.child.grandchild)

print('-- attach_mock')
parent = Mock()
child1 = Mock(return_value=None)
child2 = Mock(return_value=None)
parent.attach_mock(child1, 'child1')
parent.attach_mock(child2, 'child2')
child1(1)
child2(2)
parent.child1.sub(3)
print(parent.mock_calls)
print(parent.method_calls)
show(child1)
named = Mock(name='named')
parent.named = named
named()
print(parent.mock_calls[-1:], len(parent.mock_calls))
unnamed = Mock()
parent.adopted = unnamed
unnamed()
print(parent.mock_calls[-1])
show(unnamed)
m = Mock()
m.ret.return_value = r = Mock()
r.x(1)
print(m.mock_calls)

print('-- PropertyMock')


class Box:
    @property
    def size(self):
        return 1


with patch.object(Box, 'size', new_callable=PropertyMock) as size:
    size.return_value = 42
    b = Box()
    print(b.size)
    b.size = 7
    print(size.mock_calls)
    show(size)
print(Box().size)
m = MagicMock()
p = PropertyMock(return_value=3)
type(m).foo = p
print(m.foo)
p.assert_called_once_with()

print('-- wraps')
real = Account('real', 5)
w = Mock(wraps=real)
w.deposit(10)
print(real.balance, w.deposit.call_args)
w2 = Mock(wraps=lambda x: x * 3)
print(w2(4), w2.call_args)
w2.return_value = 'override'
print(w2(4))
attr_error(lambda: Mock(wraps=real).nonexistent)

print('-- reset_mock')
m = Mock(return_value=1, side_effect=[5])
m.child(1)
print(m())
m.reset_mock()
print(m.called, m.call_count, m.mock_calls, m.child.call_count)
print(m.return_value, m.side_effect is not None)
m.reset_mock(return_value=True, side_effect=True)
print(m.side_effect)
show(m.return_value)

print('-- dir, __class__, deleting attributes')
m = Mock(spec=Account)
names = dir(m)
print([n for n in ('deposit', 'kind', 'open', 'assert_called_with', 'call_args') if n in names])
m2 = Mock()
m2.custom = 1
m2.child
print([n for n in dir(m2) if n in ('custom', 'child', 'return_value')])
m3 = Mock()
del m3.foo
attr_error(lambda: m3.foo)
m3.foo = 2
print(m3.foo)
print(isinstance(Mock(), NonCallableMock), isinstance(MagicMock(), Mock))
try:
    Mock(spec=Mock())
except Exception as e:
    print(type(e).__name__, str(e).split(' [')[0])
