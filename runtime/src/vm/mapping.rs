//! The dict and set tables as the VM uses them: lookups that may call `__eq__`, insertion,
//! deletion, `update` and merging.

use crate::object::Object;
use crate::object::dict::Table;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The slot holding `key`, if any. A key's `__eq__` may mutate the table it is being looked
    /// up in; then the lookup starts again, as CPython's dict lookup does, so a slot returned is
    /// always current.
    #[inline]
    pub(crate) fn table_find(&mut self, container: ObjId, key: Value, hash: i64) -> PyResult<Option<usize>> {
        if let Some(found) = self.quick_find(container, key, hash) {
            return Ok(found);
        }
        self.table_find_comparing(container, key, hash)
    }

    /// `table_find` past `quick_find`: candidates compared by the general equality, which may
    /// run Python code. Apart, so that the quick lookups pay for none of its set-up.
    #[inline(never)]
    fn table_find_comparing(&mut self, container: ObjId, key: Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let stamp = self.table_stamp(container);
            // Candidates are taken one at a time, stopping at the key: collecting them all first
            // made every lookup walk the whole probe sequence. After a comparison (which may
            // run Python code) the walk starts again and skips the candidates already refused.
            let mut refused = 0;
            loop {
                let next = match self.heap.get(container) {
                    Object::Dict(t) => {
                        t.candidates(hash).filter_map(|i| t.entry(i).map(|e| (i, e.key))).nth(refused)
                    }
                    Object::Set { table, .. } => {
                        table.candidates(hash).filter_map(|i| table.key_at(i).map(|k| (i, k))).nth(refused)
                    }
                    _ => return Ok(None),
                };
                let Some((i, k)) = next else { return Ok(None) };
                if k.is(key) {
                    return Ok(Some(i));
                }
                // Two strs (the commonest keys) compare without the general equality.
                if let Some(same) = self.same_str(k, key) {
                    if same {
                        return Ok(Some(i));
                    }
                    refused += 1;
                    continue;
                }
                // The comparison may drop the table's reference to `k`: hold one meanwhile.
                self.incref(k);
                let equal = self.eq(k, key);
                self.decref(k);
                let equal = equal?;
                if self.table_stamp(container) != stamp {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(i));
                }
                refused += 1;
            }
        }
    }

    /// `table_find` of an exact str or a machine int among candidates that are all exact
    /// strs, or all numbers (the commonest lookups): no comparison can run Python code, so
    /// the walk needs no restarts. None when it cannot answer that way.
    #[inline]
    fn quick_find(&self, container: ObjId, key: Value, hash: i64) -> Option<Option<usize>> {
        let wanted = match key {
            Value::Int(i) => Quick::Int(i),
            Value::Obj(k) => match self.heap.get(k) {
                Object::Str(s) => Quick::Str(&s.s),
                _ => return None,
            },
            _ => return None,
        };
        // Whether a candidate is the key; None when only the general equality can tell.
        let same = |k: Value| -> Option<bool> {
            match (wanted, k) {
                (Quick::Int(i), Value::Int(j)) => Some(i == j),
                (Quick::Int(i), Value::Bool(b)) => Some(i == i64::from(b)),
                (Quick::Str(_), Value::Int(_) | Value::Bool(_) | Value::None) => Some(false),
                (Quick::Str(s), Value::Obj(o)) => match self.heap.get(o) {
                    Object::Str(t) => Some(t.s == *s),
                    _ => None,
                },
                _ => None,
            }
        };
        match self.heap.get(container) {
            Object::Dict(t) => {
                for i in t.candidates(hash) {
                    let Some(e) = t.entry(i) else { continue };
                    if e.key.is(key) || same(e.key)? {
                        return Some(Some(i));
                    }
                }
            }
            Object::Set { table, .. } => {
                return table.find_plain(hash, |k| if k.is(key) { Some(true) } else { same(k) });
            }
            _ => return None,
        }
        Some(None)
    }

    /// Whether two exact strs hold the same text; None unless both are exact strs.
    #[inline]
    fn same_str(&self, a: Value, b: Value) -> Option<bool> {
        let (Value::Obj(a), Value::Obj(b)) = (a, b) else { return None };
        match (self.heap.get(a), self.heap.get(b)) {
            (Object::Str(x), Object::Str(y)) => Some(x.s == y.s),
            _ => None,
        }
    }

    /// Changes whenever the table's slots may have moved: a dict's version, a set's size and
    /// capacity.
    pub(crate) fn table_stamp(&self, container: ObjId) -> (u64, usize) {
        match self.heap.get(container) {
            Object::Dict(t) => (t.version(), 0),
            Object::Set { table, .. } => (table.len() as u64, table.capacity()),
            _ => (0, 0),
        }
    }

    pub(crate) fn table_mut(&mut self, id: ObjId) -> Option<&mut Table> {
        match self.heap.get_mut(id) {
            Object::Dict(t) => Some(t),
            _ => None,
        }
    }

    /// `d[key] = value` (both borrowed).
    /// A new dict with the items of `d` (a dict, or any mapping `dict.update` accepts).
    pub fn dict_copy(&mut self, d: Value) -> PyResult<Value> {
        let nd = Value::Obj(self.new_dict());
        self.dict_update(nd, d)?;
        Ok(nd)
    }

    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.dict_set_hashed(d, key, h, value)
    }

    /// `dict_set` with the key's hash known (kept by the dict it comes from: CPython does not
    /// call `__hash__` again when it merges one dict into another).
    pub fn dict_set_hashed(&mut self, d: Value, key: Value, h: i64, value: Value) -> PyResult<()> {
        let Some(id) = d.as_obj() else { return Ok(()) };
        let found = self.table_find(id, key, h)?;
        self.incref(value);
        match found {
            Some(i) => {
                // `table_find` returns only live slots; were it not, the new value is dropped.
                let old = self.table_mut(id).and_then(|t| t.set_value(i, value)).unwrap_or(value);
                self.decref(old);
            }
            None => {
                self.incref(key);
                if let Some(t) = self.table_mut(id) {
                    t.push(h, key, value);
                }
            }
        }
        self.heap.maybe_track(id, key, value);
        Ok(())
    }

    /// `d.get(key)`, borrowed.
    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        self.dict_get_hashed(d, key, h)
    }

    /// `dict_get` with the key's hash known.
    pub fn dict_get_hashed(&mut self, d: Value, key: Value, h: i64) -> PyResult<Option<Value>> {
        let Some(id) = d.as_obj() else { return Ok(None) };
        let i = self.table_find(id, key, h)?;
        Ok(i.and_then(|i| match self.heap.get(id) {
            Object::Dict(t) => t.entry(i).map(|e| e.value),
            _ => None,
        }))
    }

    /// Removes `key`; returns the value (owned) if it was there.
    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        self.dict_remove_hashed(d, key, h)
    }

    /// `dict_remove` with the key's hash known.
    pub fn dict_remove_hashed(&mut self, d: Value, key: Value, h: i64) -> PyResult<Option<Value>> {
        let Some(id) = d.as_obj() else { return Ok(None) };
        let Some(i) = self.table_find(id, key, h)? else { return Ok(None) };
        let e = self.table_mut(id).and_then(|t| t.remove(i));
        Ok(e.map(|e| {
            self.decref(e.key);
            e.value
        }))
    }

    /// A new set of `items` (owned): each is released as soon as it is added; after an error,
    /// the rest still are.
    pub(crate) fn set_of_items(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = self.alloc(Object::Set { table: crate::object::set_table::SetTable::new(), frozen: false });
        let mut error = None;
        for item in items {
            if error.is_none()
                && let Err(e) = self.set_add(s, item)
            {
                error = Some(e);
            }
            self.decref(item);
        }
        match error {
            Some(e) => {
                self.decref(s);
                Err(e)
            }
            None => Ok(s),
        }
    }

    pub fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_hashed(s, key, h)
    }

    /// `set_add` with the key's hash known (kept by the set it comes from).
    pub fn set_add_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<()> {
        let Some(id) = s.as_obj() else { return Ok(()) };
        if self.table_find(id, key, h)?.is_none() {
            self.incref(key);
            if let Object::Set { table, .. } = self.heap.get_mut(id) {
                table.insert(h, key);
            }
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => return self.with_frozen_key(key, e, |vm, k| vm.set_contains(s, k)),
        };
        self.set_contains_hashed(s, key, h)
    }

    /// A set asked about a set (`{1} in s`, `s.discard({1})`) looks for the frozenset of its
    /// items, as CPython's does; any other unhashable key keeps its TypeError `e`.
    fn with_frozen_key<T>(
        &mut self,
        key: Value,
        e: ObjId,
        f: impl FnOnce(&mut Vm, Value) -> PyResult<T>,
    ) -> PyResult<T> {
        let inner = self.payload(key);
        let table = match inner.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Set { table, frozen: false }) => table.clone(),
            _ => return Err(e),
        };
        if !self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError)) {
            return Err(e);
        }
        self.decref_id(e);
        for k in table.keys() {
            self.incref(k);
        }
        let frozen = self.alloc(Object::Set { table, frozen: true });
        let r = f(self, frozen);
        self.decref(frozen);
        r
    }

    pub fn set_contains_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        let Some(id) = s.as_obj() else { return Ok(false) };
        Ok(self.table_find(id, key, h)?.is_some())
    }

    pub fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => return self.with_frozen_key(key, e, |vm, k| vm.set_discard(s, k)),
        };
        self.set_discard_hashed(s, key, h)
    }

    /// `set_discard` with the key's hash known (kept by the set it comes from).
    pub fn set_discard_hashed(&mut self, s: Value, key: Value, h: i64) -> PyResult<bool> {
        let Some(id) = s.as_obj() else { return Ok(false) };
        let Some(i) = self.table_find(id, key, h)? else { return Ok(false) };
        let removed = match self.heap.get_mut(id) {
            Object::Set { table, .. } => table.remove(i),
            _ => Value::None,
        };
        self.decref(removed);
        Ok(true)
    }

    /// `d.update(other)`: from a dict, or from an iterable of pairs.
    pub fn dict_update(&mut self, d: Value, other: Value) -> PyResult<()> {
        // A dict subclass that iterates as dicts do is read as a dict (its `__getitem__` and
        // `keys` are not called), as CPython's merge reads it.
        let source = self.payload_leaving(other, "__iter__").unwrap_or(other);
        let entries: Vec<(Value, i64, Value)> = match source.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Dict(t)) => t.iter().map(|(_, e)| (e.key, e.hash, e.value)).collect(),
            _ => {
                if self.has_attr_on_type(self.type_of(other), "keys") {
                    for k in self.mapping_keys(other)? {
                        let v = self.getitem(other, k)?;
                        self.dict_set(d, k, v)?;
                        self.decref(k);
                        self.decref(v);
                    }
                    return Ok(());
                }
                // Pair by pair, as they come (the iterable may be a generator).
                let it = self.get_iter(other)?;
                let mut n = 0;
                let r = loop {
                    let item = match self.next(it) {
                        Ok(Some(item)) => item,
                        Ok(None) => break Ok(()),
                        Err(e) => break Err(e),
                    };
                    let r = self.dict_set_pair(d, item, n);
                    self.decref(item);
                    if r.is_err() {
                        break r;
                    }
                    n += 1;
                };
                self.decref(it);
                return r;
            }
        };
        for &(k, _, v) in &entries {
            self.incref(k);
            self.incref(v);
        }
        let mut entries = entries.into_iter();
        while let Some((k, h, v)) = entries.next() {
            let r = self.dict_set_hashed(d, k, h, v);
            self.decref(k);
            self.decref(v);
            if let Err(e) = r {
                for (k, _, v) in entries {
                    self.decref(k);
                    self.decref(v);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// One element of `dict.update(pairs)`: a `(key, value)` sequence, the `n`th.
    fn dict_set_pair(&mut self, d: Value, item: Value, n: usize) -> PyResult<()> {
        let it = match self.get_iter(item) {
            Ok(it) => it,
            Err(e) => {
                if !self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError)) {
                    return Err(e);
                }
                self.decref_id(e);
                let msg = format!("cannot convert dictionary update sequence element #{n} to a sequence");
                return Err(self.new_exc(ExcKind::TypeError, &msg));
            }
        };
        let pair = self.iterate_to_vec(it);
        self.decref(it);
        let pair = pair?;
        if pair.len() != 2 {
            let len = pair.len();
            for p in pair {
                self.decref(p);
            }
            let msg = format!("dictionary update sequence element #{n} has length {len}; 2 is required");
            return Err(self.new_exc(ExcKind::ValueError, &msg));
        }
        let r = self.dict_set(d, pair[0], pair[1]);
        self.decref(pair[0]);
        self.decref(pair[1]);
        r
    }

    /// Merges a mapping into a call's keyword dict, rejecting keys given twice as CPython does.
    /// What a mapping's `keys()` gives (new references).
    fn mapping_keys(&mut self, m: Value) -> PyResult<Vec<Value>> {
        let keys = self.getattr_str(m, "keys")?;
        let ks = self.call(keys, &[], &[]);
        self.decref(keys);
        let ks = ks?;
        let items = self.iterate_to_vec(ks);
        self.decref(ks);
        items
    }

    pub fn dict_merge(&mut self, d: Value, other: Value, func: Value) -> PyResult<()> {
        let source = self.payload_leaving(other, "__iter__").unwrap_or(other);
        // Owned pairs: a dict's read directly, another mapping's through `keys()` and `[]`
        // (a dict subclass iterating its own way among them).
        let pairs: Vec<(Value, Value)> = match source.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Dict(t)) => {
                let pairs: Vec<(Value, Value)> = t.iter().map(|(_, e)| (e.key, e.value)).collect();
                pairs.iter().for_each(|&(k, v)| {
                    self.incref(k);
                    self.incref(v);
                });
                pairs
            }
            _ if self.has_attr_on_type(self.type_of(other), "keys") => {
                let mut pairs = Vec::new();
                for k in self.mapping_keys(other)? {
                    match self.getitem(other, k) {
                        Ok(v) => pairs.push((k, v)),
                        Err(e) => {
                            self.decref(k);
                            pairs.into_iter().for_each(|(k, v)| {
                                self.decref(k);
                                self.decref(v);
                            });
                            return Err(e);
                        }
                    }
                }
                pairs
            }
            _ => {
                let tn = self.type_name(other);
                let f = self.function_str(func);
                return Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("{f} argument after ** must be a mapping, not {tn}"),
                ));
            }
        };
        let mut result = Ok(());
        for &(k, v) in &pairs {
            if result.is_err() {
                break;
            }
            result = match self.dict_get(d, k) {
                Ok(Some(_)) => {
                    let f = self.function_str(func);
                    match self.str(k) {
                        Ok(key) => Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("{f} got multiple values for keyword argument '{key}'"),
                        )),
                        Err(e) => Err(e),
                    }
                }
                Ok(None) => self.dict_set(d, k, v),
                Err(e) => Err(e),
            };
        }
        for (k, v) in pairs {
            self.decref(k);
            self.decref(v);
        }
        result
    }
}

