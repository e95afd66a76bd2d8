//! The builtins module and the methods of the builtin types.

pub mod codecs;
pub mod construct;
pub mod format;
pub mod methods;
pub mod sort;
pub mod str;

use crate::object::code::{BinOp, CmpKind};
use crate::object::set_table::SetTable;
use crate::object::{Iter, Layout, Object};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use crate::vm::args::norm_index;
pub use crate::vm::args::{arity, kwarg, no_kwargs};
pub use crate::vm::collect::release_in_order;
pub use crate::vm::native::def;

/// Gives the VM the functions it calls for the builtin types (see `vm/slots.rs`).
pub fn install_slots(vm: &mut Vm) {
    vm.slots = crate::vm::slots::Slots {
        construct: construct_builtin,
        sequence_getitem,
        list_setitem,
        list_delitem,
        set_binary: set_op,
        set_compare,
        str_percent: str::percent_format,
        next_lazy: iter_next_complex,
    };
}

/// A copy of a dict (or of any mapping `dict.update` accepts) as a new dict.
pub fn dict_copy(vm: &mut Vm, d: Value) -> PyResult<Value> {
    vm.dict_copy(d)
}

/// Calling a builtin class: `int(x)`, `list(it)`, ... `None` for classes made by scripts (and
/// exceptions), which `call_type` builds.
pub fn construct_builtin(
    vm: &mut Vm,
    cls: ObjId,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> Option<PyResult<Value>> {
    let t = &vm.types;
    let r = if cls == t.weakref {
        crate::vm::weakref::ref_new(vm, args, kwargs)
    } else if cls == t.finalize {
        crate::vm::weakref::finalize_new(vm, args, kwargs)
    } else if cls == t.int {
        construct::int_new(vm, args, kwargs)
    } else if cls == t.float {
        construct::float_new(vm, args)
    } else if cls == t.str_ {
        construct::str_new(vm, args, kwargs)
    } else if cls == t.bool_ {
        match args.first() {
            Some(&v) => vm.truthy(v).map(Value::Bool),
            None => Ok(Value::Bool(false)),
        }
    } else if cls == t.list {
        match args.first() {
            Some(&v) => vm.iterate_to_vec(v).map(|items| vm.new_list(items)),
            None => Ok(vm.new_list(Vec::new())),
        }
    } else if cls == t.tuple {
        match args.first() {
            Some(&v) => vm.iterate_to_vec(v).map(|items| vm.new_tuple(items)),
            None => Ok(vm.new_tuple(Vec::new())),
        }
    } else if cls == t.dict {
        let d = Value::Obj(vm.new_dict());
        let r = (|| {
            if let Some(&src) = args.first() {
                vm.dict_update(d, src)?;
            }
            for &(k, v) in kwargs {
                vm.dict_set(d, Value::Obj(k), v)?;
            }
            Ok(())
        })();
        match r {
            Ok(()) => Ok(d),
            Err(e) => {
                vm.decref(d);
                Err(e)
            }
        }
    } else if cls == t.set || cls == t.frozenset {
        let frozen = cls == t.frozenset;
        if let Some(&src) = args.first()
            && matches!(src.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { .. }))
        {
            return Some(Ok(set_copy_of(vm, src, frozen)));
        }
        let s = vm.alloc(Object::Set { table: SetTable::new(), frozen });
        if let Some(&src) = args.first() {
            match vm.iterate_to_vec(src) {
                Ok(items) => {
                    for i in items {
                        let r = vm.set_add(s, i);
                        vm.decref(i);
                        if let Err(e) = r {
                            vm.decref(s);
                            return Some(Err(e));
                        }
                    }
                }
                Err(e) => {
                    vm.decref(s);
                    return Some(Err(e));
                }
            }
        }
        Ok(s)
    } else if cls == t.method {
        if args.len() != 2 {
            return Some(Err(
                vm.new_exc("TypeError", &format!("method expected 2 arguments, got {}", args.len()))
            ));
        }
        if !vm.callable(args[0]) {
            return Some(Err(vm.new_exc("TypeError", "first argument must be callable")));
        }
        let (func, receiver) = (vm.share(args[0]), vm.share(args[1]));
        Ok(vm.alloc(Object::BoundMethod { receiver, func }))
    } else if cls == t.range {
        construct::range_new(vm, args)
    } else if cls == t.bytes {
        construct::bytes_new(vm, args)
    } else if cls == t.bytearray {
        construct::bytearray_new(vm, args)
    } else if cls == t.complex {
        construct::complex_new(vm, args, kwargs)
    } else if cls == t.object {
        Ok(vm.new_instance(cls))
    } else if cls == t.type_ {
        construct::type_call(vm, args)
    } else if cls == t.slice {
        let (a, b, c) = match args.len() {
            1 => (Value::None, args[0], Value::None),
            2 => (args[0], args[1], Value::None),
            _ => (
                args.first().copied().unwrap_or(Value::None),
                args.get(1).copied().unwrap_or(Value::None),
                args.get(2).copied().unwrap_or(Value::None),
            ),
        };
        vm.incref(a);
        vm.incref(b);
        vm.incref(c);
        Ok(vm.alloc(Object::Slice { start: a, stop: b, step: c }))
    } else if cls == t.property {
        let get = |i: usize, name: &str| {
            args.get(i).copied().or_else(|| kwarg(vm, kwargs, name)).unwrap_or(Value::None)
        };
        let (fget, fset, fdel, doc) = (get(0, "fget"), get(1, "fset"), get(2, "fdel"), get(3, "doc"));
        for v in [fget, fset, fdel, doc] {
            vm.incref(v);
        }
        Ok(vm.alloc(Object::Property { fget, fset, fdel, doc }))
    } else if cls == t.staticmethod || cls == t.classmethod {
        let is_static = cls == t.staticmethod;
        let f = args.first().copied().unwrap_or(Value::None);
        vm.incref(f);
        Ok(vm.alloc(if is_static { Object::StaticMethod(f) } else { Object::ClassMethod(f) }))
    } else if cls == t.super_ {
        construct::super_new(vm, args)
    } else if cls == t.enumerate {
        construct::enumerate_new(vm, args, kwargs)
    } else if cls == t.zip {
        construct::zip_new(vm, args, kwargs)
    } else if cls == t.map {
        construct::map_new(vm, args)
    } else if cls == t.filter {
        construct::filter_new(vm, args)
    } else if cls == t.reversed {
        construct::reversed_new(vm, args)
    } else if vm.type_obj(cls).layout == Layout::Exception && vm.type_obj(cls).module == "builtins" {
        // OSError(errno, strerror[, filename]) picks the subclass for the errno, as CPython's does.
        let os_error = vm.exc_type("OSError");
        if vm.is_subtype(cls, os_error) && args.len() >= 2 && vm.is_int(args[0]) {
            return Some(Ok(Value::Obj(os_error_from_args(vm, cls, args))));
        }
        for &a in args {
            vm.incref(a);
        }
        let t = vm.new_tuple(args.to_vec());
        let e = vm.exc_with_args(cls, t);
        // A builtin exception created by a script is not "being raised": no implicit context.
        set_context_none(vm, e);
        Ok(Value::Obj(e))
    } else if vm.type_obj(cls).layout == Layout::Builtin && vm.type_obj(cls).module == "builtins" {
        let name = vm.type_obj(cls).name.clone();
        Err(vm.new_exc("TypeError", &format!("cannot create '{name}' instances")))
    } else {
        return None;
    };
    Some(r)
}

