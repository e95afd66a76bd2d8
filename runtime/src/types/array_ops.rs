//! `array.array` as a sequence: subscripts and slices (get, set, delete), concatenation and
//! repetition, and the dunder methods (for subclasses and explicit calls; the VM handles
//! arrays themselves natively), with CPython's `arraymodule.c` messages.

use super::array::{array_mut, array_ref, as_array, code_of, do_extend, len_of, new_array, this, to_item};
use super::def;
use crate::object::Object;
use crate::object::code::CmpKind;
use crate::object::exc_kind::ExcKind;
use crate::types::slice::{SliceBounds, slice_bounds};
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.array).dict;
    let dunders: &[(&'static str, NativeFn)] = &[
        ("array.__len__", d_len),
        ("array.__getitem__", d_getitem),
        ("array.__setitem__", d_setitem),
        ("array.__delitem__", d_delitem),
        ("array.__contains__", d_contains),
        ("array.__iter__", d_iter),
        ("array.__add__", d_add),
        // The in-place operators give back the instance itself, not the array it is.
        ("array_subclass.__iadd__", d_iadd),
        ("array.__mul__", d_mul),
        ("array.__rmul__", d_mul),
        ("array_subclass.__imul__", d_imul),
        ("array.__eq__", d_eq),
        ("array.__ne__", d_ne),
        ("array.__lt__", d_lt),
        ("array.__le__", d_le),
        ("array.__gt__", d_gt),
        ("array.__ge__", d_ge),
        // These two need the instance itself (its class, its `__dict__`), not the array a
        // subclass's instance is: a name outside the payload types keeps it.
        ("array_subclass.__repr__", d_repr),
        ("array_subclass.__reduce_ex__", d_reduce_ex),
    ];
    for &(name, f) in dunders {
        def(vm, d, name, f);
    }
    vm.dict_set_str(d, "__hash__", Value::None);
}

fn array_id(vm: &Vm, v: Value) -> ObjId {
    v.as_obj().unwrap_or(vm.not_implemented)
}

// ---- Subscripts ----------------------------------------------------------------------------

/// A subscript that is not a slice, as CPython's `array_subscr` reads it: an int (or what has
/// `__index__`), too large being an `IndexError`; `None` for anything else.
fn index_of(vm: &mut Vm, key: Value) -> PyResult<Option<i64>> {
    match key {
        Value::Int(n) => return Ok(Some(n)),
        Value::Bool(b) => return Ok(Some(b.into())),
        _ => {}
    }
    let t = vm.type_of(key);
    if !vm.is_int(key) && !vm.has_attr_on_type(t, "__index__") {
        return Ok(None);
    }
    let b = crate::vm::args::index_arg(vm, key)?;
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(n) => Ok(Some(n)),
        None => Err(vm.new_exc(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer")),
    }
}

fn not_an_index(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::TypeError, "array indices must be integers")
}

/// `a[key]`.
pub(crate) fn getitem(vm: &mut Vm, id: ObjId, key: Value) -> PyResult<Value> {
    if let Some(s) = super::slice::slice_key(vm, key) {
        let b = bounds(vm, id, s)?;
        let (code, data) = match array_ref(vm, id) {
            Some(a) => (a.code, picked_bytes(&a.data, a.itemsize(), b)),
            None => return Ok(Value::None),
        };
        return Ok(new_array(vm, code, data));
    }
    let Some(i) = index_of(vm, key)? else { return Err(not_an_index(vm)) };
    let n = len_of(vm, id) as i64;
    let i = if i < 0 { i + n } else { i };
    match usize::try_from(i).ok().filter(|&i| (i as i64) < n) {
        Some(i) => Ok(vm.array_item(id, i)?.unwrap_or(Value::None)),
        None => Err(vm.new_exc(ExcKind::IndexError, "array index out of range")),
    }
}

/// A slice resolved against the array's length. The slice's `__index__` methods may change
/// the array; CPython resolves against the length after them, so a length that changed meanwhile
/// resolves it again. (The code below also stays within the array whatever the bounds.)
fn bounds(vm: &mut Vm, id: ObjId, s: ObjId) -> PyResult<SliceBounds> {
    let n = len_of(vm, id);
    let b = slice_bounds(vm, s, n)?;
    if len_of(vm, id) == n {
        return Ok(b);
    }
    let n = len_of(vm, id);
    slice_bounds(vm, s, n)
}

/// Item `p`'s bytes, when it is there.
fn item_range(p: usize, size: usize, len: usize) -> Option<std::ops::Range<usize>> {
    let start = p.checked_mul(size)?;
    let end = start.checked_add(size)?;
    (end <= len).then_some(start..end)
}

