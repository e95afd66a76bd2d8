//! The hot methods of `collections.deque` (`append`, `appendleft`, `pop`, `popleft`,
//! `__len__`, its iterators' `__next__`), native as CPython's C deque is: a queue's every
//! step was a Python call. The
//! class stays in Python (`pylib/collections.py`), which keeps its items as
//! `_items[_head:]` of a list, counts its changes in `_state` (its iterators compare it) and
//! its bound in `_maxlen`; these natives work on those same slots, so either side may run.

use super::slot_fields::{self, Fields};
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

/// The natives, under the names `collections.py` imports them by.
pub const METHODS: [(&str, &str, NativeFn); 7] = [
    ("deque_append", "deque.append", append),
    ("deque_iter_next", "_deque_iterator.__next__", iter_next),
    ("deque_reverse_next", "_deque_reverse_iterator.__next__", reverse_next),
    ("deque_appendleft", "deque.appendleft", appendleft),
    ("deque_pop", "deque.pop", pop),
    ("deque_popleft", "deque.popleft", popleft),
    ("deque_len", "deque.__len__", len),
];

/// The slots, in the order a slotted class lays them out (its own, sorted by name).
const FIELDS: [&str; 4] = ["_head", "_items", "_maxlen", "_state"];

/// Where a deque keeps its parts: its fields, and its list of items.
#[derive(Clone, Copy)]
struct Deque {
    f: Fields,
    items: ObjId,
}

/// The deque `args[0]`, or CPython's message for another receiver (`deque.append(1, 2)`).
fn deque(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Deque> {
    let this = args.first().copied().unwrap_or(Value::None);
    if let Some(f) = slot_fields::block(vm, this, FIELDS)
        && let Some(Value::Obj(items)) = f.get_raw(vm, 1)
        && matches!(vm.heap.get(items), Object::List(_))
    {
        return Ok(Deque { f, items });
    }
    let tn = vm.type_name(this);
    Err(vm.new_exc(
        ExcKind::TypeError,
        &format!("descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{tn}' object"),
    ))
}

impl Deque {
    fn set_int(self, vm: &mut Vm, k: usize, n: i64) {
        self.f.set_int(vm, k, n);
    }

    fn head(self, vm: &Vm) -> usize {
        usize::try_from(self.f.int(vm, 0)).unwrap_or(0)
    }

    fn maxlen(self, vm: &Vm) -> Option<usize> {
        match self.f.get(vm, 2) {
            Value::Int(m) => usize::try_from(m).ok(),
            _ => None,
        }
    }

    /// One more change, for the iterators to notice.
    fn changed(self, vm: &mut Vm) {
        let state = self.f.int(vm, 3).wrapping_add(1);
        self.set_int(vm, 3, state);
    }

    /// Runs `f` on the list of items (checked to be one when the deque was found, and no
    /// script code runs in between; were it not, the deque would act empty).
    fn with_list<R>(self, vm: &mut Vm, f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
        match vm.heap.get_mut(self.items) {
            Object::List(items) => Some(f(items)),
            _ => None,
        }
    }

    fn len(self, vm: &mut Vm) -> usize {
        let head = self.head(vm);
        self.with_list(vm, |items| items.len().saturating_sub(head)).unwrap_or(0)
    }

    /// Takes the rightmost item out (the deque is not empty).
    fn take_right(self, vm: &mut Vm) -> Value {
        self.changed(vm);
        let head = self.head(vm);
        let (x, emptied) = self
            .with_list(vm, |items| {
                let x = items.pop().unwrap_or(Value::None);
                // Only the free slots before the head are left then, all None.
                let emptied = head >= items.len();
                if emptied {
                    items.clear();
                }
                (x, emptied)
            })
            .unwrap_or((Value::None, false));
        if emptied {
            self.set_int(vm, 0, 0);
        }
        x
    }

    /// Takes the leftmost item out (the deque is not empty).
    fn take_left(self, vm: &mut Vm) -> Value {
        self.changed(vm);
        let head = self.head(vm);
        let (x, head) = self
            .with_list(vm, |items| {
                let x = items.get_mut(head).map_or(Value::None, |slot| std::mem::replace(slot, Value::None));
                let head = head + 1;
                let n = items.len();
                if head >= n {
                    items.clear();
                    (x, 0)
                } else if head >= 64 && head * 2 >= n {
                    // Half the list is free slots: give them back.
                    items.drain(..head);
                    (x, 0)
                } else {
                    (x, head)
                }
            })
            .unwrap_or((Value::None, 0));
        self.set_int(vm, 0, head as i64);
        x
    }
}

/// The one item an `append` takes, as CPython checks it.
fn one_item(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], method: &str) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{method}() takes no keyword arguments")));
    }
    match args {
        [_, x] => Ok(*x),
        _ => {
            let n = args.len().saturating_sub(1);
            Err(vm.new_exc(ExcKind::TypeError, &format!("{method}() takes exactly one argument ({n} given)")))
        }
    }
}