fn os_error_from_args(vm: &mut Vm, cls: ObjId, args: &[Value]) -> ObjId {
    let errno = vm.as_i64(args[0]).unwrap_or(0);
    let cls =
        if cls == vm.exc_type("OSError") { vm.exc_type(crate::vm::exc::errno_class(errno)) } else { cls };
    let two: Vec<Value> = args[..2].iter().map(|&a| vm.share(a)).collect();
    let t = vm.new_tuple(two);
    let e = vm.exc_with_args(cls, t);
    set_context_none(vm, e);
    let strerror = vm.str(args[1]).unwrap_or_default();
    let msg = match args.get(2) {
        Some(&f) => format!("[Errno {errno}] {strerror}: {}", vm.repr(f).unwrap_or_default()),
        None => format!("[Errno {errno}] {strerror}"),
    };
    if vm.has_instance_dict(e) {
        let m = vm.new_str(msg);
        vm.set_instance_attr_str(e, "__reap_str__", m);
        vm.set_instance_attr_str(e, "errno", Value::Int(errno));
        let se = vm.share(args[1]);
        vm.set_instance_attr_str(e, "strerror", se);
        let f = args.get(2).map_or(Value::None, |&f| vm.share(f));
        vm.set_instance_attr_str(e, "filename", f);
    }
    e
}

fn set_context_none(vm: &mut Vm, e: ObjId) {
    let old = match vm.heap.get_mut(e) {
        Object::Instance(i) => i.exc_mut().map(|x| std::mem::replace(&mut x.context, Value::None)),
        _ => None,
    };
    if let Some(o) = old {
        vm.decref(o);
    }
}

