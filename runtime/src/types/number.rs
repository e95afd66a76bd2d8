//! The binary operators of the builtin types (CPython's `nb_*` and `sq_repeat` slots): numbers,
//! sequence repetition, `str % args`, set algebra and dict union. The VM calls `binary` through
//! `Slots::binary` before it tries dunder methods.

use super::complex::complex_op;
use super::float::float_op;
use super::int::int_op;
use crate::object::code::BinOp;
use crate::object::exc_kind::ExcKind;
use crate::object::{DictIterKind, Object};
use crate::value::{ObjId, Value};
use crate::vm::number::{Num, num_to_f64};
use crate::vm::{PyResult, Vm};

pub fn binary(vm: &mut Vm, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult<Option<Value>> {
    if op == BinOp::Or
        && let Some(r) = super::generic_alias::union_or(vm, a, b)?
    {
        return Ok(Some(r));
    }
    if (vm.is_complex(a) || vm.is_complex(b))
        && let (Some(x), Some(y)) = (vm.as_complex(a), vm.as_complex(b))
    {
        return complex_op(vm, x, y, op);
    }
    let a_user = matches!(a.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
    let b_user = matches!(b.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)));
    if !a_user
        && !b_user
        && let (Some(x), Some(y)) = (vm.as_num(a), vm.as_num(b))
    {
        // A float has no bitwise operators: the protocol's TypeError names the real types.
        let bitwise =
            matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul);
        if bitwise && (matches!(x, Num::Float(_)) || matches!(y, Num::Float(_))) {
            return Ok(None);
        }
        return numeric(vm, x, y, op).map(Some);
    }
    // A builtin number on the left takes an instance of a subclass of a number it accepts
    // (`1.5 + G(2)` with `class G(int)` is float's own sum; G's `__radd__` is not asked unless
    // G derives from the left operand's type, which the generic dispatch handles).
    if !a_user
        && b_user
        && !vm.is_subtype(vm.type_of(b), vm.type_of(a))
        && let Some(r) = left_number_takes_subclass(vm, a, b, op)?
    {
        return Ok(Some(r));
    }
    // A keys or items view on the right of a set operator: the view's `__rand__` and friends
    // make sets of both sides (`{'a'} & d.keys()`, `['x'] - d.keys()`).
    if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) && !a_user && is_set_view(vm, b) {
        return view_set_op(vm, a, b, op).map(Some);
    }
    let (Value::Obj(ia), bv) = (a, b) else {
        // int * str and friends.
        if op == BinOp::Mul
            && is_repeatable(vm, b)
            && let Some(n) = repeat_count(vm, a)?
        {
            return repeat(vm, b, n, false).map(Some);
        }
        return Ok(None);
    };
    if op == BinOp::Mul && is_repeatable(vm, a) {
        if let Some(n) = repeat_count(vm, bv)? {
            return repeat(vm, a, n, inplace).map(Some);
        }
    } else if op == BinOp::Mul
        && is_repeatable(vm, bv)
        && let Some(n) = repeat_count(vm, a)?
    {
        // A big int on the left: `2**70 * 'a'`.
        return repeat(vm, bv, n, false).map(Some);
    }
    match (vm.heap.get(ia), op) {
        (Object::Str(x), BinOp::Add) => {
            if let Some(y) = vm.str_of(bv) {
                let s = format!("{}{}", x.s, y);
                return Ok(Some(vm.new_str(s)));
            }
            if !b_user {
                let bn = vm.type_name(bv);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("can only concatenate str (not \"{bn}\") to str"),
                ));
            }
        }
        (Object::Str(_), BinOp::Mod) => {
            let s = super::percent_format::percent_format(vm, a, b)?;
            return Ok(Some(vm.new_str(s)));
        }
        (Object::Bytes(fmt) | Object::ByteArray(fmt), BinOp::Mod) => {
            let array = matches!(vm.heap.get(ia), Object::ByteArray(_));
            let fmt = fmt.clone();
            let out = super::percent_format::percent_format_bytes(vm, &fmt, b)?;
            return Ok(Some(vm.alloc(if array { Object::ByteArray(out) } else { Object::Bytes(out) })));
        }
        (Object::List(x), BinOp::Add) => {
            // In place, only the new items are touched: `l += chunk` in a loop is linear.
            if !inplace && let Some(Object::List(y)) = bv.as_obj().map(|id| vm.heap.get(id)) {
                let items: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                for &v in &items {
                    vm.incref(v);
                }
                return Ok(Some(vm.new_list(items)));
            }
            if inplace {
                let extra = vm.iterate_to_vec(bv)?;
                if let Object::List(l) = vm.heap.get_mut(ia) {
                    l.extend(extra);
                }
                return Ok(Some(vm.share(a)));
            }
            // A class's reflected `__radd__` has its turn first (`[8] + UserList(...)`).
            if !b_user {
                let bn = vm.type_name(bv);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("can only concatenate list (not \"{bn}\") to list"),
                ));
            }
        }
        (Object::Tuple(x), BinOp::Add) => {
            if let Some(Object::Tuple(y)) = bv.as_obj().map(|id| vm.heap.get(id)) {
                let items: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                for &v in &items {
                    vm.incref(v);
                }
                return Ok(Some(vm.new_tuple(items)));
            }
        }
        (Object::Bytes(_) | Object::ByteArray(_), BinOp::Add) => return bytes_concat(vm, a, bv, inplace),
        (Object::Array(_), BinOp::Add) => return super::array_ops::concat(vm, a, bv, inplace),
        (
            Object::DictView { kind: DictIterKind::Keys | DictIterKind::Items, .. },
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
        ) => {
            return view_set_op(vm, a, bv, op).map(Some);
        }
        (Object::Set { .. }, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if matches!(bv.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { .. })) {
                return crate::types::set::set_op(vm, a, b, op, inplace).map(Some);
            }
        }
        // `d |= x` takes whatever `d.update(x)` takes; `d | x` only another dict.
        (Object::Dict(_), BinOp::Or) if inplace => {
            vm.dict_update(a, b)?;
            return Ok(Some(vm.share(a)));
        }
        (Object::Dict(_), BinOp::Or) => {
            if matches!(bv.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_))) {
                let d = vm.dict_copy(a)?;
                vm.dict_update(d, bv)?;
                return Ok(Some(d));
            }
        }
        _ => {}
    }
    Ok(None)
}