/// The bytes of the items a slice selects.
fn picked_bytes(data: &[u8], size: usize, b: SliceBounds) -> Vec<u8> {
    if let Some(r) = b.contiguous().filter(|_| b.step == 1) {
        return data.get(r.start * size..r.end * size).unwrap_or_default().to_vec();
    }
    let mut out = Vec::with_capacity(b.len * size);
    for p in b.positions() {
        if let Some(r) = item_range(p, size, data.len()) {
            out.extend_from_slice(&data[r]);
        }
    }
    out
}

/// `seq[key] = value` for a list, an array or a bytearray (the VM's `Slots::sequence_setitem`).
pub(crate) fn sequence_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let id = array_id(vm, obj);
    if matches!(vm.heap.get(id), Object::ByteArray(_)) {
        return super::bytearray::setitem(vm, id, key, value);
    }
    if !matches!(vm.heap.get(id), Object::Array(_)) {
        return super::list::list_setitem(vm, obj, key, value);
    }
    if let Some(s) = super::slice::slice_key(vm, key) {
        let b = bounds(vm, id, s)?;
        return assign_slice(vm, id, b, Some(value));
    }
    let Some(i) = index_of(vm, key)? else { return Err(not_an_index(vm)) };
    let i = checked_position(vm, id, i)?;
    let item = to_item(vm, code_of(vm, id), value)?;
    if let Some(a) = array_mut(vm, id) {
        a.put(i, item);
    }
    Ok(())
}

/// `del seq[key]` for a list, an array or a bytearray (the VM's `Slots::sequence_delitem`).
pub(crate) fn sequence_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let id = array_id(vm, obj);
    if matches!(vm.heap.get(id), Object::ByteArray(_)) {
        return super::bytearray::delitem(vm, id, key);
    }
    if !matches!(vm.heap.get(id), Object::Array(_)) {
        return super::list::list_delitem(vm, obj, key);
    }
    let b = match super::slice::slice_key(vm, key) {
        Some(s) => bounds(vm, id, s)?,
        None => {
            let Some(i) = index_of(vm, key)? else { return Err(not_an_index(vm)) };
            let i = checked_position(vm, id, i)? as i64;
            SliceBounds { start: i, stop: i + 1, step: 1, len: 1 }
        }
    };
    assign_slice(vm, id, b, None)
}

/// An index for assignment or deletion, in range.
fn checked_position(vm: &mut Vm, id: ObjId, i: i64) -> PyResult<usize> {
    let n = len_of(vm, id) as i64;
    let i = if i < 0 { i + n } else { i };
    match usize::try_from(i).ok().filter(|&i| (i as i64) < n) {
        Some(i) => Ok(i),
        None => Err(vm.new_exc(ExcKind::IndexError, "array assignment index out of range")),
    }
}

/// `a[slice] = value` (`None`: `del a[slice]`), as CPython's `array_ass_subscr`: the value must
/// be an array of the same type code; an empty one deletes even an extended slice.
fn assign_slice(vm: &mut Vm, id: ObjId, b: SliceBounds, value: Option<Value>) -> PyResult<()> {
    let data = match value {
        None => Vec::new(),
        Some(v) => match as_array(vm, v) {
            // `a[i:j] = a` reads a copy of `a`.
            Some(src) => {
                if code_of(vm, src) != code_of(vm, id) {
                    return Err(vm.new_exc(ExcKind::TypeError, "bad argument type for built-in operation"));
                }
                array_ref(vm, src).map(|a| a.data.clone()).unwrap_or_default()
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("can only assign array (not \"{tn}\") to array slice"),
                ));
            }
        },
    };
    let size = code_of(vm, id).itemsize();
    let needed = data.len() / size;
    // An assignment that would change the size fails before it changes anything (CPython's
    // issue 4509), even an empty deletion.
    if needed == 0 || needed != b.len {
        vm.check_array_resizable(id)?;
    }
    if b.step == 1 {
        // For `a[2:1] = ...` the insertion point is the start.
        if let Some(a) = array_mut(vm, id) {
            let n = a.len();
            let lo = (b.start.max(0) as usize).min(n);
            let hi = (b.stop.max(b.start).max(0) as usize).clamp(lo, n);
            a.data.splice(lo * size..hi * size, data);
        }
        return Ok(());
    }
    if needed == 0 {
        if let Some(a) = array_mut(vm, id) {
            let mut drop = vec![false; a.len()];
            for p in b.positions() {
                if let Some(d) = drop.get_mut(p) {
                    *d = true;
                }
            }
            let mut k = 0;
            a.data = std::mem::take(&mut a.data)
                .chunks_exact(size)
                .filter(|_| {
                    k += 1;
                    !drop[k - 1]
                })
                .flatten()
                .copied()
                .collect();
        }
        return Ok(());
    }
    if needed != b.len {
        return Err(vm.new_exc(
            ExcKind::ValueError,
            &format!("attempt to assign array of size {needed} to extended slice of size {}", b.len),
        ));
    }
    if let Some(a) = array_mut(vm, id) {
        for (k, p) in b.positions().enumerate() {
            if let Some(r) = item_range(p, size, a.data.len()) {
                a.data[r].copy_from_slice(&data[k * size..(k + 1) * size]);
            }
        }
    }
    Ok(())
}