/// A slice resolved against a sequence's length (CPython's `PySlice_AdjustIndices`): the
/// positions it selects are `start`, `start + step`, ... (`len` of them).
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceBounds {
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// The selected positions as one ascending range, when the step is 1 or -1.
    pub fn contiguous(self) -> Option<std::ops::Range<usize>> {
        match self.step {
            1 => Some(self.start as usize..self.start as usize + self.len),
            -1 if self.len > 0 => Some((self.start as usize + 1 - self.len)..self.start as usize + 1),
            _ => None,
        }
    }
}

/// Resolves `slice` against a sequence of `len` items.
pub fn slice_bounds(vm: &mut Vm, slice: ObjId, len: usize) -> PyResult<SliceBounds> {
    let (start, stop, step) = match vm.heap.get(slice) {
        Object::Slice { start, stop, step } => (*start, *stop, *step),
        _ => (Value::None, Value::None, Value::None),
    };
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        if v == Value::None {
            return Ok(None);
        }
        if let Some(i) = vm.as_i64_saturating(v) {
            return Ok(Some(i));
        }
        if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
            && let Some(r) = vm.try_dunder(v, "__index__", &[])?
        {
            let i = vm.as_i64_saturating(r);
            vm.decref(r);
            if let Some(i) = i {
                return Ok(Some(i));
            }
        }
        Err(vm.new_exc("TypeError", "slice indices must be integers or None or have an __index__ method"))
    };
    // CPython keeps the step within ±PY_SSIZE_T_MAX so that it can be negated.
    let step = get(vm, step)?.map_or(1, |s| s.max(-i64::MAX));
    if step == 0 {
        return Err(vm.new_exc("ValueError", "slice step cannot be zero"));
    }
    let start = get(vm, start)?;
    let stop = get(vm, stop)?;
    let n = len as i64;
    let adjust = |i: i64| {
        if i < 0 {
            let i = i.saturating_add(n);
            if i < 0 { if step < 0 { -1 } else { 0 } } else { i }
        } else if i >= n {
            if step < 0 { n - 1 } else { n }
        } else {
            i
        }
    };
    let start = start.map_or(if step < 0 { n - 1 } else { 0 }, adjust);
    let stop = stop.map_or(if step < 0 { -1 } else { n }, adjust);
    let count = if step < 0 {
        if stop < start { (start - stop - 1) / -step + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceBounds { start, stop, step, len: count as usize })
}

fn index_error(vm: &mut Vm, what: &str) -> ObjId {
    vm.new_exc("IndexError", &format!("{what} index out of range"))
}