/// `bytes + x` and `bytearray + x` with any bytes-like `x`: the result is of the left
/// operand's type, and `bytearray +=` extends the array itself. `None` leaves another
/// operand to its `__radd__` (the VM words the error when that declines too).
fn bytes_concat(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
    let Some(right) = super::bytes::bytes_of(vm, vm.payload(b)) else { return Ok(None) };
    let Some(id) = a.as_obj() else { return Ok(None) };
    let left_len = match vm.heap.get(id) {
        Object::Bytes(x) | Object::ByteArray(x) => x.len(),
        _ => 0,
    };
    if inplace && !right.is_empty() && matches!(vm.heap.get(id), Object::ByteArray(_)) {
        vm.check_resizable(id)?;
    }
    if inplace && let Object::ByteArray(x) = vm.heap.get_mut(id) {
        x.extend_from_slice(&right);
        return Ok(Some(vm.share(a)));
    }
    let mut out = vm.try_vec::<u8>(left_len.saturating_add(right.len()))?;
    match vm.heap.get(id) {
        Object::ByteArray(x) => {
            out.extend_from_slice(x);
            out.extend_from_slice(&right);
            Ok(Some(vm.alloc(Object::ByteArray(out))))
        }
        Object::Bytes(x) => {
            out.extend_from_slice(x);
            out.extend_from_slice(&right);
            Ok(Some(vm.alloc(Object::Bytes(out))))
        }
        _ => Ok(None),
    }
}