// ---- Operators -----------------------------------------------------------------------------

/// `a + b` and `a += b` (CPython's `sq_concat` and `sq_inplace_concat`). `None` leaves an
/// instance of a class of the script's to its `__radd__`; the VM then words the error.
pub(crate) fn concat(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
    let id = array_id(vm, a);
    let Some(other) = as_array(vm, b) else {
        if matches!(b.as_obj().map(|x| vm.heap.get(x)), Some(Object::Instance(_))) {
            return Ok(None);
        }
        let tn = vm.type_name(b);
        let msg = if inplace {
            format!("can only extend array with array (not \"{tn}\")")
        } else {
            format!("can only append array (not \"{tn}\") to array")
        };
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    };
    if inplace {
        do_extend(vm, id, b)?;
        return Ok(Some(vm.share(a)));
    }
    let code = code_of(vm, id);
    if code_of(vm, other) != code {
        return Err(vm.new_exc(ExcKind::TypeError, "bad argument type for built-in operation"));
    }
    let (la, lb) =
        (array_ref(vm, id).map_or(0, |x| x.data.len()), array_ref(vm, other).map_or(0, |x| x.data.len()));
    let mut out = vm.try_vec::<u8>(la.saturating_add(lb))?;
    for src in [id, other] {
        if let Some(x) = array_ref(vm, src) {
            out.extend_from_slice(&x.data);
        }
    }
    Ok(Some(new_array(vm, code, out)))
}

/// `a * n` and `a *= n`: `total` bytes (checked by the caller), the items `n` times over.
pub(crate) fn repeat(vm: &mut Vm, seq: Value, total: usize, n: usize, inplace: bool) -> PyResult<Value> {
    let id = array_id(vm, seq);
    let mut out = vm.try_vec::<u8>(total)?;
    let code = match array_ref(vm, id) {
        Some(a) => {
            super::number::fill_repeated(&mut out, &a.data, n);
            a.code
        }
        None => return Ok(vm.share(seq)),
    };
    if inplace {
        if array_ref(vm, id).is_some_and(|a| a.data.len() != out.len()) {
            vm.check_array_resizable(id)?;
        }
        if let Some(a) = array_mut(vm, id) {
            a.data = out;
        }
        return Ok(vm.share(seq));
    }
    Ok(new_array(vm, code, out))
}

// ---- Dunder methods ------------------------------------------------------------------------

/// The argument count of a slot wrapper (`a.__len__()`, `a.__getitem__(i)`), with CPython's
/// message.
fn slot_args(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    Err(vm.new_exc(ExcKind::TypeError, &format!("expected {n} argument{s}, got {given}")))
}

fn d_len(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "__len__")?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(len_of(vm, id) as i64))
}

fn d_getitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "__getitem__")?;
    slot_args(vm, args, 1)?;
    getitem(vm, id, args[1])
}

fn d_setitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "__setitem__")?;
    slot_args(vm, args, 2)?;
    sequence_setitem(vm, args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "__delitem__")?;
    slot_args(vm, args, 1)?;
    sequence_delitem(vm, args[0], args[1])?;
    Ok(Value::None)
}

fn d_contains(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "__contains__")?;
    slot_args(vm, args, 1)?;
    Ok(Value::Bool(vm.contains(args[0], args[1])?))
}

fn d_iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    slot_args(vm, args, 0)?;
    vm.get_iter(args[0])
}

fn not_implemented(vm: &mut Vm) -> Value {
    let ni = Value::Obj(vm.not_implemented);
    vm.share(ni)
}

fn d_add(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "__add__")?;
    slot_args(vm, args, 1)?;
    Ok(concat(vm, args[0], args[1], false)?.unwrap_or_else(|| not_implemented(vm)))
}

fn d_iadd(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this_any(vm, args, "__iadd__")?;
    slot_args(vm, args, 1)?;
    match concat(vm, Value::Obj(id), args[1], true)? {
        Some(r) => {
            vm.decref(r);
            Ok(vm.share(args[0]))
        }
        None => Ok(not_implemented(vm)),
    }
}

/// The count of `__mul__` and `__imul__` called as methods (CPython's slot wrappers read it
/// with `PyNumber_AsSsize_t`).
fn count_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let b = crate::vm::args::index_arg(vm, v)?;
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(vm.new_exc(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")),
    }
}