pub fn sequence_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let id = obj.as_obj().unwrap_or(vm.not_implemented);
    let slice = key.as_obj().filter(|k| matches!(vm.heap.get(*k), Object::Slice { .. }));
    // Sizes first, so that the object is read in place below (copying it per subscript made
    // a loop over `seq[i]` quadratic).
    let (len, what) = match vm.heap.get(id) {
        Object::List(items) => (items.len(), "list"),
        Object::Tuple(items) => (items.len(), "tuple"),
        Object::Str(s) => (s.char_len(), "string"),
        Object::Bytes(b) | Object::ByteArray(b) => (b.len(), "byte"),
        Object::Range { start, stop, step } => {
            (crate::vm::ops::range_len(*start, *stop, *step) as usize, "range")
        }
        _ => return Err(vm.new_exc("TypeError", "object is not subscriptable")),
    };
    if let Some(s) = slice {
        let b = slice_bounds(vm, s, len)?;
        let picked = match vm.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                let picked: Vec<Value> = match b.contiguous() {
                    Some(r) if b.step == 1 => items[r].to_vec(),
                    _ => b.positions().map(|i| items[i]).collect(),
                };
                for &v in &picked {
                    vm.incref(v);
                }
                return Ok(if what == "list" { vm.new_list(picked) } else { vm.new_tuple(picked) });
            }
            Object::Str(st) => {
                let out: String = match b.contiguous() {
                    Some(r) if b.step == 1 => st.char_slice(r.start, r.end).to_string(),
                    _ if st.ascii => b.positions().map(|i| st.s.as_bytes()[i] as char).collect(),
                    _ => {
                        let chars: Vec<char> = st.s.chars().collect();
                        b.positions().map(|i| chars[i]).collect()
                    }
                };
                return Ok(vm.new_str(out));
            }
            Object::Bytes(bytes) | Object::ByteArray(bytes) => {
                let out: Vec<u8> = match b.contiguous() {
                    Some(r) if b.step == 1 => bytes[r].to_vec(),
                    _ => b.positions().map(|i| bytes[i]).collect(),
                };
                out
            }
            Object::Range { start, step, .. } => {
                // Arithmetic, not a list of positions: `range(10**18)[1:]` is as cheap as CPython's.
                let (start, step) = (*start, *step);
                let new_step = step.saturating_mul(b.step);
                let new_start = start.saturating_add(b.start.saturating_mul(step));
                let new_stop = start.saturating_add(b.stop.saturating_mul(step));
                return Ok(vm.alloc(Object::Range { start: new_start, stop: new_stop, step: new_step }));
            }
            _ => Vec::new(),
        };
        let is_bytearray = matches!(vm.heap.get(id), Object::ByteArray(_));
        return Ok(vm.alloc(if is_bytearray { Object::ByteArray(picked) } else { Object::Bytes(picked) }));
    }
    if what == "string"
        && !vm.is_int(key)
        && !matches!(key.as_obj().map(|k| vm.heap.get(k)), Some(Object::Instance(_)))
    {
        let tn = vm.type_name(key);
        return Err(vm.new_exc("TypeError", &format!("string indices must be integers, not '{tn}'")));
    }
    if what == "range" && vm.is_int(key) && vm.as_i64(key).is_none() {
        return Err(index_error(vm, "range object"));
    }
    let Some(i) = norm_index(vm, key, len, what)? else {
        return Err(match vm.heap.get(id) {
            Object::Bytes(_) | Object::ByteArray(_) => vm.new_exc("IndexError", "index out of range"),
            Object::Range { .. } => index_error(vm, "range object"),
            _ => index_error(vm, what),
        });
    };
    match vm.heap.get(id) {
        Object::List(items) | Object::Tuple(items) => {
            let v = items[i];
            Ok(vm.share(v))
        }
        Object::Str(s) => {
            let ch = s.char_at(i).unwrap_or_default();
            Ok(vm.new_str(ch.to_string()))
        }
        Object::Bytes(b) | Object::ByteArray(b) => Ok(Value::Int(i64::from(b[i]))),
        Object::Range { start, step, .. } => Ok(Value::Int(start + i as i64 * step)),
        _ => Ok(Value::None),
    }
}

pub fn list_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let id = obj.as_obj().unwrap_or(vm.not_implemented);
    let len = list_len(vm, id);
    if let Some(s) = key.as_obj().filter(|k| matches!(vm.heap.get(*k), Object::Slice { .. })) {
        let b = slice_bounds(vm, s, len)?;
        if b.step == 1 {
            let items = items_to_assign(vm, value, "can only assign an iterable")?;
            // Iterating may have run Python code that changed the list: clamp again, as
            // CPython's list_ass_slice does.
            let len = list_len(vm, id);
            let lo = (b.start as usize).min(len);
            let hi = (b.stop.max(b.start) as usize).clamp(lo, len);
            let removed: Vec<Value> = match vm.heap.get_mut(id) {
                Object::List(l) => l.splice(lo..hi, items).collect(),
                _ => Vec::new(),
            };
            release_removed(vm, removed);
            return Ok(());
        }
        let items = items_to_assign(vm, value, "must assign iterable to extended slice")?;
        if items.len() != b.len {
            let (a, n) = (items.len(), b.len);
            // CPython's copy of the sequence goes, as a list does, last item first.
            for v in items.into_iter().rev() {
                vm.decref(v);
            }
            return Err(vm.new_exc(
                "ValueError",
                &format!("attempt to assign sequence of size {a} to extended slice of size {n}"),
            ));
        }
        // The replaced items are released after all are replaced, in the slice's order (that
        // of CPython's garbage array).
        let mut old = Vec::with_capacity(items.len());
        if let Object::List(l) = vm.heap.get_mut(id) {
            for (i, v) in b.positions().zip(items) {
                match l.get_mut(i) {
                    Some(slot) => old.push(std::mem::replace(slot, v)),
                    None => old.push(v),
                }
            }
        }
        release_in_order(vm, old);
        return Ok(());
    }
    match norm_index(vm, key, len, "list")? {
        Some(i) => {
            vm.incref(value);
            let old = match vm.heap.get_mut(id) {
                Object::List(l) => std::mem::replace(&mut l[i], value),
                _ => Value::None,
            };
            vm.decref(old);
            Ok(())
        }
        None => Err(vm.new_exc("IndexError", "list assignment index out of range")),
    }
}

fn list_len(vm: &Vm, id: ObjId) -> usize {
    match vm.heap.get(id) {
        Object::List(l) => l.len(),
        _ => 0,
    }
}