/// `a op b` for a builtin int or float `a` and an instance `b` of a subclass of int or float,
/// when `a`'s own method accepts it (int takes ints, float takes ints and floats; float has
/// no bitwise operators); `None` leaves it to the reflected method.
fn left_number_takes_subclass(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let pb = vm.payload(b);
    if vm.is_complex(a) && !pb.is(b) && (vm.is_int(pb) || matches!(pb, Value::Float(_))) {
        let complex_op_ = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow);
        return match (complex_op_, vm.as_complex(a), vm.as_complex(pb)) {
            (true, Some(x), Some(y)) => complex_op(vm, x, y, op),
            _ => Ok(None),
        };
    }
    let left_float = matches!(a, Value::Float(_));
    let right_float = matches!(pb, Value::Float(_));
    let float_op = matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow
    );
    let accepts = if left_float { float_op } else { !right_float && op != BinOp::MatMul };
    if pb.is(b) || !accepts || !(vm.is_int(pb) || right_float) || vm.instance_base(a).is_some() {
        return Ok(None);
    }
    match (vm.as_num(a), vm.as_num(pb)) {
        (Some(x), Some(y)) => numeric(vm, x, y, op).map(Some),
        _ => Ok(None),
    }
}

pub(crate) fn numeric(vm: &mut Vm, x: Num, y: Num, op: BinOp) -> PyResult<Value> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => int_op(vm, a, b, op),
        (x, y) => {
            let a = num_to_f64(&x);
            let b = num_to_f64(&y);
            let (Some(a), Some(b)) = (a, b) else {
                return Err(vm.new_exc(ExcKind::OverflowError, "int too large to convert to float"));
            };
            float_op(vm, a, b, op)
        }
    }
}

/// A str, bytes, bytearray, list, tuple or array (not a subclass): what `*` repeats natively.
pub(crate) fn is_repeatable(vm: &Vm, v: Value) -> bool {
    matches!(
        v.as_obj().map(|id| vm.heap.get(id)),
        Some(
            Object::Str(_)
                | Object::Bytes(_)
                | Object::ByteArray(_)
                | Object::List(_)
                | Object::Tuple(_)
                | Object::Array(_)
        )
    )
}

