//! `memoryview`'s subscripts (`mv[i]`, `mv[i, j]`, `mv[a:b:c]`), item and slice assignment,
//! `==` against any bytes-like object, and `cast`.

use super::bind_args;
use super::memoryview::{RELEASED, alloc_view, data_mut, data_of, item_value, readable_format, this, view};
use super::slice::slice_bounds;
use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::memview::{MemView, Scalar, format_char, item_size, pack, unpack};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

/// What a subscript of a view selects.
enum Key {
    /// One item, by its index in each dimension.
    Item(Vec<i64>),
    Slice(ObjId),
    Ellipsis,
}

fn invalid_key(vm: &mut Vm) -> ObjId {
    vm.new_exc(ExcKind::TypeError, "memoryview: invalid slice key")
}

fn not_implemented(vm: &mut Vm, msg: &str) -> ObjId {
    vm.new_exc(ExcKind::NotImplementedError, msg)
}

fn as_index(vm: &mut Vm, k: Value) -> PyResult<Option<i64>> {
    if let Some(i) = vm.as_i64_saturating(k) {
        return Ok(Some(i));
    }
    if matches!(k.as_obj().map(|id| vm.heap.get(id)), Some(Object::Instance(_) | Object::Type(_)))
        && vm.try_dunder(k, "__index__", &[])?.is_some_and(|r| {
            vm.decref(r);
            true
        })
    {
        let b = super::index_arg(vm, k)?;
        return Ok(Some(num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX)));
    }
    Ok(None)
}

fn parse_key(vm: &mut Vm, key: Value) -> PyResult<Key> {
    if let Some(i) = as_index(vm, key)? {
        return Ok(Key::Item(vec![i]));
    }
    match key.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Slice { .. }) => Ok(Key::Slice(key.as_obj().unwrap_or(vm.empty_tuple))),
        Some(Object::Ellipsis) => Ok(Key::Ellipsis),
        Some(Object::Tuple(items)) => {
            let items = items.clone();
            let mut out = Vec::new();
            let mut slices = 0;
            for k in items {
                match as_index(vm, k)? {
                    Some(i) => out.push(i),
                    None if matches!(k.as_obj().map(|id| vm.heap.get(id)), Some(Object::Slice { .. })) => {
                        slices += 1
                    }
                    None => return Err(invalid_key(vm)),
                }
            }
            if slices > 0 {
                if out.is_empty() {
                    return Err(not_implemented(vm, "multi-dimensional slicing is not implemented"));
                }
                return Err(invalid_key(vm));
            }
            Ok(Key::Item(out))
        }
        _ => Err(invalid_key(vm)),
    }
}

/// The byte offset of the item at `index` (one index per dimension), or CPython's errors.
fn item_offset(vm: &mut Vm, m: &MemView, index: &[i64]) -> PyResult<usize> {
    let n = m.ndim();
    if index.len() < n {
        let msg = if n > 1 && index.len() == 1 {
            "multi-dimensional sub-views are not implemented"
        } else {
            "sub-views are not implemented"
        };
        return Err(not_implemented(vm, msg));
    }
    if index.len() > n {
        let msg = format!("cannot index {n}-dimension view with {}-element tuple", index.len());
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let mut at = m.offset as isize;
    for (d, &i) in index.iter().enumerate() {
        let len = m.shape[d] as i64;
        let j = if i < 0 { i.saturating_add(len) } else { i };
        if j < 0 || j >= len {
            let msg = format!("index out of bounds on dimension {}", d + 1);
            return Err(vm.new_exc(ExcKind::IndexError, &msg));
        }
        at += j as isize * m.strides[d];
    }
    Ok(at.max(0) as usize)
}

/// A view of the items a slice selects (of a one-dimensional view).
fn slice_view(vm: &mut Vm, m: &MemView, slice: ObjId) -> PyResult<MemView> {
    let b = slice_bounds(vm, slice, m.shape[0])?;
    let mut out = super::memoryview::describe(m);
    if b.len > 0 {
        out.offset = (m.offset as isize + b.start as isize * m.strides[0]) as usize;
    }
    out.shape[0] = b.len;
    out.strides[0] = m.strides[0] * b.step as isize;
    Ok(out)
}

/// `mv[key]`.
pub(crate) fn getitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (id, m) = this(vm, args, "__getitem__")?;
    let key = args.get(1).copied().unwrap_or(Value::None);
    if m.ndim() == 0 {
        return match key.as_obj().map(|k| vm.heap.get(k)) {
            Some(Object::Ellipsis) => Ok(vm.share(Value::Obj(id))),
            Some(Object::Tuple(t)) if t.is_empty() => {
                let c = readable_format(vm, &m)?;
                let b = data_of(vm, m.obj.unwrap_or(id))
                    .get(m.offset..m.offset + m.itemsize)
                    .unwrap_or(&[])
                    .to_vec();
                Ok(item_value(vm, c, &b))
            }
            _ => Err(vm.new_exc(ExcKind::TypeError, "invalid indexing of 0-dim memory")),
        };
    }
    match parse_key(vm, key)? {
        Key::Item(index) => {
            let c = readable_format(vm, &m)?;
            let at = item_offset(vm, &m, &index)?;
            let b = data_of(vm, m.obj.unwrap_or(id)).get(at..at + m.itemsize).unwrap_or(&[]).to_vec();
            Ok(item_value(vm, c, &b))
        }
        Key::Slice(s) => {
            let v = slice_view(vm, &m, s)?;
            Ok(alloc_view(vm, v))
        }
        Key::Ellipsis => Err(invalid_key(vm)),
    }
}