/// A key `Vm::quick_find` compares without the general equality.
#[derive(Clone, Copy)]
enum Quick<'a> {
    Int(i64),
    Str(&'a str),
}

impl Vm {
    /// Adds every key of the set `from` to `to` as CPython's `set_merge` does, with the hashes
    /// `from` kept: into an empty set the layout is copied (or the keys reinserted clean), so
    /// that `{*a}`, `set(a)` and `a.copy()` iterate as CPython's do.
    pub fn set_merge(&mut self, to: Value, from: Value) -> PyResult<()> {
        let copied = match (to.as_obj(), from.as_obj()) {
            (Some(t), Some(f)) if t != f => match (self.heap.get(t), self.heap.get(f)) {
                (Object::Set { table: mine, .. }, Object::Set { table: other, .. }) if mine.is_pristine() => {
                    let mut table = crate::object::set_table::SetTable::new();
                    table.merge_into_empty(other);
                    Some((t, table))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((t, table)) = copied {
            for k in table.keys() {
                self.incref(k);
            }
            if let Object::Set { table: mine, .. } = self.heap.get_mut(t) {
                *mine = table;
            }
            return Ok(());
        }
        let extra = match from.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Set { table, .. }) => table.len(),
            _ => 0,
        };
        if let Some(Object::Set { table, .. }) = to.as_obj().map(|id| self.heap.get_mut(id)) {
            table.reserve_for_merge(extra);
        }
        self.for_each_set_entry(from, |vm, h, k| vm.set_add_hashed(to, k, h))
    }

    /// The keys of a set with their hashes, each held (the caller releases them).
    pub fn held_set_entries(&mut self, s: Value) -> Vec<(i64, Value)> {
        let entries: Vec<(i64, Value)> = match s.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Set { table, .. }) => table.entries().collect(),
            _ => Vec::new(),
        };
        for &(_, k) in &entries {
            self.incref(k);
        }
        entries
    }

    /// Calls `f` with each key of a set and its stored hash, in table order, each key held
    /// while `f` runs (which may change the set); stops at the first error.
    pub fn for_each_set_entry(
        &mut self,
        s: Value,
        mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        self.set_entries_while(s, |vm, h, k| f(vm, h, k).map(|()| true)).map(|_| ())
    }

    /// Calls `f` with each key of a set and its stored hash while it returns true; whether
    /// every key was seen. The walk reads the table in place, a slot at a time, as CPython's
    /// `set_next` does (a snapshot cost an allocation per set operation): a change `f` makes
    /// to the set is seen by the steps after it, and the walk stays within the table.
    pub fn set_entries_while(
        &mut self,
        s: Value,
        mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        let Some(id) = s.as_obj() else { return Ok(true) };
        let mut at = 0;
        loop {
            let next = match self.heap.get(id) {
                Object::Set { table, .. } => table.entry_from(at),
                _ => None,
            };
            let Some((i, h, k)) = next else { return Ok(true) };
            at = i + 1;
            self.incref(k);
            let go_on = f(self, h, k);
            self.decref(k);
            if !go_on? {
                return Ok(false);
            }
        }
    }
}