/// The count of a repetition: an int that fits, CPython's `OverflowError` for one that
/// does not, or `None` for what is not an int.
pub(crate) fn repeat_count(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_))) {
        // An object with `__index__` counts (an int subclass too), unless its own operator
        // methods come first.
        let t = vm.type_of(v);
        if !vm.has_index_method(v)
            || ["__mul__", "__rmul__", "__imul__"].iter().any(|m| vm.has_attr_on_type(t, m) && !vm.is_int(v))
        {
            return Ok(None);
        }
        let n = crate::vm::args::index_arg(vm, v)?;
        return match num_traits::ToPrimitive::to_i64(&n) {
            Some(n) => Ok(Some(n)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.new_exc(
                    ExcKind::OverflowError,
                    &format!("cannot fit '{tn}' into an index-sized integer"),
                ))
            }
        };
    }
    if matches!(v, Value::Obj(_)) && !matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::BigInt(_)))
    {
        return Ok(None);
    }
    match vm.as_i64(v) {
        Some(n) => Ok(Some(n)),
        None if vm.is_int(v) => {
            Err(vm.new_exc(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"))
        }
        None => Ok(None),
    }
}

/// `seq * n` (`inplace`: `seq *= n`, which changes a list or bytearray itself). The size
/// is checked and allocated fallibly first: a script's count must raise CPython's
/// `OverflowError` or `MemoryError`, never abort the process.
pub(crate) fn repeat(vm: &mut Vm, seq: Value, n: i64, inplace: bool) -> PyResult<Value> {
    let n = n.max(0) as usize;
    let id = seq.as_obj().unwrap_or(vm.not_implemented);
    // Items (code points for a str) against CPython's bound, PY_SSIZE_T_MAX.
    let (count, unit) = match vm.heap.get(id) {
        Object::Str(s) => (s.char_len(), s.s.len()),
        Object::Bytes(b) | Object::ByteArray(b) => (b.len(), b.len()),
        Object::List(l) | Object::Tuple(l) => (l.len(), l.len()),
        Object::Array(a) => (a.len(), a.data.len()),
        _ => (0, 0),
    };
    if n > 0 && count > i64::MAX as usize / n {
        return Err(match vm.heap.get(id) {
            Object::Str(_) => vm.new_exc(ExcKind::OverflowError, "repeated string is too long"),
            Object::Bytes(_) => vm.new_exc(ExcKind::OverflowError, "repeated bytes are too long"),
            _ => vm.memory_error(),
        });
    }
    let Some(total) = unit.checked_mul(n) else { return Err(vm.memory_error()) };
    match vm.heap.get(id) {
        Object::Array(_) => super::array_ops::repeat(vm, seq, total, n, inplace),
        Object::Str(_) => {
            let mut out = vm.try_vec::<u8>(total)?;
            if let Object::Str(s) = vm.heap.get(id) {
                fill_repeated(&mut out, s.s.as_bytes(), n);
            }
            let s = String::from_utf8(out).unwrap_or_default();
            Ok(vm.new_str(s))
        }
        Object::Bytes(_) | Object::ByteArray(_) => {
            let mut out = vm.try_vec::<u8>(total)?;
            let is_array = match vm.heap.get(id) {
                Object::Bytes(b) => {
                    fill_repeated(&mut out, b, n);
                    false
                }
                Object::ByteArray(b) => {
                    fill_repeated(&mut out, b, n);
                    true
                }
                _ => false,
            };
            if inplace && is_array {
                if out.len() != len_now(vm, id) {
                    vm.check_resizable(id)?;
                }
                if let Object::ByteArray(b) = vm.heap.get_mut(id) {
                    *b = out;
                }
                return Ok(vm.share(seq));
            }
            Ok(vm.alloc(if is_array { Object::ByteArray(out) } else { Object::Bytes(out) }))
        }
        Object::List(_) | Object::Tuple(_) => {
            let is_list = matches!(vm.heap.get(id), Object::List(_));
            if inplace && is_list && n == 0 {
                // CPython clears the list, releasing its items last to first.
                let items = match vm.heap.get_mut(id) {
                    Object::List(l) => std::mem::take(l),
                    _ => Vec::new(),
                };
                crate::vm::collect::release_in_order(vm, items.into_iter().rev().collect());
                return Ok(vm.share(seq));
            }
            let mut out = vm.try_vec::<Value>(total)?;
            if let Object::List(l) | Object::Tuple(l) = vm.heap.get(id) {
                fill_repeated(&mut out, l, n);
            }
            if inplace && is_list {
                // The list keeps its own references; the copies after them are new ones.
                for &v in &out[count.min(out.len())..] {
                    vm.incref(v);
                }
                if let Object::List(l) = vm.heap.get_mut(id) {
                    *l = out;
                }
                return Ok(vm.share(seq));
            }
            for &v in &out {
                vm.incref(v);
            }
            Ok(if is_list { vm.new_list(out) } else { vm.new_tuple(out) })
        }
        _ => Ok(vm.share(seq)),
    }
}

/// Appends `unit` `n` times to the empty `out`, doubling what is there (`out` has the room).
pub(crate) fn fill_repeated<T: Copy>(out: &mut Vec<T>, unit: &[T], n: usize) {
    if unit.is_empty() || n == 0 {
        return;
    }
    out.extend_from_slice(unit);
    let total = unit.len() * n;
    while out.len() < total {
        let take = (total - out.len()).min(out.len());
        out.extend_from_within(..take);
    }
}

/// The length of a bytes or bytearray.
fn len_now(vm: &Vm, id: ObjId) -> usize {
    match vm.heap.get(id) {
        Object::Bytes(b) | Object::ByteArray(b) => b.len(),
        _ => 0,
    }
}

fn is_set_view(vm: &Vm, v: Value) -> bool {
    matches!(
        v.as_obj().map(|id| vm.heap.get(id)),
        Some(Object::DictView { kind: DictIterKind::Keys | DictIterKind::Items, .. })
    )
}

/// A set operator with a keys or items view on either side, as CPython: both sides' items as
/// sets, combined (the other side must be iterable).
pub(crate) fn view_set_op(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let left = vm.as_set(a)?;
    let right = match vm.as_set(b) {
        Ok(r) => r,
        Err(e) => {
            vm.decref(left);
            return Err(e);
        }
    };
    // `left` may be `a` itself (a set): the result must be new.
    let r = crate::types::set::set_op(vm, left, right, op, false);
    vm.decref(left);
    vm.decref(right);
    r
}