/// The items of the value a slice is assigned (new references); `message` is CPython's
/// `TypeError` for a value that cannot be iterated.
fn items_to_assign(vm: &mut Vm, value: Value, message: &str) -> PyResult<Vec<Value>> {
    if matches!(value.as_obj().map(|id| vm.heap.get(id)), Some(Object::List(_) | Object::Tuple(_))) {
        return vm.iterate_to_vec(value);
    }
    match vm.get_iter(value) {
        Ok(it) => vm.collect_iter(it),
        Err(e) => {
            if vm.isinstance(Value::Obj(e), vm.exc_type("TypeError")) {
                vm.decref_id(e);
                return Err(vm.new_exc("TypeError", message));
            }
            Err(e)
        }
    }
}

/// Releases the items a contiguous slice deletion or assignment took out (in list order):
/// CPython's list_ass_slice releases them last to first.
fn release_removed(vm: &mut Vm, mut removed: Vec<Value>) {
    removed.reverse();
    release_in_order(vm, removed);
}

pub fn list_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let id = obj.as_obj().unwrap_or(vm.not_implemented);
    let len = list_len(vm, id);
    if let Some(s) = key.as_obj().filter(|k| matches!(vm.heap.get(*k), Object::Slice { .. })) {
        let b = slice_bounds(vm, s, len)?;
        if b.len == 0 {
            return Ok(());
        }
        if b.step == 1 {
            let removed: Vec<Value> = match vm.heap.get_mut(id) {
                Object::List(l) => l.drain(b.start as usize..b.start as usize + b.len).collect(),
                _ => Vec::new(),
            };
            release_removed(vm, removed);
            return Ok(());
        }
        // An extended slice: CPython compacts the list in one pass and then releases the
        // removed items in ascending position order, whatever the step's sign.
        let (first, stride) =
            if b.step < 0 { (b.start + b.step * (b.len as i64 - 1), -b.step) } else { (b.start, b.step) };
        let (first, stride) = (first as usize, stride as usize);
        let mut removed = Vec::with_capacity(b.len);
        if let Object::List(l) = vm.heap.get_mut(id) {
            let mut k = 0;
            l.retain(|&v| {
                let pos = k;
                k += 1;
                let hit = pos >= first && (pos - first) % stride == 0 && removed.len() < b.len;
                if hit {
                    removed.push(v);
                }
                !hit
            });
        }
        release_in_order(vm, removed);
        return Ok(());
    }
    match norm_index(vm, key, len, "list")? {
        Some(i) => {
            let old = match vm.heap.get_mut(id) {
                Object::List(l) => l.remove(i),
                _ => Value::None,
            };
            vm.decref(old);
            Ok(())
        }
        None => Err(vm.new_exc("IndexError", "list assignment index out of range")),
    }
}

pub(crate) fn set_len(vm: &Vm, s: Value) -> usize {
    match s.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Set { table, .. }) => table.len(),
        _ => 0,
    }
}

/// A copy of a set, laid out as CPython's `set_merge` lays a copy out.
pub fn set_copy_of(vm: &mut Vm, src: Value, frozen: bool) -> Value {
    let mut table = SetTable::new();
    if let Some(Object::Set { table: other, .. }) = src.as_obj().map(|id| vm.heap.get(id)) {
        table.merge_into_empty(other);
    }
    for k in table.keys() {
        vm.incref(k);
    }
    vm.alloc(Object::Set { table, frozen })
}

/// Adds every key of the set `from` to `to`, as CPython merges one set into another (with the
/// hashes `from` kept).
pub(crate) fn set_merge(vm: &mut Vm, to: Value, from: Value) -> PyResult<()> {
    // Into an empty set, CPython copies the layout (as a copy does).
    let copied = match (to.as_obj(), from.as_obj()) {
        (Some(t), Some(f)) if t != f => match vm.heap.get(f) {
            Object::Set { table: other, .. } if set_is_pristine(vm, to) => {
                let mut table = SetTable::new();
                table.merge_into_empty(other);
                Some((t, table))
            }
            _ => None,
        },
        _ => None,
    };
    if let Some((t, table)) = copied {
        for k in table.keys() {
            vm.incref(k);
        }
        if let Object::Set { table: mine, .. } = vm.heap.get_mut(t) {
            *mine = table;
        }
        return Ok(());
    }
    let extra = set_len(vm, from);
    if let Some(Object::Set { table, .. }) = to.as_obj().map(|id| vm.heap.get_mut(id)) {
        table.reserve_for_merge(extra);
    }
    for_each_entry(vm, from, |vm, h, k| vm.set_add_hashed(to, k, h))
}