/// The machine bytes of `value` as an item of format `c`, or CPython's errors.
fn pack_value(vm: &mut Vm, c: char, value: Value) -> PyResult<Vec<u8>> {
    let invalid = |vm: &mut Vm, kind: ExcKind, what: &str| {
        vm.new_exc(kind, &format!("memoryview: invalid {what} for format '{c}'"))
    };
    let scalar = match c {
        'c' => match value.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Bytes(b)) if b.len() == 1 => Scalar::Byte(b[0]),
            Some(Object::Bytes(_)) => return Err(invalid(vm, ExcKind::ValueError, "value")),
            _ => return Err(invalid(vm, ExcKind::TypeError, "type")),
        },
        '?' => Scalar::Bool(vm.truthy(value)?),
        'f' | 'd' => match value {
            Value::Float(f) => Scalar::Float(f),
            _ if vm.is_int(value) => match vm.as_bigint(vm.payload(value)).and_then(|b| {
                let f = num_traits::ToPrimitive::to_f64(&b)?;
                f.is_finite().then_some(f)
            }) {
                Some(f) => Scalar::Float(f),
                None => return Err(invalid(vm, ExcKind::ValueError, "value")),
            },
            _ => match vm.payload(value) {
                Value::Float(f) => Scalar::Float(f),
                _ => return Err(invalid(vm, ExcKind::TypeError, "type")),
            },
        },
        _ => {
            if !vm.is_int(value) {
                return Err(invalid(vm, ExcKind::TypeError, "type"));
            }
            match vm.as_bigint(vm.payload(value)).and_then(|b| num_traits::ToPrimitive::to_i128(&b)) {
                Some(i) => Scalar::Int(i),
                None => return Err(invalid(vm, ExcKind::ValueError, "value")),
            }
        }
    };
    match pack(c, scalar) {
        Some(b) => Ok(b),
        None => Err(invalid(vm, ExcKind::ValueError, "value")),
    }
}

/// A description of a bytes-like object as a view (for assignment and comparison), if it is one.
fn as_view(vm: &Vm, v: Value) -> Option<MemView> {
    if let Some(m) = view(vm, v) {
        return Some(super::memoryview::describe(m));
    }
    let id = v.as_obj()?;
    let (format, size, len) = match vm.heap.get(vm.payload(v).as_obj()?) {
        Object::Bytes(b) | Object::ByteArray(b) => ("B".to_string(), 1, b.len()),
        Object::Array(a) => {
            let c = a.code.char();
            (if c == 'u' { "w".to_string() } else { c.to_string() }, a.itemsize(), a.len())
        }
        _ => return None,
    };
    Some(MemView {
        obj: Some(id),
        export: None,
        readonly: true,
        format,
        itemsize: size,
        offset: 0,
        shape: vec![len],
        strides: vec![size as isize],
    })
}