fn no_arguments(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)], method: &str) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{method}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        let n = args.len() - 1;
        return Err(vm.new_exc(ExcKind::TypeError, &format!("{method}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `d.append(x)`: at the right; a bounded deque lets its leftmost item go.
fn append(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = deque(vm, args, "append")?;
    let x = one_item(vm, args, kwargs, "deque.append")?;
    vm.incref(x);
    d.changed(vm);
    d.with_list(vm, |items| items.push(x));
    if d.maxlen(vm).is_some_and(|m| d.len(vm) > m) {
        let old = d.take_left(vm);
        vm.decref(old);
    }
    Ok(Value::None)
}

/// `d.appendleft(x)`: at the left; a bounded deque lets its rightmost item go.
fn appendleft(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = deque(vm, args, "appendleft")?;
    let x = one_item(vm, args, kwargs, "deque.appendleft")?;
    vm.incref(x);
    d.changed(vm);
    let head = d.head(vm);
    let head = d
        .with_list(vm, |items| {
            let mut head = head.min(items.len());
            if head == 0 {
                // Room at the left, as much as the deque holds: appending there stays O(1) on
                // average.
                let grow = items.len().max(8);
                items.splice(0..0, std::iter::repeat_n(Value::None, grow));
                head = grow;
            }
            head -= 1;
            items[head] = x;
            head
        })
        .unwrap_or(0);
    d.set_int(vm, 0, head as i64);
    if d.maxlen(vm).is_some_and(|m| d.len(vm) > m) {
        let old = d.take_right(vm);
        vm.decref(old);
    }
    Ok(Value::None)
}

fn empty(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::IndexError, "pop from an empty deque")
}

/// `d.pop()`: the rightmost item.
fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = deque(vm, args, "pop")?;
    no_arguments(vm, args, kwargs, "deque.pop")?;
    if d.len(vm) == 0 {
        return Err(empty(vm));
    }
    Ok(d.take_right(vm))
}

/// `d.popleft()`: the leftmost item.
fn popleft(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = deque(vm, args, "popleft")?;
    no_arguments(vm, args, kwargs, "deque.popleft")?;
    if d.len(vm) == 0 {
        return Err(empty(vm));
    }
    Ok(d.take_left(vm))
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let d = deque(vm, args, "__len__")?;
    no_arguments(vm, args, kwargs, "deque.__len__")?;
    Ok(Value::Int(d.len(vm) as i64))
}

/// An iterator's fields: `_counter` items left, `_deque`, `_index` (counted from the left, or
/// for the reverse iterator from the right), `_state` the deque's when it was made.
const ITER_FIELDS: [&str; 4] = ["_counter", "_deque", "_index", "_state"];

/// The next item of a deque's iterator (`reverse`: from the right), or CPython's errors: a
/// deque that changed since the iterator was made, or the end.
fn step(vm: &mut Vm, args: &[Value], class: &str, reverse: bool) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::None);
    let Some(it) = slot_fields::block(vm, this, ITER_FIELDS) else {
        let tn = vm.type_name(this);
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("descriptor '__next__' requires a '_collections.{class}' object but received a '{tn}'"),
        ));
    };
    let d = deque(vm, &[it.get(vm, 1)], "__next__")?;
    if d.f.int(vm, 3) != it.int(vm, 3) {
        it.set_int(vm, 0, 0);
        return Err(vm.new_exc(ExcKind::RuntimeError, "deque mutated during iteration"));
    }
    let left = it.int(vm, 0);
    if left <= 0 {
        let none = vm.new_tuple(Vec::new());
        return Err(vm.new_exc_args(ExcKind::StopIteration, none));
    }
    let index = usize::try_from(it.int(vm, 2)).unwrap_or(0);
    let (head, len) = (d.head(vm), d.len(vm));
    let at =
        if reverse { len.checked_sub(index + 1) } else { Some(index) }.filter(|&i| i < len).map(|i| head + i);
    let item =
        at.and_then(|at| d.with_list(vm, |items| items.get(at).copied()).flatten()).unwrap_or(Value::None);
    it.set_int(vm, 0, left - 1);
    it.set_int(vm, 2, index as i64 + 1);
    Ok(vm.share(item))
}

fn iter_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    step(vm, args, "_deque_iterator", false)
}

fn reverse_next(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    step(vm, args, "_deque_reverse_iterator", true)
}
