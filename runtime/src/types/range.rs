//! `range`: its data attributes (its arithmetic is the sequence protocol's, in `sequence.rs`).

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::{def, def_attr, getset_field};
use crate::vm::slots::GetSet;
use crate::vm::{PyResult, Vm};

/// Puts `count`, `index` and the data attributes into the class, where `dir` and class-level
/// lookups find them.
pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.range).dict;
    def(vm, d, "range.count", range_count);
    def(vm, d, "range.index", range_index);
    // Positional only, one argument: the call checks it, in CPython's words.
    for f in [range_count as crate::vm::NativeFn, range_index] {
        let id = vm.natives.register(f);
        vm.natives.set_shape(id, crate::vm::native::ArgShape::ExactlyOne);
    }
    def_attr(vm, d, "range.start", |vm, args, _| Ok(getset_field(vm, args, range_start)));
    def_attr(vm, d, "range.stop", |vm, args, _| Ok(getset_field(vm, args, range_stop)));
    def_attr(vm, d, "range.step", |vm, args, _| Ok(getset_field(vm, args, range_step)));
}

/// The receiver, checked, and its start, stop and step.
fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<(i64, i64, i64)> {
    let r = crate::vm::args::receiver(vm, args, vm.types.range, method)?;
    crate::vm::args::arity(vm, method, &args[1..], 1, 1)?;
    match r.as_obj().map(|id| vm.heap.get(id)) {
        Some(&Object::Range { start, stop, step }) => Ok((start, stop, step)),
        _ => Ok((0, 0, 1)),
    }
}

/// Where the int `x` is in the range, by arithmetic.
fn position(x: i64, (start, stop, step): (i64, i64, i64)) -> Option<i64> {
    let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
    let offset = (x as i128) - (start as i128);
    (inside && offset % (step as i128) == 0).then(|| (offset / step as i128) as i64)
}

/// The positions where the range holds a value equal to `x`: by arithmetic for an int, by
/// comparing each item otherwise (`range(3).count(1.0)`), as CPython does.
fn positions(vm: &mut Vm, x: Value, r: (i64, i64, i64), first_only: bool) -> PyResult<Vec<i64>> {
    if matches!(x, Value::Int(_) | Value::Bool(_)) {
        return Ok(vm.as_i64(x).and_then(|x| position(x, r)).into_iter().collect());
    }
    if matches!(x.as_obj().map(|id| vm.heap.get(id)), Some(Object::BigInt(_))) {
        return Ok(Vec::new());
    }
    let (start, _, step) = r;
    let len = crate::vm::sequence::range_len(r.0, r.1, r.2);
    let mut found = Vec::new();
    for i in 0..len {
        let item = Value::Int(start + i * step);
        if vm.eq(item, x)? {
            found.push(i);
            if first_only {
                break;
            }
        }
    }
    Ok(found)
}

/// For a range beyond 64 bits: the position of int `x` by arithmetic, of anything else by
/// comparing items in order (as CPython, however long that takes). `None` when it is not there.
fn long_position(vm: &mut Vm, r: ObjId, x: Value) -> PyResult<Option<Value>> {
    let is_int = matches!(x, Value::Int(_) | Value::Bool(_))
        || matches!(x.as_obj().map(|id| vm.heap.get(id)), Some(Object::BigInt(_)));
    if is_int {
        let x = vm.as_bigint(x).unwrap_or_default();
        return Ok(vm.range_position(r, &x).map(|p| vm.new_bigint(p)));
    }
    let it = vm.get_iter(Value::Obj(r))?;
    let mut i = 0i64;
    let found = loop {
        let item = match vm.next(it) {
            Ok(Some(item)) => item,
            Ok(None) => break Ok(None),
            Err(e) => break Err(e),
        };
        let same = vm.eq(item, x);
        vm.decref(item);
        match same {
            Ok(true) => break Ok(Some(Value::Int(i))),
            Ok(false) => i += 1,
            Err(e) => break Err(e),
        }
    };
    vm.decref(it);
    found
}

/// The receiver of `count`/`index` when it is a range beyond 64 bits.
fn long_receiver(vm: &Vm, args: &[Value]) -> Option<ObjId> {
    args.first()?.as_obj().filter(|&id| matches!(vm.heap.get(id), Object::LongRange(_)))
}

fn range_count(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(r) = long_receiver(vm, args)
        && args.len() == 2
    {
        let found = long_position(vm, r, args[1])?;
        return Ok(Value::Int(i64::from(found.is_some())));
    }
    let r = this(vm, args, "range.count")?;
    Ok(Value::Int(positions(vm, args[1], r, false)?.len() as i64))
}

fn range_index(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    if let Some(r) = long_receiver(vm, args)
        && args.len() == 2
    {
        if let Some(i) = long_position(vm, r, args[1])? {
            return Ok(i);
        }
    } else {
        let r = this(vm, args, "range.index")?;
        if let Some(&i) = positions(vm, args[1], r, true)?.first() {
            return Ok(Value::Int(i));
        }
    }
    if vm.is_int(args[1]) && !matches!(args[1].as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_)))
    {
        let s = vm.repr(args[1])?;
        return Err(vm.new_exc(ExcKind::ValueError, &format!("{s} is not in range")));
    }
    Err(vm.new_exc(ExcKind::ValueError, "sequence.index(x): x not in sequence"))
}

/// The data attributes of the type.
pub(crate) const ATTRS: &[GetSet] = &[
    GetSet { name: "start", get: range_start },
    GetSet { name: "stop", get: range_stop },
    GetSet { name: "step", get: range_step },
];

fn range_start(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Range { start, .. } => Value::Int(start),
        Object::LongRange(p) => {
            let v = p[0].clone();
            vm.new_bigint(v)
        }
        _ => Value::None,
    }
}

fn range_stop(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Range { stop, .. } => Value::Int(stop),
        Object::LongRange(p) => {
            let v = p[1].clone();
            vm.new_bigint(v)
        }
        _ => Value::None,
    }
}

fn range_step(vm: &mut Vm, id: ObjId) -> Value {
    match vm.heap.get(id) {
        &Object::Range { step, .. } => Value::Int(step),
        Object::LongRange(p) => {
            let v = p[2].clone();
            vm.new_bigint(v)
        }
        _ => Value::None,
    }
}

/// `r[key]` for a range beyond 64 bits: an int index or a slice, in big integers.
pub(crate) fn long_getitem(vm: &mut Vm, id: ObjId, key: Value) -> PyResult<Value> {
    if let Some(&Object::Slice { start, stop, step }) = key.as_obj().map(|k| vm.heap.get(k)) {
        let mut bounds = [None, None, None];
        for (b, v) in bounds.iter_mut().zip([start, stop, step]) {
            if v == Value::None {
                continue;
            }
            match crate::types::construct::index_value(vm, v)? {
                Some(i) => *b = Some(i),
                None => {
                    return Err(vm.new_exc(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
            }
        }
        return vm.range_slice(id, bounds);
    }
    match crate::types::construct::index_value(vm, key)? {
        Some(i) => vm.long_range_item(id, &i),
        None => {
            let tn = vm.type_name(key);
            Err(vm
                .new_exc(ExcKind::TypeError, &format!("range indices must be integers or slices, not {tn}")))
        }
    }
}
