//! The sequence and mapping protocols: `len`, `in`, subscripts (get, set, delete) and
//! unpacking.

use crate::object::array::Item;
use crate::object::exc_kind::ExcKind;
use crate::object::slice_bounds::SliceBounds;
use crate::object::{DictIterKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// How CPython names a callable in call errors: `module.qualname()`.
    pub fn function_str(&mut self, func: Value) -> String {
        match func.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Function(f)) => {
                let module = self.str_of(f.module).unwrap_or("").to_string();
                if module.is_empty() || module == "builtins" {
                    format!("{}()", f.qualname)
                } else {
                    format!("{module}.{}()", f.qualname)
                }
            }
            Some(Object::Builtin(b)) => format!("{}()", b.name),
            // As CPython's `_PyObject_FunctionStr`: `module.qualname()` from the attributes
            // (a class, a bound method), the plain str where there is no `__qualname__`.
            _ => {
                let attr = |vm: &mut Vm, name: &str| match vm.getattr_str(func, name) {
                    Ok(v) => {
                        let s = vm.str_of(v).map(str::to_string);
                        vm.decref(v);
                        s
                    }
                    Err(e) => {
                        vm.decref_id(e);
                        None
                    }
                };
                match attr(self, "__qualname__") {
                    Some(q) => match attr(self, "__module__") {
                        Some(m) if m != "builtins" => format!("{m}.{q}()"),
                        _ => format!("{q}()"),
                    },
                    None => self.str(func).unwrap_or_else(|e| {
                        self.decref_id(e);
                        String::new()
                    }),
                }
            }
        }
    }

    /// `[*v]`, `(*v,)`, `f(a, *v)` with a `v` that cannot be iterated at all: CPython's
    /// message names the star (an error from inside an iterator stays as it is).
    pub(crate) fn star_error(&mut self, e: ObjId, v: Value) -> ObjId {
        if !self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError)) || self.can_iterate(v) {
            return e;
        }
        self.decref_id(e);
        let tn = self.type_name(v);
        self.new_exc(ExcKind::TypeError, &format!("Value after * must be an iterable, not {tn}"))
    }

    /// The argument tuple of `func(*v)` (a new reference); takes `v`.
    pub(crate) fn star_args(&mut self, func: Value, v: Value) -> PyResult<Value> {
        if matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Tuple(_))) {
            return Ok(v);
        }
        let r = if self.can_iterate(v) {
            self.iterate_to_vec(v).map(|items| self.new_tuple(items))
        } else {
            let (f, tn) = (self.function_str(func), self.type_name(v));
            Err(self
                .new_exc(ExcKind::TypeError, &format!("{f} argument after * must be an iterable, not {tn}")))
        };
        self.decref(v);
        r
    }

    /// `ListExtend`: the star items of a display or call added to the list; takes `v`.
    pub(crate) fn extend_list_star(&mut self, list: Value, v: Value) -> PyResult<()> {
        let r = self.extend_list(list, v).map_err(|e| self.star_error(e, v));
        self.decref(v);
        r
    }

    /// Whether `v`'s type has `__iter__` or `__getitem__`, so that iterating it is worth trying.
    fn can_iterate(&mut self, v: Value) -> bool {
        let t = self.type_of(v);
        ["__iter__", "__getitem__"]
            .iter()
            .any(|name| self.name_id(name).is_some_and(|n| self.lookup_in_mro(t, n).is_some()))
    }

    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        // In bytes, an object with `__index__` is the byte it stands for.
        if let Value::Obj(id) = container
            && matches!(self.heap.get(id), Object::Bytes(_) | Object::ByteArray(_))
            && !self.is_int(item)
            && self.has_index_method(item)
        {
            let n = crate::vm::args::index_arg(self, item)?;
            let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1);
            return self.contains(container, Value::Int(n));
        }
        if let Value::Obj(id) = container {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.contains(t, item);
                }
                Object::Str(s) => {
                    let Some(sub) = self.str_of(item) else {
                        let tn = self.type_name(item);
                        return Err(self.new_exc(
                            ExcKind::TypeError,
                            &format!("'in <string>' requires string as left operand, not {tn}"),
                        ));
                    };
                    return Ok(s.s.contains(sub));
                }
                Object::List(_) | Object::Tuple(_) => {
                    // An int among ints, bools and Nones needs no comparison that could run
                    // code: those are scanned in place, up to the first other item.
                    let mut i = 0;
                    if let (Value::Int(n), Object::List(v) | Object::Tuple(v)) = (item, self.heap.get(id)) {
                        for &x in v {
                            match x {
                                Value::Int(m) if m == n => return Ok(true),
                                Value::Bool(b) if i64::from(b) == n => return Ok(true),
                                Value::Int(_) | Value::Bool(_) | Value::None => i += 1,
                                _ => break,
                            }
                        }
                    }
                    // Item by item, reading the list again each time as CPython's `list_contains`
                    // does: a comparison may change it, and the item compared is held meanwhile.
                    loop {
                        let x = match self.heap.get(id) {
                            Object::List(v) | Object::Tuple(v) => match v.get(i) {
                                Some(&x) => x,
                                None => return Ok(false),
                            },
                            _ => return Ok(false),
                        };
                        i += 1;
                        if x.is(item) {
                            return Ok(true);
                        }
                        self.incref(x);
                        let r = self.eq(x, item);
                        self.decref(x);
                        if r? {
                            return Ok(true);
                        }
                    }
                }
                Object::Bytes(hay) | Object::ByteArray(hay) => {
                    if let Some(n) = self.as_i64(item) {
                        if !(0..256).contains(&n) {
                            return Err(self.new_exc(ExcKind::ValueError, "byte must be in range(0, 256)"));
                        }
                        return Ok(hay.iter().any(|&b| i64::from(b) == n));
                    }
                    let needle = match item.as_obj().map(|i| self.heap.get(i)) {
                        Some(Object::Bytes(n) | Object::ByteArray(n)) => n.clone(),
                        Some(Object::MemoryView(m)) if m.obj.is_some() => {
                            self.view_bytes(item).unwrap_or_default()
                        }
                        _ => {
                            let tn = self.type_name(item);
                            let msg = format!("a bytes-like object is required, not '{tn}'");
                            return Err(self.new_exc(ExcKind::TypeError, &msg));
                        }
                    };
                    return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
                }
                Object::Set { .. } => return self.set_contains(container, item),
                Object::Dict(_) => {
                    let h = self.hash(item)?;
                    return Ok(self.table_find(id, item, h)?.is_some());
                }
                Object::DictView { dict, kind: DictIterKind::Keys } => {
                    let d = *dict;
                    let h = self.hash(item)?;
                    return Ok(self.table_find(d, item, h)?.is_some());
                }
                Object::DictView { dict, kind: DictIterKind::Items } => {
                    let d = *dict;
                    let pair = match item.as_obj().map(|i| self.heap.get(i)) {
                        Some(Object::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                        _ => return Ok(false),
                    };
                    return match self.dict_get(Value::Obj(d), pair.0)? {
                        Some(v) => self.eq(v, pair.1),
                        None => Ok(false),
                    };
                }
                Object::Array(_) => {
                    // Item by item, reading the array again each time (a comparison may change
                    // it), as CPython's `array_contains`; no identity shortcut: each item is a
                    // new object there.
                    let mut i = 0;
                    while let Some(x) = self.array_item(id, i)? {
                        let found = self.eq(x, item);
                        self.decref(x);
                        if found? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                Object::LongRange(_)
                    if matches!(item, Value::Int(_) | Value::Bool(_))
                        || matches!(item.as_obj().map(|i| self.heap.get(i)), Some(Object::BigInt(_))) =>
                {
                    let x = self.as_bigint(item).unwrap_or_default();
                    return Ok(self.range_position(id, &x).is_some());
                }
                Object::LongRange(_) => return self.contains_by_iteration(container, item),
                Object::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    if let Some(i) = self.as_i64(item) {
                        let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                        return Ok(inside && (i - start) % step == 0);
                    }
                    // Anything else is compared with each item (`range.__contains__` is this
                    // function: asking it would come back here).
                    return self.contains_by_iteration(container, item);
                }
                _ => {}
            }
            if let Some(r) = self.try_dunder(container, "__contains__", &[item])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
        }
        self.contains_by_iteration(container, item)
    }

    /// `item in container` for a container without `__contains__`: an item that is or equals it.
    fn contains_by_iteration(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e)
                if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError))
                    && !self.can_iterate(container) =>
            {
                // CPython's message for `in` names the container, not iteration.
                self.decref_id(e);
                let tn = self.type_name(container);
                return Err(
                    self.new_exc(ExcKind::TypeError, &format!("argument of type '{tn}' is not iterable"))
                );
            }
            Err(e) => return Err(e),
        };
        loop {
            match self.next(it) {
                Ok(Some(x)) => {
                    let found = x.is(item) || self.eq(x, item)?;
                    self.decref(x);
                    if found {
                        self.decref(it);
                        return Ok(true);
                    }
                }
                Ok(None) => {
                    self.decref(it);
                    return Ok(false);
                }
                Err(e) => {
                    self.decref(it);
                    return Err(e);
                }
            }
        }
    }

    /// The length of a sized object.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.len(t);
                }
                Object::Str(s) => return Ok(s.char_len()),
                Object::Bytes(b) | Object::ByteArray(b) => return Ok(b.len()),
                Object::Array(a) => return Ok(a.len()),
                Object::List(l) | Object::Tuple(l) => return Ok(l.len()),
                Object::Dict(t) => return Ok(t.len()),
                Object::DictView { dict, .. } => {
                    if let Object::Dict(t) = self.heap.get(*dict) {
                        return Ok(t.len());
                    }
                }
                Object::Set { table, .. } => return Ok(table.len()),
                Object::Range { start, stop, step } => return Ok(range_len(*start, *stop, *step) as usize),
                Object::LongRange(_) => return self.long_range_len(id),
                _ => {}
            }
            if let Some(payload) = self.payload_leaving(v, "__len__") {
                return self.len(payload);
            }
            if let Some(r) = self.try_dunder(v, "__len__", &[])? {
                return self.len_from_dunder(r);
            }
        }
        let tn = self.type_name(v);
        Err(self.new_exc(ExcKind::TypeError, &format!("object of type '{tn}' has no len()")))
    }

    /// What a `__len__` returned (its reference taken) as a length: any index will do (an int
    /// subclass, an object with `__index__`), not a negative one nor one past `isize`.
    pub(crate) fn len_from_dunder(&mut self, r: Value) -> PyResult<usize> {
        let n = crate::vm::args::index_arg(self, r);
        self.decref(r);
        let n = n?;
        if n.sign() == num_bigint::Sign::Minus {
            return Err(self.new_exc(ExcKind::ValueError, "__len__() should return >= 0"));
        }
        match usize::try_from(&n).ok().filter(|&n| n <= isize::MAX as usize) {
            Some(n) => Ok(n),
            None => Err(self.new_exc(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")),
        }
    }

    /// Unpacks exactly `n` items, or (with `after`) `n` items, a list of the rest, `after` items.
    pub fn unpack(&mut self, seq: Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let want = n + after.unwrap_or(0);
        // A list or tuple of a size that fits is taken as it is (CPython's fast path).
        if let Some(Object::List(items) | Object::Tuple(items)) = seq.as_obj().map(|id| self.heap.get(id))
            && (items.len() == want || (after.is_some() && items.len() > want))
        {
            let mut items = items.clone();
            for &v in &items {
                self.incref(v);
            }
            if let Some(after) = after {
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(n);
                let list = self.new_list(middle);
                items.push(list);
                items.extend(tail);
            }
            return Ok(items);
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) => {
                let t = self.type_of(seq);
                let not_iterable = self.isinstance(Value::Obj(e), self.exc_type(ExcKind::TypeError))
                    && !self.has_attr_on_type(t, "__iter__")
                    && !self.has_attr_on_type(t, "__getitem__");
                if !not_iterable {
                    return Err(e);
                }
                self.decref_id(e);
                let tn = self.type_name(seq);
                return Err(
                    self.new_exc(ExcKind::TypeError, &format!("cannot unpack non-iterable {tn} object"))
                );
            }
        };
        // As CPython's `unpack_iterable`: no more items are read than the targets need (one more
        // to tell there are too many), and on an error what was read goes last to first.
        let mut got = Vec::with_capacity(want + 1);
        let error = 'read: {
            for i in 0..n {
                match self.next(it) {
                    Ok(Some(w)) => got.push(w),
                    Ok(None) => {
                        let msg = match after {
                            None => format!("not enough values to unpack (expected {n}, got {i})"),
                            Some(a) => {
                                format!("not enough values to unpack (expected at least {}, got {i})", n + a)
                            }
                        };
                        break 'read self.new_exc(ExcKind::ValueError, &msg);
                    }
                    Err(e) => break 'read e,
                }
            }
            let Some(after) = after else {
                match self.next(it) {
                    Ok(None) => {
                        self.decref(it);
                        return Ok(got);
                    }
                    Ok(Some(w)) => {
                        self.decref(w);
                        break 'read self.new_exc(
                            ExcKind::ValueError,
                            &format!("too many values to unpack (expected {n})"),
                        );
                    }
                    Err(e) => break 'read e,
                }
            };
            let mut rest = match self.iterate_to_vec(it) {
                Ok(rest) => rest,
                Err(e) => break 'read e,
            };
            if rest.len() < after {
                let msg =
                    format!("not enough values to unpack (expected at least {want}, got {})", n + rest.len());
                let e = self.new_exc(ExcKind::ValueError, &msg);
                let list = self.new_list(rest);
                got.push(list);
                break 'read e;
            }
            let tail = rest.split_off(rest.len() - after);
            let list = self.new_list(rest);
            got.push(list);
            got.extend(tail);
            self.decref(it);
            return Ok(got);
        };
        for v in got.into_iter().rev() {
            self.decref(v);
        }
        self.decref(it);
        Err(error)
    }

    /// Item `i` of the array `id` as a Python value (a new reference); `None` past its end.
    pub fn array_item(&mut self, id: ObjId, i: usize) -> PyResult<Option<Value>> {
        let item = match self.heap.get(id) {
            Object::Array(a) => a.get(i),
            _ => None,
        };
        item.map(|it| self.array_item_value(it)).transpose()
    }

    /// CPython's error for a `u` array's code point that no str can hold.
    pub fn code_point_error(&mut self, c: u32) -> ObjId {
        self.new_exc(ExcKind::ValueError, &format!("character U+{c:x} is not in range [U+0000; U+10ffff]"))
    }

    /// An array's item as a Python value: an int, a float, or a str of one code point (as
    /// `chr`: a surrogate reads as U+FFFD, past U+10FFFF is CPython's `ValueError`).
    pub fn array_item_value(&mut self, item: Item) -> PyResult<Value> {
        match item {
            Item::Int(n) => Ok(match i64::try_from(n) {
                Ok(v) => Value::Int(v),
                Err(_) => self.new_bigint(num_bigint::BigInt::from(n)),
            }),
            Item::Float(f) => Ok(Value::Float(f)),
            Item::Char(c) => match char::from_u32(c) {
                Some(ch) => Ok(self.new_str(ch.to_string())),
                None if c < 0x11_0000 => Ok(self.new_str("\u{FFFD}")),
                None => Err(self.new_exc(ExcKind::ValueError, "chr() arg not in range(0x110000)")),
            },
        }
    }

    /// `seq[i]` for a list or tuple and an int in range, without leaving the evaluation loop;
    /// `None` for anything else (negative indices count from the end, as ever).
    #[inline(always)]
    pub(crate) fn getitem_quick(&mut self, obj: Value, key: Value) -> Option<Value> {
        let (Value::Obj(id), Value::Int(i)) = (obj, key) else { return None };
        let item = match self.heap.get(id) {
            Object::List(v) | Object::Tuple(v) => {
                let j = if i < 0 { i.checked_add(v.len() as i64)? } else { i };
                *v.get(usize::try_from(j).ok()?)?
            }
            // An array's numbers are immediate values: nothing to count.
            Object::Array(a) => {
                let j = if i < 0 { i.checked_add(a.len() as i64)? } else { i };
                return a.get_quick(usize::try_from(j).ok()?);
            }
            _ => return None,
        };
        self.incref(item);
        Some(item)
    }

    /// `obj[key]` past the quick cases, the two taken from `stack`: pushes the result, or,
    /// for a `__getitem__` written in Python, pushes it with `obj` and `key` and returns it
    /// and where it is, for the evaluation loop to run as a call.
    pub(crate) fn subscript_general(
        &mut self,
        stack: &mut Vec<Value>,
        obj: Value,
        key: Value,
    ) -> PyResult<Option<(ObjId, usize)>> {
        if let Some(func) = self.getitem_in_loop(obj) {
            let base = stack.len();
            stack.extend([Value::Obj(func), obj, key]);
            return Ok(Some((func, base)));
        }
        let r = self.getitem(obj, key);
        self.decref(obj);
        self.decref(key);
        stack.push(r?);
        Ok(None)
    }

    /// `seq[start:stop:step]` for a list, tuple or str and bounds that are ints or None,
    /// without a slice object (`Instr::BinarySlice`); `None` for anything else, a step of zero
    /// included, which the general path reports. A whole tuple or str is itself, as in CPython.
    pub(crate) fn slice_quick(
        &mut self,
        obj: Value,
        start: Value,
        stop: Value,
        step: Value,
    ) -> Option<Value> {
        let Value::Obj(id) = obj else { return None };
        let (start, stop, step) = (plain_bound(start)?, plain_bound(stop)?, plain_bound(step)?);
        let len = match *self.heap.get(id) {
            Object::List(ref v) | Object::Tuple(ref v) => v.len(),
            Object::Str(ref s) => s.char_len(),
            Object::Range { start: first, stop: end, step: by } => {
                let b = SliceBounds::resolve(start, stop, step, range_len(first, end, by) as usize)?;
                return self.range_slice_quick(first, by, b);
            }
            _ => return None,
        };
        let b = SliceBounds::resolve(start, stop, step, len)?;
        let whole = b.step == 1 && b.len == len;
        let picked = match self.heap.get(id) {
            Object::Tuple(_) | Object::Str(_) if whole => {
                self.heap.incref(id);
                return Some(obj);
            }
            Object::List(v) | Object::Tuple(v) => match b.contiguous() {
                Some(r) if b.step == 1 => v[r].to_vec(),
                _ => b.positions().map(|i| v[i]).collect(),
            },
            Object::Str(s) if b.step == 1 => {
                let text = compact_str::CompactString::from(s.char_slice(b.start as usize, b.stop as usize));
                return Some(self.new_str(text));
            }
            _ => return None,
        };
        for &v in &picked {
            self.incref(v);
        }
        Some(if matches!(self.heap.get(id), Object::List(_)) {
            self.new_list(picked)
        } else {
            self.new_tuple(picked)
        })
    }

    /// The range `first`, `first + by`, ... sliced by `b`, in machine ints; `None` when a
    /// bound leaves them (the general path works in big integers).
    fn range_slice_quick(&mut self, first: i64, by: i64, b: SliceBounds) -> Option<Value> {
        let at = |k: i64| i64::try_from(first as i128 + k as i128 * by as i128).ok();
        let (start, stop) = (at(b.start)?, at(b.stop)?);
        let step = by.checked_mul(b.step)?;
        // A machine-int range keeps `stop - start` in range too (see `new_range`).
        stop.checked_sub(start)?;
        Some(self.alloc(Object::Range { start, stop, step }))
    }

    /// `list[start:stop] = items` for a list or tuple of items and bounds that are ints or
    /// None (`Instr::StoreSlice`): true when done, the replaced items released last to first
    /// as CPython's `list_ass_slice` releases them; false (nothing done) for anything else.
    pub(crate) fn store_slice_quick(
        &mut self,
        obj: Value,
        start: Value,
        stop: Value,
        step: Value,
        value: Value,
    ) -> bool {
        let (Value::Obj(id), Value::Obj(from)) = (obj, value) else { return false };
        let (Some(start), Some(stop), Some(None | Some(1))) =
            (plain_bound(start), plain_bound(stop), plain_bound(step))
        else {
            return false;
        };
        let Object::List(target) = self.heap.get(id) else { return false };
        let len = target.len();
        let Some(b) = SliceBounds::resolve(start, stop, None, len) else { return false };
        // Copied first: `a[:] = a` assigns the list's items as they were.
        let items = match self.heap.get(from) {
            Object::List(v) | Object::Tuple(v) => v.clone(),
            _ => return false,
        };
        for &v in &items {
            self.incref(v);
        }
        let lo = (b.start as usize).min(len);
        let hi = (b.stop.max(b.start) as usize).clamp(lo, len);
        let removed: Vec<Value> = match self.heap.get_mut(id) {
            Object::List(l) => l.splice(lo..hi, items).collect(),
            _ => Vec::new(),
        };
        for v in removed.into_iter().rev() {
            self.decref(v);
        }
        true
    }

    /// `list[i] = value` for an int in range: the list takes the stack's reference to `value`
    /// and the replaced item comes back for the caller to release. Also `array[i] = number`
    /// for a number the array stores as it is. `Err(value)` for anything else.
    #[inline(always)]
    pub(crate) fn setitem_quick(&mut self, obj: Value, key: Value, value: Value) -> Result<Value, Value> {
        let (Value::Obj(id), Value::Int(i)) = (obj, key) else { return Err(value) };
        match self.heap.get_mut(id) {
            Object::List(v) => {
                let j = if i < 0 { i.checked_add(v.len() as i64) } else { Some(i) };
                match j.and_then(|j| usize::try_from(j).ok()).and_then(|j| v.get_mut(j)) {
                    Some(slot) => Ok(std::mem::replace(slot, value)),
                    None => Err(value),
                }
            }
            // An int or float stored as a machine number: the array keeps no reference, so
            // the stack's (an immediate's, nothing counted) comes back to be released.
            Object::Array(a) => {
                let j = if i < 0 { i.checked_add(a.len() as i64) } else { Some(i) };
                match j.and_then(|j| usize::try_from(j).ok()) {
                    Some(j) if a.set_quick(j, value) => Ok(value),
                    _ => Err(value),
                }
            }
            _ => Err(value),
        }
    }

    /// `a, b = seq` for a list or tuple of exactly `n` items: pushes them, last first, onto
    /// `stack`. False (nothing done) for anything else.
    #[inline(always)]
    pub(crate) fn unpack_quick(&mut self, seq: Value, n: usize, stack: &mut Vec<Value>) -> bool {
        let Value::Obj(id) = seq else { return false };
        let (Object::List(items) | Object::Tuple(items)) = self.heap.get(id) else { return false };
        if items.len() != n {
            return false;
        }
        stack.extend(items.iter().rev());
        for &v in &stack[stack.len() - n..] {
            self.incref(v);
        }
        true
    }

    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.getitem(t, key);
                }
                Object::List(_)
                | Object::Tuple(_)
                | Object::Str(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::Array(_)
                | Object::Range { .. }
                | Object::LongRange(_) => {
                    return (self.slots.sequence_getitem)(self, obj, key);
                }
                Object::Dict(_) => {
                    return match self.dict_get(obj, key)? {
                        Some(v) => Ok(self.share(v)),
                        None => {
                            if matches!(self.heap.get(id), Object::Instance(_)) {
                                unreachable!()
                            }
                            let k = self.share(key);
                            let t = self.new_tuple(vec![k]);
                            let e = self.new_exc_args(ExcKind::KeyError, t);
                            Err(e)
                        }
                    };
                }
                Object::Type(_) => return (self.slots.class_getitem)(self, obj, key),
                _ => {}
            }
            if let Some(r) = self.try_dunder(obj, "__getitem__", &[key])? {
                return Ok(r);
            }
        }
        let tn = self.type_name(obj);
        Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object is not subscriptable")))
    }

    pub fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::WeakRef(w) if w.kind != crate::object::WeakKind::Ref => {
                    let t = crate::vm::weakref::proxy_target(self, id)?;
                    return self.setitem(t, key, value);
                }
                Object::List(_) | Object::Array(_) | Object::ByteArray(_) => {
                    return (self.slots.sequence_setitem)(self, obj, key, value);
                }
                Object::Dict(_) => return self.dict_set(obj, key, value),
                _ => {}
            }
            if let Some(r) = self.try_dunder(obj, "__setitem__", &[key, value])? {
                self.decref(r);
                return Ok(());
            }
        }
        let tn = self.type_name(obj);
        Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object does not support item assignment")))
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::List(_) | Object::Array(_) | Object::ByteArray(_) => {
                    return (self.slots.sequence_delitem)(self, obj, key);
                }
                Object::Dict(_) => {
                    return match self.dict_remove(obj, key)? {
                        Some(v) => {
                            self.decref(v);
                            Ok(())
                        }
                        None => {
                            let k = self.share(key);
                            let t = self.new_tuple(vec![k]);
                            Err(self.new_exc_args(ExcKind::KeyError, t))
                        }
                    };
                }
                _ => {}
            }
            if let Some(r) = self.try_dunder(obj, "__delitem__", &[key])? {
                self.decref(r);
                return Ok(());
            }
        }
        let tn = self.type_name(obj);
        Err(self.new_exc(ExcKind::TypeError, &format!("'{tn}' object doesn't support item deletion")))
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// A slice bound the fused slice instructions take as it is: an int (`Some(Some(i))`) or None
/// (`Some(None)`); `None` for anything that needs `__index__` or an error.
#[inline(always)]
fn plain_bound(v: Value) -> Option<Option<i64>> {
    match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i)),
        _ => None,
    }
}
