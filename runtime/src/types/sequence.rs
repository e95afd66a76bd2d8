//! What list, tuple, str, bytes and range share as sequences: subscripts and slices,
//! `index` and `count`.

use super::arity;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::types::slice::slice_bounds;
use crate::value::{ObjId, Value};
use crate::vm::args::norm_index;
use crate::vm::{PyResult, Vm};

pub(crate) fn seq_index(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "index", &args[1..], 1, 3)?;
    let items = items_of(vm, args[0]);
    let len = items.len() as i64;
    // `start` and `stop` as a slice reads them: through `__index__`, negatives from the end,
    // then cut to the sequence.
    let mut bound = |k: usize, default: i64| -> PyResult<usize> {
        let Some(&v) = args.get(k) else { return Ok(default as usize) };
        if !vm.is_int(v) && !vm.has_index_method(v) {
            let msg = "slice indices must be integers or have an __index__ method";
            return Err(vm.new_exc(ExcKind::TypeError, msg));
        }
        let n = crate::vm::args::index_arg(vm, v)?;
        let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(if n.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
        Ok(if n < 0 { n.saturating_add(len).max(0) } else { n.min(len) } as usize)
    };
    let start = bound(2, 0)?;
    let stop = bound(3, len)?;
    for (i, item) in items.into_iter().enumerate().take(stop).skip(start) {
        if item.is(args[1]) || vm.eq(item, args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let is_list = matches!(vm.heap.get(list_id(vm, args[0])), Object::List(_));
    if is_list {
        let r = vm.repr(args[1])?;
        Err(vm.new_exc(ExcKind::ValueError, &format!("{r} is not in list")))
    } else {
        Err(vm.new_exc(ExcKind::ValueError, "tuple.index(x): x not in tuple"))
    }
}

pub(crate) fn seq_count(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    arity(vm, "count", &args[1..], 1, 1)?;
    let mut n = 0;
    for item in items_of(vm, args[0]) {
        if item.is(args[1]) || vm.eq(item, args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub(crate) fn index_error(vm: &mut Vm, what: &str) -> ObjId {
    vm.new_exc(ExcKind::IndexError, &format!("{what} index out of range"))
}

pub(crate) fn sequence_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let id = obj.as_obj().unwrap_or(vm.not_implemented);
    match vm.heap.get(id) {
        Object::Array(_) => return super::array_ops::getitem(vm, id, key),
        Object::LongRange(_) => return super::range::long_getitem(vm, id, key),
        // A range's slice is arithmetic on its bounds, in big integers: a slice may hold any int.
        Object::Range { .. } if super::slice::slice_key(vm, key).is_some() => {
            return super::range::long_getitem(vm, id, key);
        }
        _ => {}
    }
    let slice = super::slice::slice_key(vm, key);
    // Sizes first, so that the object is read in place below (copying it per subscript made
    // a loop over `seq[i]` quadratic).
    let (len, what) = match vm.heap.get(id) {
        Object::List(items) => (items.len(), "list"),
        Object::Tuple(items) => (items.len(), "tuple"),
        Object::Str(s) => (s.char_len(), "string"),
        Object::Bytes(b) | Object::ByteArray(b) => (b.len(), "byte"),
        Object::Range { start, stop, step } => {
            (crate::vm::sequence::range_len(*start, *stop, *step) as usize, "range")
        }
        _ => return Err(vm.new_exc(ExcKind::TypeError, "object is not subscriptable")),
    };
    if let Some(s) = slice {
        let b = slice_bounds(vm, s, len)?;
        // An immutable sequence sliced whole is itself, as in CPython.
        if b.step == 1
            && b.len == len
            && matches!(vm.heap.get(id), Object::Tuple(_) | Object::Str(_) | Object::Bytes(_))
        {
            vm.heap.incref(id);
            return Ok(Value::Obj(id));
        }
        let picked = match vm.heap.get(id) {
            Object::List(items) | Object::Tuple(items) => {
                // (Read with `get`: an `__index__` of the slice may have shrunk the list.)
                let picked: Vec<Value> = match b.contiguous() {
                    Some(r) if b.step == 1 => items
                        .get(r.start.min(items.len())..r.end.min(items.len()))
                        .unwrap_or_default()
                        .to_vec(),
                    _ => b.positions().filter_map(|i| items.get(i).copied()).collect(),
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
                    Some(r) if b.step == 1 => bytes
                        .get(r.start.min(bytes.len())..r.end.min(bytes.len()))
                        .unwrap_or_default()
                        .to_vec(),
                    _ => b.positions().filter_map(|i| bytes.get(i).copied()).collect(),
                };
                out
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
        return Err(vm.new_exc(ExcKind::TypeError, &format!("string indices must be integers, not '{tn}'")));
    }
    if what == "range" && vm.is_int(key) && vm.as_i64(key).is_none() {
        return Err(index_error(vm, "range object"));
    }
    let Some(i) = norm_index(vm, key, len, what)? else {
        return Err(match vm.heap.get(id) {
            Object::Bytes(_) => vm.new_exc(ExcKind::IndexError, "index out of range"),
            Object::ByteArray(_) => vm.new_exc(ExcKind::IndexError, "bytearray index out of range"),
            Object::Range { .. } => index_error(vm, "range object"),
            _ => index_error(vm, what),
        });
    };
    // (Read with `get`: the key's `__index__` may have shrunk a list or bytearray.)
    match vm.heap.get(id) {
        Object::List(items) | Object::Tuple(items) => match items.get(i) {
            Some(&v) => Ok(vm.share(v)),
            None => Err(index_error(vm, what)),
        },
        Object::Str(s) => {
            let ch = s.char_at(i).unwrap_or_default();
            Ok(vm.new_str(ch.to_string()))
        }
        Object::Bytes(b) => match b.get(i) {
            Some(&byte) => Ok(Value::Int(i64::from(byte))),
            None => Err(vm.new_exc(ExcKind::IndexError, "index out of range")),
        },
        Object::ByteArray(b) => match b.get(i) {
            Some(&byte) => Ok(Value::Int(i64::from(byte))),
            None => Err(vm.new_exc(ExcKind::IndexError, "bytearray index out of range")),
        },
        Object::Range { start, step, .. } => Ok(Value::Int(start + i as i64 * step)),
        _ => Ok(Value::None),
    }
}

pub(crate) fn list_id(vm: &Vm, v: Value) -> ObjId {
    v.as_obj().unwrap_or(vm.not_implemented)
}

pub(crate) fn items_of(vm: &Vm, v: Value) -> Vec<Value> {
    match vm.heap.get(list_id(vm, v)) {
        Object::List(l) | Object::Tuple(l) => l.clone(),
        _ => Vec::new(),
    }
}