fn repeat_by(vm: &mut Vm, id: ObjId, count: Value, inplace: bool) -> PyResult<Value> {
    let n = count_arg(vm, count)?;
    let unit = array_ref(vm, id).map_or(0, |a| a.data.len());
    let Some(total) = unit.checked_mul(n) else { return Err(vm.memory_error()) };
    repeat(vm, Value::Obj(id), total, n, inplace)
}

fn d_mul(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this(vm, args, "__mul__")?;
    slot_args(vm, args, 1)?;
    repeat_by(vm, id, args[1], false)
}

fn d_imul(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this_any(vm, args, "__imul__")?;
    slot_args(vm, args, 1)?;
    let r = repeat_by(vm, id, args[1], true)?;
    vm.decref(r);
    Ok(vm.share(args[0]))
}

/// A comparison dunder: `NotImplemented` unless both operands are arrays (as CPython's
/// `array_richcompare`).
fn cmp(vm: &mut Vm, args: &[Value], name: &str, op: CmpKind) -> PyResult<Value> {
    this(vm, args, name)?;
    slot_args(vm, args, 1)?;
    match (as_array(vm, args[0]), as_array(vm, args[1])) {
        (Some(a), Some(b)) => vm.compare(Value::Obj(a), Value::Obj(b), op),
        _ => Ok(not_implemented(vm)),
    }
}

fn d_eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, "__eq__", CmpKind::Eq)
}

fn d_ne(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, "__ne__", CmpKind::Ne)
}

fn d_lt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, "__lt__", CmpKind::Lt)
}

fn d_le(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, "__le__", CmpKind::Le)
}

fn d_gt(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, "__gt__", CmpKind::Gt)
}

fn d_ge(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    cmp(vm, args, "__ge__", CmpKind::Ge)
}

/// The array of a method that receives the instance itself (an array, or an instance of a
/// subclass).
fn this_any(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjId> {
    match args.first().and_then(|&v| as_array(vm, v)) {
        Some(id) => Ok(id),
        None => this(vm, args, name),
    }
}

/// `repr()` of an instance of a subclass: the class's name, then the array's items.
fn d_repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this_any(vm, args, "__repr__")?;
    slot_args(vm, args, 0)?;
    let cls = vm.type_of(args[0]);
    let name = vm.type_obj(cls).name.to_string();
    let text = array_ref(vm, id).map(|a| a.repr(&name));
    match text {
        Some(Ok(s)) => Ok(vm.new_str(s)),
        Some(Err(c)) => Err(vm.code_point_error(c)),
        None => Ok(vm.new_str("")),
    }
}

/// `__reduce_ex__(protocol)`: `(cls, (typecode, items), state)` before protocol 3, then
/// `(array._array_reconstructor, (cls, typecode, mformat_code, bytes), state)`; the state is
/// the instance's `__dict__`, `None` without one.
fn d_reduce_ex(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let id = this_any(vm, args, "__reduce_ex__")?;
    let given = args.len() - 1;
    if given > 1 {
        let n = given + kwargs.len();
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("__reduce_ex__() takes at most 1 argument ({n} given)"))
        );
    }
    if given < 1 || !kwargs.is_empty() {
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("__reduce_ex__() takes exactly 1 positional argument ({given} given)"),
        ));
    }
    if !vm.is_int(args[1]) {
        return Err(vm.new_exc(ExcKind::TypeError, "__reduce_ex__ argument should be an integer"));
    }
    let Some(protocol) = vm.as_i64(vm.payload(args[1])) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "Python int too large to convert to C long"));
    };
    let state = match args[0].as_obj().map(|x| vm.heap.get(x)) {
        Some(Object::Instance(_)) => vm.getattr_str(args[0], "__dict__").unwrap_or(Value::None),
        _ => Value::None,
    };
    let cls = vm.type_of(args[0]);
    vm.incref(Value::Obj(cls));
    let code = code_of(vm, id);
    let tc = vm.new_str(code.char().to_string());
    let reconstructor = vm
        .module_dict("array")
        .and_then(|d| vm.dict_get_str(d, "_array_reconstructor"))
        .filter(|_| protocol >= 3);
    let (func, fargs) = match reconstructor {
        Some(f) => {
            let f = vm.share(f);
            let data = array_ref(vm, id).map(|a| a.data.clone()).unwrap_or_default();
            let b = vm.alloc(Object::Bytes(data));
            let mf = Value::Int(super::array::mformat_code(code));
            (f, vm.new_tuple(vec![Value::Obj(cls), tc, mf, b]))
        }
        None => {
            let items = match super::array::values_of(vm, id) {
                Ok(items) => items,
                Err(e) => {
                    vm.decref(tc);
                    vm.decref(state);
                    vm.decref(Value::Obj(cls));
                    return Err(e);
                }
            };
            let list = vm.new_list(items);
            (Value::Obj(cls), vm.new_tuple(vec![tc, list]))
        }
    };
    Ok(vm.new_tuple(vec![func, fargs, state]))
}