/// `mv[key] = value`.
pub(crate) fn setitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (id, m) = this(vm, args, "__setitem__")?;
    let (key, value) =
        (args.get(1).copied().unwrap_or(Value::None), args.get(2).copied().unwrap_or(Value::None));
    if m.readonly {
        return Err(vm.new_exc(ExcKind::TypeError, "cannot modify read-only memory"));
    }
    let obj = m.obj.unwrap_or(id);
    let (at, bytes) = if m.ndim() == 0 {
        let is_unit = match key.as_obj().map(|k| vm.heap.get(k)) {
            Some(Object::Ellipsis) => true,
            Some(Object::Tuple(t)) => t.is_empty(),
            _ => false,
        };
        if !is_unit {
            return Err(vm.new_exc(ExcKind::TypeError, "invalid indexing of 0-dim memory"));
        }
        let c = readable_format(vm, &m)?;
        (m.offset, pack_value(vm, c, value)?)
    } else {
        match parse_key(vm, key)? {
            Key::Item(index) => {
                let c = readable_format(vm, &m)?;
                let at = item_offset(vm, &m, &index)?;
                (at, pack_value(vm, c, value)?)
            }
            Key::Slice(s) => {
                let dest = slice_view(vm, &m, s)?;
                return assign_slice(vm, obj, &dest, value).map(|()| Value::None);
            }
            Key::Ellipsis => return Err(invalid_key(vm)),
        }
    };
    if let Some(data) = data_mut(vm, obj)
        && let Some(slot) = data.get_mut(at..at + bytes.len())
    {
        slot.copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

/// `mv[a:b:c] = other`: a bytes-like object of the same format and shape.
fn assign_slice(vm: &mut Vm, obj: ObjId, dest: &MemView, value: Value) -> PyResult<()> {
    let Some(src) = as_view(vm, value) else {
        let tn = vm.type_name(value);
        return Err(vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'")));
    };
    let Some(src_obj) = src.obj else {
        return Err(vm.new_exc(ExcKind::ValueError, RELEASED));
    };
    let same_format = src.format.trim_start_matches('@') == dest.format.trim_start_matches('@');
    if !same_format || src.itemsize != dest.itemsize || src.shape != dest.shape {
        return Err(vm.new_exc(
            ExcKind::ValueError,
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    let bytes = src.collect(data_of(vm, src_obj), false);
    let offsets = dest.offsets(false);
    let size = dest.itemsize;
    if let Some(data) = data_mut(vm, obj) {
        for (k, at) in offsets.into_iter().enumerate() {
            if let (Some(slot), Some(item)) =
                (data.get_mut(at..at + size), bytes.get(k * size..(k + 1) * size))
            {
                slot.copy_from_slice(item);
            }
        }
    }
    Ok(())
}

/// `del mv[key]`.
pub(crate) fn delitem(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "__delitem__")?;
    if m.readonly {
        return Err(vm.new_exc(ExcKind::TypeError, "cannot modify read-only memory"));
    }
    Err(vm.new_exc(ExcKind::TypeError, "cannot delete memory"))
}

/// Whether two items are equal as the values they are.
fn scalar_eq(a: Scalar, b: Scalar) -> bool {
    let num = |s: Scalar| match s {
        Scalar::Int(i) => Some((Some(i), i as f64)),
        Scalar::Bool(b) => Some((Some(i128::from(b)), f64::from(u8::from(b)))),
        Scalar::Float(f) => Some((None, f)),
        Scalar::Byte(_) => None,
    };
    match (a, b) {
        (Scalar::Byte(x), Scalar::Byte(y)) => x == y,
        _ => match (num(a), num(b)) {
            (Some((Some(x), _)), Some((Some(y), _))) => x == y,
            (Some((_, x)), Some((_, y))) => x == y,
            _ => false,
        },
    }
}

/// `==` between a view and a bytes-like object: same shape, and items equal as values of
/// their formats. `None` when `other` is not bytes-like.
pub(crate) fn view_eq(vm: &mut Vm, a: Value, b: Value) -> Option<bool> {
    let x = as_view(vm, a)?;
    let y = as_view(vm, b)?;
    let (Some(xo), Some(yo)) = (x.obj, y.obj) else {
        return Some(a.is(b));
    };
    if x.shape != y.shape {
        return Some(false);
    }
    let (Some(cx), Some(cy)) = (format_char(&x.format), format_char(&y.format)) else {
        return Some(false);
    };
    let (dx, dy) = (data_of(vm, xo), data_of(vm, yo));
    let (ox, oy) = (x.offsets(false), y.offsets(false));
    Some(ox.iter().zip(&oy).all(|(&i, &j)| {
        let ix = unpack(cx, dx.get(i..i + x.itemsize).unwrap_or(&[]));
        let iy = unpack(cy, dy.get(j..j + y.itemsize).unwrap_or(&[]));
        scalar_eq(ix, iy)
    }))
}

pub(crate) fn eq(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let first = args.first().copied().unwrap_or(Value::None);
    if view(vm, first).is_none() {
        this(vm, args, "__eq__")?;
    }
    let other = args.get(1).copied().unwrap_or(Value::None);
    Ok(match view_eq(vm, first, other) {
        Some(b) => Value::Bool(b),
        None => vm.share(Value::Obj(vm.not_implemented)),
    })
}

pub(crate) fn ne(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let first = args.first().copied().unwrap_or(Value::None);
    if view(vm, first).is_none() {
        this(vm, args, "__ne__")?;
    }
    let other = args.get(1).copied().unwrap_or(Value::None);
    Ok(match view_eq(vm, first, other) {
        Some(b) => Value::Bool(!b),
        None => vm.share(Value::Obj(vm.not_implemented)),
    })
}

/// `cast(format[, shape])`: the same memory as items of another format, one-dimensional or
/// in the given shape (from or to one dimension).
pub(crate) fn cast(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [format, shape] = bind_args(vm, "cast", &args[1..], kwargs, ["format", "shape"], 2, 1)?;
    let format = format.unwrap_or(Value::None);
    let Some(format) = vm.str_of(format).map(str::to_string) else {
        let tn = vm.type_name(format);
        return Err(
            vm.new_exc(ExcKind::TypeError, &format!("cast() argument 'format' must be str, not {tn}"))
        );
    };
    let (_, m) = this(vm, args, "cast")?;
    if !m.c_contiguous() {
        return Err(vm.new_exc(ExcKind::TypeError, "memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = shape.filter(|&s| s != Value::None);
    if (shape.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(
            vm.new_exc(ExcKind::TypeError, "memoryview: cannot cast view with zeros in shape or strides")
        );
    }
    let dims = match shape {
        Some(s) => match s.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::List(items) | Object::Tuple(items)) => Some(items.clone()),
            _ => return Err(vm.new_exc(ExcKind::TypeError, "shape must be a list or a tuple")),
        },
        None => None,
    };
    if let Some(d) = &dims {
        if m.ndim() != 1 && d.len() != 1 {
            return Err(vm.new_exc(ExcKind::TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        if d.len() > 64 {
            return Err(
                vm.new_exc(ExcKind::ValueError, "memoryview: number of dimensions must not exceed 64")
            );
        }
    }
    let Some(c) = format_char(&format) else {
        return Err(vm.new_exc(
            ExcKind::ValueError,
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte = |f: Option<char>| matches!(f, Some('B' | 'b' | 'c'));
    if !byte(Some(c)) && !byte(format_char(&m.format)) {
        return Err(vm.new_exc(ExcKind::TypeError, "memoryview: cannot cast between two non-byte formats"));
    }
    let size = item_size(c).unwrap_or(1);
    let nbytes = m.nbytes();
    if nbytes % size != 0 {
        return Err(vm.new_exc(ExcKind::TypeError, "memoryview: length is not a multiple of itemsize"));
    }
    let mut out = super::memoryview::describe(&m);
    out.format = format;
    out.itemsize = size;
    out.shape = vec![nbytes / size];
    if let Some(d) = dims {
        let mut shape = Vec::with_capacity(d.len());
        for v in d {
            let Some(n) = vm.as_i64(v) else {
                return Err(
                    vm.new_exc(ExcKind::TypeError, "memoryview.cast(): elements of shape must be integers")
                );
            };
            if n <= 0 {
                return Err(vm.new_exc(
                    ExcKind::ValueError,
                    "memoryview.cast(): elements of shape must be integers > 0",
                ));
            }
            shape.push(n as usize);
        }
        let total = shape.iter().try_fold(size, |acc: usize, &n| acc.checked_mul(n));
        if total != Some(nbytes) {
            return Err(
                vm.new_exc(ExcKind::TypeError, "memoryview: product(shape) * itemsize != buffer size")
            );
        }
        out.shape = shape;
    }
    let mut stride = size as isize;
    out.strides = vec![0; out.shape.len()];
    for k in (0..out.shape.len()).rev() {
        out.strides[k] = stride;
        stride *= out.shape[k] as isize;
    }
    Ok(alloc_view(vm, out))
}