/// Calls `f` with each key of a set and its stored hash, in table order, each key held while
/// `f` runs (which may change the set); stops at the first error.
pub(crate) fn for_each_entry(
    vm: &mut Vm,
    s: Value,
    mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<()>,
) -> PyResult<()> {
    let mut entries = held_entries(vm, s).into_iter();
    let mut r = Ok(());
    for (h, k) in entries.by_ref() {
        r = f(vm, h, k);
        vm.decref(k);
        if r.is_err() {
            break;
        }
    }
    entries.for_each(|(_, k)| vm.decref(k));
    r
}

/// Whether every key of the set `a` is in the set `b` (CPython's `set_issubset`).
pub fn set_is_subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if set_len(vm, a) > set_len(vm, b) {
        return Ok(false);
    }
    let mut all = true;
    let r = for_each_entry(vm, a, |vm, h, k| {
        if all && !vm.set_contains_hashed(b, k, h)? {
            all = false;
        }
        Ok(())
    });
    r.map(|()| all)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` (and the in-place forms) in CPython's order of work,
/// which decides the order the result iterates in.
pub fn set_op(vm: &mut Vm, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    let frozen = matches!(a.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { frozen: true, .. }));
    let inplace = inplace && !frozen;
    match op {
        BinOp::Or => {
            let r = if inplace { vm.share(a) } else { set_copy_of(vm, a, frozen) };
            set_merge(vm, r, b)?;
            Ok(r)
        }
        BinOp::And => {
            let (big, small) = if set_len(vm, b) > set_len(vm, a) { (b, a) } else { (a, b) };
            let r = vm.alloc(Object::Set { table: SetTable::new(), frozen });
            // With the hashes the sets kept: CPython calls no `__hash__` here.
            let found = for_each_entry(vm, small, |vm, h, k| {
                if vm.set_contains_hashed(big, k, h)? {
                    vm.set_add_hashed(r, k, h)?;
                }
                Ok(())
            });
            if let Err(e) = found {
                vm.decref(r);
                return Err(e);
            }
            if inplace {
                replace_table(vm, a, r);
                vm.decref(r);
                return Ok(vm.share(a));
            }
            Ok(r)
        }
        BinOp::Sub => {
            if inplace {
                set_difference_update(vm, a, b)?;
                return Ok(vm.share(a));
            }
            if set_len(vm, a) >> 2 > set_len(vm, b) {
                let r = set_copy_of(vm, a, frozen);
                set_difference_update(vm, r, b).map(|()| r)
            } else {
                let r = vm.alloc(Object::Set { table: SetTable::new(), frozen });
                let kept = for_each_entry(vm, a, |vm, h, k| {
                    if !vm.set_contains_hashed(b, k, h)? {
                        vm.set_add_hashed(r, k, h)?;
                    }
                    Ok(())
                });
                kept.map(|()| r)
            }
        }
        _ => {
            // Symmetric difference: a copy of the other set, updated with this one's keys.
            let (r, other) = if inplace { (vm.share(a), b) } else { (set_copy_of(vm, b, frozen), a) };
            match set_symmetric_difference_update(vm, r, other) {
                Ok(()) => Ok(r),
                Err(e) => {
                    vm.decref(r);
                    Err(e)
                }
            }
        }
    }
}

/// A set whose table never held a key (no dummies): CPython merges into it by copying.
fn set_is_pristine(vm: &Vm, s: Value) -> bool {
    matches!(s.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { table, .. }) if table.is_pristine())
}

pub(crate) fn is_set(vm: &Vm, v: Value) -> bool {
    matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { .. }))
}

/// The keys of a set with their hashes, each held (the caller releases them).
fn held_entries(vm: &mut Vm, s: Value) -> Vec<(i64, Value)> {
    let entries: Vec<(i64, Value)> = match s.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Set { table, .. }) => table.entries().collect(),
        _ => Vec::new(),
    };
    for &(_, k) in &entries {
        vm.incref(k);
    }
    entries
}

/// Calls `f` with each item of an iterable (owned by `f`), as they come, until it is exhausted,
/// `f` fails, or `f` returns false (the rest of the iterable is then never asked for).
pub(crate) fn for_each_item(
    vm: &mut Vm,
    it: Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let it = vm.get_iter(it)?;
    let r = loop {
        match vm.next(it) {
            Ok(Some(item)) => match f(vm, item) {
                Ok(true) => {}
                Ok(false) => break Ok(()),
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    vm.decref(it);
    r
}

/// Empties a set, releasing its keys in table order (CPython's `set_clear_internal`).
pub fn set_clear(vm: &mut Vm, s: Value) {
    let keys = match s.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Set { table, .. }) => table.drain(),
        _ => Vec::new(),
    };
    for k in keys {
        vm.decref(k);
    }
}

/// `s -= other`, `s.difference_update(other)`: each key of `other` in its order is discarded
/// from `s` (and released there at once), then the table is rebuilt if dummies crowd it.
pub fn set_difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s.is(other) {
        set_clear(vm, s);
        return Ok(());
    }
    if is_set(vm, other) {
        // CPython's shortcut for a much larger other set: only the keys the two share.
        let other = if set_len(vm, other) >> 3 > set_len(vm, s) {
            set_op(vm, s, other, BinOp::And, false)?
        } else {
            vm.share(other)
        };
        let r = for_each_entry(vm, other, |vm, h, k| vm.set_discard_hashed(s, k, h).map(drop));
        vm.decref(other);
        r?;
    } else {
        for_each_item(vm, other, |vm, key| {
            let r = vm.set_discard(s, key);
            vm.decref(key);
            r.map(|_| true)
        })?;
    }
    if let Some(Object::Set { table, .. }) = s.as_obj().map(|id| vm.heap.get_mut(id)) {
        table.drop_dummies();
    }
    Ok(())
}

/// `a & other` for any iterable `other`, as CPython's `set_intersection`: a new set of the keys
/// found in both (taken from `other` when it is not a set).
pub(crate) fn set_intersection_with(vm: &mut Vm, a: Value, other: Value) -> PyResult<Value> {
    let frozen = matches!(a.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { frozen: true, .. }));
    if a.is(other) {
        return Ok(set_copy_of(vm, a, frozen));
    }
    if is_set(vm, other) {
        return set_op(vm, a, other, BinOp::And, false);
    }
    let r = vm.alloc(Object::Set { table: SetTable::new(), frozen });
    let found = for_each_item(vm, other, |vm, key| {
        // One hash for both the lookup and the insertion, as CPython.
        let r = vm.hash(key).and_then(|h| match vm.set_contains_hashed(a, key, h) {
            Ok(true) => vm.set_add_hashed(r, key, h),
            Ok(false) => Ok(()),
            Err(e) => Err(e),
        });
        vm.decref(key);
        r.map(|()| true)
    });
    if let Err(e) = found {
        vm.decref(r);
        return Err(e);
    }
    Ok(r)
}

/// `s.intersection_update(*others)`: the intersection is built apart, then becomes the set's
/// table and the old one is released (in its table order).
pub fn set_intersection_update(vm: &mut Vm, s: Value, others: &[Value]) -> PyResult<()> {
    let mut result = if others.is_empty() { set_copy_of(vm, s, false) } else { vm.share(s) };
    for &other in others {
        let next = set_intersection_with(vm, result, other);
        vm.decref(result);
        result = next?;
    }
    replace_table(vm, s, result);
    vm.decref(result);
    Ok(())
}

/// `s.symmetric_difference_update(other)`: each key of `other` (made a set first, unless it is
/// one or a dict) is discarded from `s` if there, added otherwise.
pub fn set_symmetric_difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s.is(other) {
        set_clear(vm, s);
        return Ok(());
    }
    let entries = match other.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Dict(t)) => {
            let entries: Vec<(i64, Value)> = t.iter().map(|(_, e)| (e.hash, e.key)).collect();
            for &(_, k) in &entries {
                vm.incref(k);
            }
            entries
        }
        Some(Object::Set { .. }) => held_entries(vm, other),
        _ => {
            let tmp = vm.alloc(Object::Set { table: SetTable::new(), frozen: false });
            let built = for_each_item(vm, other, |vm, key| {
                let r = vm.set_add(tmp, key);
                vm.decref(key);
                r.map(|()| true)
            });
            let entries = held_entries(vm, tmp);
            vm.decref(tmp);
            if let Err(e) = built {
                entries.into_iter().for_each(|(_, k)| vm.decref(k));
                return Err(e);
            }
            entries
        }
    };
    let mut entries = entries.into_iter();
    let mut r = Ok(());
    for (h, k) in entries.by_ref() {
        r = match vm.set_discard_hashed(s, k, h) {
            Ok(true) => Ok(()),
            Ok(false) => vm.set_add_hashed(s, k, h),
            Err(e) => Err(e),
        };
        vm.decref(k);
        if r.is_err() {
            break;
        }
    }
    entries.for_each(|(_, k)| vm.decref(k));
    r
}

/// Gives `target` the table of `source` (CPython's `set_swap_bodies`, one way).
fn replace_table(vm: &mut Vm, target: Value, source: Value) {
    let new = match source.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Set { table, .. }) => std::mem::take(table),
        _ => return,
    };
    let old = match target.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Set { table, .. }) => std::mem::replace(table, new),
        _ => return,
    };
    for k in old.keys() {
        vm.decref(k);
    }
}

/// Set comparisons as CPython's `set_richcompare`: sizes first, then one subset test (so the
/// `__eq__` calls are CPython's).
pub fn set_compare(vm: &mut Vm, a: Value, b: Value, op: CmpKind) -> PyResult<bool> {
    let (la, lb) = (set_len(vm, a), set_len(vm, b));
    Ok(match op {
        CmpKind::Eq => la == lb && set_is_subset(vm, a, b)?,
        CmpKind::Ne => !(la == lb && set_is_subset(vm, a, b)?),
        CmpKind::Le => set_is_subset(vm, a, b)?,
        CmpKind::Lt => la < lb && set_is_subset(vm, a, b)?,
        CmpKind::Ge => set_is_subset(vm, b, a)?,
        CmpKind::Gt => la > lb && set_is_subset(vm, b, a)?,
    })
}

/// The next item of every iterator, or `None` as soon as one is exhausted.
fn next_of_each(vm: &mut Vm, iters: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut items = Vec::with_capacity(iters.len());
    for &it in iters {
        match vm.next(it) {
            Ok(Some(v)) => items.push(v),
            other => {
                for i in items {
                    vm.decref(i);
                }
                return other.map(|_| None);
            }
        }
    }
    Ok(Some(items))
}

/// `next()` for the iterators that call Python code (enumerate, zip, map, filter, ...).
pub fn iter_next_complex(vm: &mut Vm, id: ObjId) -> PyResult<Result<Value, Value>> {
    enum Plan {
        Enumerate(Value, Value),
        Zip(Vec<Value>),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
    }
    let plan = match vm.heap.get(id) {
        Object::Iter(Iter::Enumerate { inner, count }) => Plan::Enumerate(*inner, *count),
        Object::Iter(Iter::Zip { inners }) => Plan::Zip(inners.clone()),
        Object::Iter(Iter::Map { func, inners }) => Plan::Map(*func, inners.clone()),
        Object::Iter(Iter::Filter { func, inner }) => Plan::Filter(*func, *inner),
        Object::Iter(Iter::Callable { func, sentinel }) => Plan::Callable(*func, *sentinel),
        _ => return Ok(Err(Value::None)),
    };
    match plan {
        Plan::Enumerate(inner, count) => match vm.next(inner)? {
            Some(v) => {
                let next = vm.binary_op(count, Value::Int(1), BinOp::Add, false)?;
                let old = match vm.heap.get_mut(id) {
                    Object::Iter(Iter::Enumerate { count, .. }) => std::mem::replace(count, next),
                    _ => Value::None,
                };
                Ok(Ok(vm.new_tuple(vec![old, v])))
            }
            None => Ok(Err(Value::None)),
        },
        Plan::Zip(inners) => match next_of_each(vm, &inners)? {
            Some(items) if !items.is_empty() => Ok(Ok(vm.new_tuple(items))),
            _ => Ok(Err(Value::None)),
        },
        Plan::Map(func, inners) => {
            let Some(items) = next_of_each(vm, &inners)? else { return Ok(Err(Value::None)) };
            let r = vm.call(func, &items, &[]);
            for i in items {
                vm.decref(i);
            }
            Ok(Ok(r?))
        }
        Plan::Filter(func, inner) => loop {
            let Some(v) = vm.next(inner)? else { return Ok(Err(Value::None)) };
            let keep = if func == Value::None {
                vm.truthy(v)
            } else {
                match vm.call(func, &[v], &[]) {
                    Ok(r) => {
                        let t = vm.truthy(r);
                        vm.decref(r);
                        t
                    }
                    Err(e) => Err(e),
                }
            };
            match keep {
                Ok(true) => return Ok(Ok(v)),
                Ok(false) => vm.decref(v),
                Err(e) => {
                    vm.decref(v);
                    return Err(e);
                }
            }
        },
        Plan::Callable(func, sentinel) => {
            let v = vm.call(func, &[], &[])?;
            if vm.eq(v, sentinel)? {
                vm.decref(v);
                return Ok(Err(Value::None));
            }
            Ok(Ok(v))
        }
    }
}
