//! The iterator protocol: `iter()`, `next()`, and collecting an iterable into a vector.

use crate::object::exc_kind::ExcKind;
use crate::object::{DictIterKind, GenKind, Iter, Object};
use crate::value::{ObjId, Value};
use crate::vm::sequence::range_len;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(id) = v
            && matches!(self.heap.get(id), Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref)
        {
            let t = crate::vm::weakref::proxy_target(self, id)?;
            return self.get_iter(t);
        }
        if let Value::Obj(id) = v {
            let it = match self.heap.get(id) {
                Object::List(_) => Some(Iter::Seq { seq: id, index: 0, kind: "list_iterator" }),
                Object::Tuple(_) => Some(Iter::Seq { seq: id, index: 0, kind: "tuple_iterator" }),
                Object::Array(_) => Some(Iter::Seq { seq: id, index: 0, kind: "arrayiterator" }),
                Object::Str(_) => Some(Iter::Str { s: id, byte: 0 }),
                // Over the bytes themselves: a bytearray that grows is read on, as in CPython.
                Object::Bytes(_) => Some(Iter::Seq { seq: id, index: 0, kind: "bytes_iterator" }),
                Object::ByteArray(_) => Some(Iter::Seq { seq: id, index: 0, kind: "bytearray_iterator" }),
                Object::Range { start, stop, step } => {
                    Some(Iter::Range { next: *start, stop: *stop, step: *step, start: *start })
                }
                Object::LongRange(_) => return self.call_module_attr("_reap_longrange", "iterate", &[v]),
                Object::Dict(t) => {
                    Some(Iter::Dict { dict: id, pos: 0, kind: DictIterKind::Keys, len: t.len() })
                }
                Object::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    let len = match self.heap.get(dict) {
                        Object::Dict(t) => t.len(),
                        _ => 0,
                    };
                    self.heap.incref(dict);
                    return Ok(self.alloc(Object::Iter(Iter::Dict { dict, pos: 0, kind, len })));
                }
                Object::Set { table, .. } => Some(Iter::Set { set: id, pos: 0, len: table.len() }),
                Object::Iter(_) => return Ok(self.share(v)),
                Object::Generator(g) if g.kind == GenKind::Generator => return Ok(self.share(v)),
                _ => None,
            };
            if let Some(it) = it {
                // Only iterators that read their source hold a reference to it.
                if !matches!(it, Iter::Range { .. }) {
                    self.heap.incref(id);
                }
                return Ok(self.alloc(Object::Iter(it)));
            }
            if let Some(r) = self.try_dunder(v, "__iter__", &[])? {
                // What `__iter__` returns must itself be an iterator (CPython's PyIter_Check).
                let native = matches!(
                    r.as_obj().map(|id| self.heap.get(id)),
                    Some(Object::Iter(_) | Object::Generator(_))
                );
                if !native && !self.has_attr_on_type(self.type_of(r), "__next__") {
                    let tn = self.type_name(r);
                    self.decref(r);
                    return Err(self.new_exc(
                        ExcKind::TypeError,
                        &format!("iter() returned non-iterator of type '{tn}'"),
                    ));
                }
                return Ok(r);
            }
            if self.has_attr_on_type(self.type_of(v), "__getitem__") {
                // The old sequence protocol: index from 0 until IndexError, an item per step.
                let seq = self.share(v);
                return Ok(self.alloc(Object::Iter(Iter::GetItem { seq, index: 0 })));
            }
        }
        let tn = self.type_name(v);
        Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not iterable")))
    }

    /// The next item of an old-protocol iterator: `seq[i]`, or the end at IndexError or
    /// StopIteration, after which the iterator lets go of `seq` and stays exhausted.
    /// Whether `seq[i]` raising `e` is the end of the sequence protocol's items.
    fn ends_sequence(&self, e: ObjId) -> bool {
        [ExcKind::IndexError, ExcKind::StopIteration]
            .into_iter()
            .any(|k| self.isinstance(Value::Obj(e), self.exc_type(k)))
    }

    /// `reversed()` of a sequence of a class (`__len__` and `__getitem__`): `seq[i]`, read as
    /// the iterator reaches it; an IndexError or StopIteration ends it early, as in CPython.
    fn reversed_getitem_next(&mut self, it: ObjId, seq: ObjId, i: usize) -> PyResult<Result<Value, Value>> {
        self.heap.incref(seq);
        let r = self.getitem(Value::Obj(seq), Value::Int(i as i64));
        self.decref_id(seq);
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) => {
                if !self.ends_sequence(e) {
                    return Err(e);
                }
                self.decref_id(e);
                if let Object::Iter(Iter::Reversed { index, .. }) = self.heap.get_mut(it) {
                    *index = 0;
                }
                Ok(Err(Value::None))
            }
        }
    }

    fn getitem_iter_next(&mut self, it: ObjId, seq: Value, i: i64) -> PyResult<Result<Value, Value>> {
        if seq == Value::None {
            return Ok(Err(Value::None));
        }
        self.incref(seq);
        let r = self.getitem(seq, Value::Int(i));
        self.decref(seq);
        match r {
            Ok(v) => {
                if let Object::Iter(Iter::GetItem { index, .. }) = self.heap.get_mut(it) {
                    *index = index.saturating_add(1);
                }
                Ok(Ok(v))
            }
            Err(e) => {
                if !self.ends_sequence(e) {
                    return Err(e);
                }
                self.decref_id(e);
                if let Object::Iter(Iter::GetItem { seq, .. }) = self.heap.get_mut(it) {
                    let old = std::mem::replace(seq, Value::None);
                    self.decref(old);
                }
                Ok(Err(Value::None))
            }
        }
    }

    /// The next item (owned), or `None` when the iterator is exhausted.
    pub fn next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.next_or_stop(it)? {
            Ok(v) => Ok(Some(v)),
            Err(v) => {
                self.decref(v);
                Ok(None)
            }
        }
    }

    /// `for` over a range or a list or tuple, the loops programs spend their time in: the next
    /// item without leaving the evaluation loop. `None` for any other iterator (and for the
    /// end of a list, whose exhaustion `next_or_stop` handles).
    #[inline(always)]
    pub(crate) fn next_quick(&mut self, it: Value) -> Option<Option<Value>> {
        let Value::Obj(id) = it else { return None };
        match self.heap.get_mut(id) {
            Object::Iter(Iter::Range { next, stop, step, .. }) => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.saturating_add(*step);
                    Some(Some(Value::Int(n)))
                } else {
                    Some(None)
                }
            }
            Object::Iter(Iter::Seq { seq, index, .. }) => {
                let (seq, i) = (*seq, *index);
                let item = match self.heap.get(seq) {
                    Object::List(v) | Object::Tuple(v) => v.get(i).copied(),
                    // A number needs no count; the rest (and the end) go the long way.
                    Object::Array(a) => a.get_quick(i),
                    Object::Bytes(b) | Object::ByteArray(b) => b.get(i).map(|&x| Value::Int(i64::from(x))),
                    _ => None,
                }?;
                if let Object::Iter(Iter::Seq { index, .. }) = self.heap.get_mut(id) {
                    *index += 1;
                }
                self.incref(item);
                Some(Some(item))
            }
            _ => None,
        }
    }

    /// `for i, x in enumerate(...)` and `for x, y in zip(a, b)`: the pair without the tuple the
    /// loop would unpack at once (CPython's enumerate and zip reuse theirs, so they allocate
    /// nothing per item either). `None` for any other iterator.
    #[inline]
    pub(crate) fn next_pair(&mut self, it: Value) -> Option<PyResult<Option<(Value, Value)>>> {
        let Value::Obj(id) = it else { return None };
        match self.heap.get(id) {
            &Object::Iter(Iter::Enumerate { inner, count: Value::Int(n) }) if n < i64::MAX => {
                Some(self.next_inner(inner).map(|next| {
                    let v = next?;
                    let count = match self.heap.get_mut(id) {
                        Object::Iter(Iter::Enumerate { count, .. }) => {
                            std::mem::replace(count, Value::Int(n + 1))
                        }
                        _ => Value::Int(n),
                    };
                    Some((count, v))
                }))
            }
            // CPython's items iterator reuses its tuple too.
            &Object::Iter(Iter::Dict { dict, pos, kind: DictIterKind::Items, len }) => {
                if pos == usize::MAX {
                    return Some(Ok(None));
                }
                Some(self.dict_iter_entry(id, dict, pos, len).map(|entry| {
                    entry.map(|(key, value)| {
                        self.incref(key);
                        self.incref(value);
                        (key, value)
                    })
                }))
            }
            Object::Iter(Iter::Zip { inners, strict: false }) if inners.len() == 2 => {
                let (x, y) = (inners[0], inners[1]);
                let a = match self.next_inner(x) {
                    Ok(Some(a)) => a,
                    other => return Some(other.map(|_| None)),
                };
                Some(match self.next_inner(y) {
                    Ok(Some(b)) => Ok(Some((a, b))),
                    other => {
                        self.decref(a);
                        other.map(|_| None)
                    }
                })
            }
            _ => None,
        }
    }

    /// A dict iterator's next entry (key and value, borrowed) from position `p`, or `None` at
    /// its end; a dict whose size changed since `len` is an error from then on.
    fn dict_iter_entry(
        &mut self,
        id: ObjId,
        dict: ObjId,
        p: usize,
        len: usize,
    ) -> PyResult<Option<(Value, Value)>> {
        let (entry, cur_len) = match self.heap.get(dict) {
            Object::Dict(t) => (t.next_from(p).map(|(i, e)| (i, *e)), t.len()),
            _ => (None, 0),
        };
        if cur_len != len {
            if let Object::Iter(Iter::Dict { len, .. }) = self.heap.get_mut(id) {
                *len = usize::MAX;
            }
            return Err(self.new_exc(ExcKind::RuntimeError, "dictionary changed size during iteration"));
        }
        // Exhausted for good once at the end: later changes to the dict are not its business.
        let next = entry.as_ref().map_or(usize::MAX, |(i, _)| i + 1);
        if let Object::Iter(Iter::Dict { pos, .. }) = self.heap.get_mut(id) {
            *pos = next;
        }
        Ok(entry.map(|(_, e)| (e.key, e.value)))
    }

    #[inline]
    fn next_inner(&mut self, it: Value) -> PyResult<Option<Value>> {
        match self.next_quick(it) {
            Some(next) => Ok(next),
            None => self.next(it),
        }
    }

    /// An array iterator's next item (it reads the array again each step, as CPython's).
    fn array_iter_next(&mut self, it: ObjId, seq: ObjId, i: usize) -> PyResult<Result<Value, Value>> {
        match self.array_item(seq, i)? {
            Some(v) => {
                if let Object::Iter(Iter::Seq { index, .. }) = self.heap.get_mut(it) {
                    *index += 1;
                }
                Ok(Ok(v))
            }
            None => {
                // Exhausted for good, as CPython's drops its array.
                if let Object::Iter(Iter::Seq { index, .. }) = self.heap.get_mut(it) {
                    *index = usize::MAX;
                }
                Ok(Err(Value::None))
            }
        }
    }

    /// A list or tuple iterator at its end lets go of its sequence for the empty tuple
    /// (immortal), which it reads from then on.
    fn exhaust_seq_iter(&mut self, id: ObjId, seq: ObjId) {
        if seq == self.empty_tuple {
            return;
        }
        let empty = self.empty_tuple;
        if let Object::Iter(Iter::Seq { seq, index, .. }) = self.heap.get_mut(id) {
            *seq = empty;
            *index = 0;
        } else {
            return;
        }
        self.decref_id(seq);
    }

    /// The step of an iterator of a library class whose `__next__` is native (itertools'
    /// iterators, `modules/itertools_next.rs`): the native called at once, as a builtin
    /// iterator steps, without the lookup by name and the checks of a general call. `None`
    /// for any other object.
    #[inline]
    fn native_next(&mut self, id: ObjId) -> Option<PyResult<Value>> {
        let Object::Instance(i) = self.heap.get(id) else { return None };
        if i.base().is_some() {
            return None;
        }
        let f = self.lookup_in_mro(i.class, self.common.next)?.as_obj()?;
        let Object::Builtin(b) = self.heap.get(f) else { return None };
        // A builtin type's own `__next__` (`owner` set) checks its receiver: the general path.
        if b.receiver.is_some() || b.owner.is_some() || !b.name.ends_with(".__next__") {
            return None;
        }
        let native = self.natives.get(b.native);
        Some(self.check_native_depth().and_then(|()| native(self, &[Value::Obj(id)], &[])))
    }

    /// The next item, or `Err(value)` with the `StopIteration` value when exhausted.
    pub fn next_or_stop(&mut self, it: Value) -> PyResult<Result<Value, Value>> {
        let Value::Obj(id) = it else {
            let tn = self.type_name(it);
            return Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not an iterator")));
        };
        let step = match self.heap.get_mut(id) {
            Object::Iter(iter) => match iter {
                Iter::Seq { seq, index, .. } => {
                    let (seq, i) = (*seq, *index);
                    if matches!(self.heap.get(seq), Object::Array(_)) {
                        return self.array_iter_next(id, seq, i);
                    }
                    let item = match self.heap.get(seq) {
                        Object::List(v) | Object::Tuple(v) => v.get(i).copied(),
                        Object::Bytes(b) | Object::ByteArray(b) => {
                            b.get(i).map(|&x| Value::Int(i64::from(x)))
                        }
                        _ => None,
                    };
                    match item {
                        Some(_) => {
                            if let Object::Iter(Iter::Seq { index, .. }) = self.heap.get_mut(id) {
                                *index += 1;
                            }
                        }
                        // Exhausted for good, as CPython's, which lets go of its sequence then:
                        // a list that grows later is not read again, and one only the iterator
                        // held dies now.
                        None => self.exhaust_seq_iter(id, seq),
                    }
                    Some(item.map(|v| self.share(v)))
                }
                Iter::Str { s, byte } => {
                    let (s, b) = (*s, *byte);
                    let ch = match self.heap.get(s) {
                        Object::Str(st) => st.s[b..].chars().next(),
                        _ => None,
                    };
                    if let Some(c) = ch
                        && let Object::Iter(Iter::Str { byte, .. }) = self.heap.get_mut(id)
                    {
                        *byte += c.len_utf8();
                    }
                    Some(ch.map(|c| self.new_str(c.to_string())))
                }
                Iter::Range { next, stop, step, .. } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n.saturating_add(*step);
                        Some(Some(Value::Int(n)))
                    } else {
                        Some(None)
                    }
                }
                Iter::Dict { pos: usize::MAX, .. } => Some(None),
                Iter::Dict { dict, pos, kind, len } => {
                    let (dict, p, kind, len) = (*dict, *pos, *kind, *len);
                    Some(self.dict_iter_entry(id, dict, p, len)?.map(|(key, value)| match kind {
                        DictIterKind::Keys => self.share(key),
                        DictIterKind::Values => self.share(value),
                        DictIterKind::Items => {
                            self.incref(key);
                            self.incref(value);
                            self.new_tuple(vec![key, value])
                        }
                    }))
                }
                Iter::Set { set, pos, len } => {
                    let (set, p, len) = (*set, *pos, *len);
                    let (entry, cur_len) = match self.heap.get(set) {
                        Object::Set { table, .. } => (table.next_from(p), table.len()),
                        _ => (None, 0),
                    };
                    if cur_len != len {
                        if let Object::Iter(Iter::Set { len, .. }) = self.heap.get_mut(id) {
                            *len = usize::MAX;
                        }
                        return Err(self.new_exc(ExcKind::RuntimeError, "Set changed size during iteration"));
                    }
                    match entry {
                        Some((i, key)) => {
                            if let Object::Iter(Iter::Set { pos, .. }) = self.heap.get_mut(id) {
                                *pos = i + 1;
                            }
                            Some(Some(self.share(key)))
                        }
                        None => Some(None),
                    }
                }
                Iter::Reversed { seq, index } => {
                    let (seq, i) = (*seq, *index);
                    if i == 0 {
                        Some(None)
                    } else {
                        if let Object::Iter(Iter::Reversed { index, .. }) = self.heap.get_mut(id) {
                            *index -= 1;
                        }
                        let item = match self.heap.get(seq) {
                            Object::List(v) | Object::Tuple(v) => Some(v.get(i - 1).copied()),
                            _ => None,
                        };
                        match item {
                            Some(item) => Some(item.map(|v| self.share(v))),
                            None => return self.reversed_getitem_next(id, seq, i - 1),
                        }
                    }
                }
                Iter::Exhausted => Some(None),
                &mut Iter::GetItem { seq, index } => return self.getitem_iter_next(id, seq, index),
                _ => None,
            },
            Object::File(_) => return (self.slots.file_next)(self, id),
            Object::Generator(g) if g.kind == GenKind::Generator => {
                return match self.gen_send(id, Value::None)? {
                    Ok(v) => Ok(Ok(v)),
                    Err(v) => Ok(Err(v)),
                };
            }
            _ => {
                let r = match self.native_next(id) {
                    Some(r) => r.map(Some),
                    None => self.try_dunder(it, "__next__", &[]),
                };
                return match r {
                    Ok(Some(v)) => Ok(Ok(v)),
                    Ok(None) => {
                        let tn = self.type_name(it);
                        Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not an iterator")))
                    }
                    Err(e) => {
                        if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::StopIteration)) {
                            let v = self.stop_iteration_value(e);
                            self.decref_id(e);
                            Ok(Err(v))
                        } else {
                            Err(e)
                        }
                    }
                };
            }
        };
        if let Some(r) = step {
            return Ok(r.ok_or(Value::None));
        }
        // Iterators that call back into Python.
        (self.slots.next_lazy)(self, id)
    }

    pub fn stop_iteration_value(&mut self, e: ObjId) -> Value {
        if let Some(v) = self.exc_field_value(e, "value") {
            return self.share(v);
        }
        // A StopIteration of a class whose `__init__` never set it.
        let args = match self.heap.get(e) {
            Object::Instance(i) => i.exc().map(|x| x.args),
            _ => None,
        };
        let first = args.and_then(|a| match self.heap.get(a.as_obj()?) {
            Object::Tuple(t) => t.first().copied(),
            _ => None,
        });
        first.map_or(Value::None, |v| self.share(v))
    }

    /// All items of an iterable (owned).
    /// `list.extend`: each item goes into the list as it comes, so those read before an error
    /// stay there, as in CPython.
    pub fn extend_list(&mut self, list: Value, v: Value) -> PyResult<()> {
        let Some(list) = list.as_obj() else { return Ok(()) };
        if let Value::Obj(id) = v
            && let Object::List(_) | Object::Tuple(_) = self.heap.get(id)
        {
            let items = self.iterate_to_vec(v)?;
            if let Object::List(l) = self.heap.get_mut(list) {
                l.extend(items);
            }
            return Ok(());
        }
        // Room for an iterable of known size is reserved first: `[*range(10**12)]` is a
        // `MemoryError` at once.
        if let Some(hint) = self.length_hint_fast(v) {
            let mut room = match self.heap.get_mut(list) {
                Object::List(l) => std::mem::take(l),
                _ => Vec::new(),
            };
            let reserved = self.try_reserve(&mut room, hint);
            if let Object::List(l) = self.heap.get_mut(list) {
                *l = room;
            }
            reserved?;
        }
        let it = self.get_iter(v)?;
        let mut n = 0usize;
        let r = loop {
            // A native loop can grow without bound: it meets the limits as `iterate_to_vec` does.
            if n % 4096 == 4095
                && let Err(e) = self.check_interrupt().and_then(|()| self.check_memory())
            {
                break Err(e);
            }
            n += 1;
            match self.next(it) {
                Ok(Some(x)) => match self.heap.get_mut(list) {
                    Object::List(l) => l.push(x),
                    _ => self.decref(x),
                },
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.decref(it);
        r
    }

    /// `iterate_to_vec` as `list()` and `tuple()` do it: an object of a Python class is asked
    /// its length (a hint for the room to reserve) after its iterator, and a `TypeError` from
    /// `__len__` means no hint, as in CPython.
    pub fn iterate_to_vec_hinted(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if !matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Instance(_))) {
            return self.iterate_to_vec(v);
        }
        let it = self.get_iter(v)?;
        match self.try_dunder(v, "__len__", &[]) {
            Ok(n) => {
                if let Some(n) = n {
                    self.decref(n);
                }
            }
            Err(e) if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError)) => self.decref_id(e),
            Err(e) => {
                self.decref(it);
                return Err(e);
            }
        }
        self.collect_iter(it)
    }

    pub fn iterate_to_vec(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(id) = v
            && let Object::List(items) | Object::Tuple(items) = self.heap.get(id)
        {
            let items = items.clone();
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        // A range longer than a machine size can hold is CPython's OverflowError (its length
        // is asked first), not a collection that runs until memory gives out.
        if let Value::Obj(id) = v
            && let Object::LongRange(_) = self.heap.get(id)
        {
            self.long_range_len(id)?;
        }
        let it = self.get_iter(v)?;
        self.collect_iter(it)
    }

    /// How many items an iterable will yield, when that is known without running Python code
    /// (CPython's length hint, for the iterables that can be huge without taking memory).
    pub fn length_hint_fast(&self, v: Value) -> Option<usize> {
        match *self.heap.get(v.as_obj()?) {
            Object::Range { start, stop, step } => Some(range_len(start, stop, step) as usize),
            Object::Iter(Iter::Range { next, stop, step, .. }) => Some(range_len(next, stop, step) as usize),
            _ => None,
        }
    }

    /// The items an iterator yields (new references); takes over the reference to `it`. The
    /// room for them is reserved up front when their number is known, as CPython's list()
    /// does: `list(range(10**12))` is a `MemoryError` at once, not an hour of work.
    pub fn collect_iter(&mut self, it: Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        if let Some(hint) = self.length_hint_fast(it)
            && let Err(e) = self.try_reserve(&mut out, hint)
        {
            self.decref(it);
            return Err(e);
        }
        let r = self.drain(
            it,
            |_, _| true,
            |_, v| {
                out.push(v);
                Ok(true)
            },
        );
        if let Err(e) = r {
            // What was read goes as the list CPython was filling would: last item first.
            for x in out.into_iter().rev() {
                self.decref(x);
            }
            return Err(e);
        }
        Ok(out)
    }
}
