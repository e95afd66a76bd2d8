//! `memoryview`: the constructor, its methods and data attributes, release (and the `with`
//! statement's), and the bytes of a view for the places that take any bytes-like object.
//! Subscripts, assignment, comparison and `cast` are in `memoryview_ops.rs`; the view itself
//! (format, shape, strides over the viewed object's bytes) is `object/memview.rs`.

use super::{bind_args, def, def_attr};
use crate::object::exc_kind::ExcKind;
use crate::object::memview::{MemView, Scalar, format_char, unpack};
use crate::object::{Iter, Object};
use crate::value::{ObjId, Value};
use crate::vm::{NativeFn, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let d = vm.type_obj(vm.types.memoryview).dict;
    let doc = vm.new_str("Create a new memoryview object which references the given object.");
    vm.dict_set_str(d, "__doc__", doc);
    let methods: &[(&'static str, NativeFn)] = &[
        ("memoryview.__enter__", enter),
        ("memoryview.__exit__", exit),
        ("memoryview.__len__", len),
        ("memoryview.__iter__", iter),
        ("memoryview.__repr__", repr),
        ("memoryview.__hash__", hash),
        ("memoryview.__getitem__", super::memoryview_ops::getitem),
        ("memoryview.__setitem__", super::memoryview_ops::setitem),
        ("memoryview.__delitem__", super::memoryview_ops::delitem),
        ("memoryview.__eq__", super::memoryview_ops::eq),
        ("memoryview.__ne__", super::memoryview_ops::ne),
        ("memoryview.cast", super::memoryview_ops::cast),
        ("memoryview.hex", hex),
        ("memoryview.release", release),
        ("memoryview.tobytes", tobytes),
        ("memoryview.tolist", tolist),
        ("memoryview.toreadonly", toreadonly),
    ];
    for &(name, f) in methods {
        def(vm, d, name, f);
    }
    let attrs: &[(&'static str, NativeFn)] = &[
        ("memoryview.obj", attr_obj),
        ("memoryview.nbytes", attr_nbytes),
        ("memoryview.readonly", attr_readonly),
        ("memoryview.itemsize", attr_itemsize),
        ("memoryview.format", attr_format),
        ("memoryview.ndim", attr_ndim),
        ("memoryview.shape", attr_shape),
        ("memoryview.strides", attr_strides),
        ("memoryview.suboffsets", attr_suboffsets),
        ("memoryview.c_contiguous", attr_c_contiguous),
        ("memoryview.f_contiguous", attr_f_contiguous),
        ("memoryview.contiguous", attr_contiguous),
    ];
    for &(name, f) in attrs {
        def_attr(vm, d, name, f);
    }
}

/// The message of every operation on a released view.
pub(crate) const RELEASED: &str = "operation forbidden on released memoryview object";

/// The view `v` is, if it is one.
pub(crate) fn view(vm: &Vm, v: Value) -> Option<&MemView> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::MemoryView(m)) => Some(m),
        _ => None,
    }
}

/// The receiver of a method, a live view (a copy of its description), or CPython's errors.
pub(crate) fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(ObjId, MemView)> {
    let first = args.first().copied().unwrap_or(Value::None);
    match view(vm, first) {
        Some(m) if m.obj.is_some() => Ok((first.as_obj().unwrap_or(vm.empty_tuple), describe(m))),
        Some(_) => Err(vm.new_exc(ExcKind::ValueError, RELEASED)),
        None => {
            let tn = vm.type_name(first);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("descriptor '{name}' for 'memoryview' objects doesn't apply to a '{tn}' object"),
            ))
        }
    }
}

/// A copy of a view's description (its references are not counted again).
pub(crate) fn describe(m: &MemView) -> MemView {
    MemView {
        obj: m.obj,
        export: m.export,
        readonly: m.readonly,
        format: m.format.clone(),
        itemsize: m.itemsize,
        offset: m.offset,
        shape: m.shape.clone(),
        strides: m.strides.clone(),
    }
}

/// The bytes an exporter holds (see `Vm::buffer_data`).
pub(crate) fn data_of(vm: &Vm, obj: ObjId) -> &[u8] {
    vm.buffer_data(obj)
}

/// The bytes an exporter holds, to write into.
pub(crate) fn data_mut(vm: &mut Vm, obj: ObjId) -> Option<&mut Vec<u8>> {
    let mut id = obj;
    for _ in 0..2 {
        if let Object::Instance(i) = vm.heap.get(id) {
            match i.base() {
                Some(Value::Obj(b)) => id = b,
                _ => return None,
            }
        }
    }
    match vm.heap.get_mut(id) {
        Object::ByteArray(b) => Some(b),
        Object::Array(a) => Some(&mut a.data),
        _ => None,
    }
}

/// The bytes of a live view, in C order (`None` for anything else).
pub(crate) fn view_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    vm.view_bytes(v)
}

/// A new view of `obj` as the buffer protocol describes it: a bytes (read-only), a bytearray
/// or an array (writable), a view (a new view of the same memory), or a subclass's instance.
pub(crate) fn view_new(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if let Some(m) = view(vm, obj) {
        if m.obj.is_none() {
            return Err(vm.new_exc(ExcKind::ValueError, RELEASED));
        }
        let m = describe(m);
        return Ok(alloc_view(vm, m));
    }
    let payload = vm.payload(obj);
    let oid = obj.as_obj().unwrap_or(vm.empty_tuple);
    let made = match payload.as_obj().map(|id| (id, vm.heap.get(id))) {
        Some((_, Object::Bytes(b))) => Some(MemView::bytes(oid, b.len(), true)),
        Some((id, Object::ByteArray(b))) => {
            let mut m = MemView::bytes(oid, b.len(), false);
            m.export = Some(id);
            Some(m)
        }
        Some((id, Object::Array(a))) => {
            let size = a.itemsize();
            let c = a.code.char();
            Some(MemView {
                obj: Some(oid),
                export: Some(id),
                readonly: false,
                format: if c == 'u' { "w".into() } else { c.to_string() },
                itemsize: size,
                offset: 0,
                shape: vec![a.len()],
                strides: vec![size as isize],
            })
        }
        _ => None,
    };
    match made {
        Some(m) => Ok(alloc_view(vm, m)),
        None => {
            let tn = vm.type_name(obj);
            Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("memoryview: a bytes-like object is required, not '{tn}'"),
            ))
        }
    }
}

/// Puts a view in the heap, counting its reference to the object and its export.
pub(crate) fn alloc_view(vm: &mut Vm, m: MemView) -> Value {
    if let Some(o) = m.obj {
        vm.incref(Value::Obj(o));
    }
    if let Some(b) = m.export {
        vm.export(b);
    }
    vm.alloc(Object::MemoryView(Box::new(m)))
}

/// `memoryview(object)`.
pub(crate) fn memoryview_new(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [obj] = bind_args(vm, "memoryview", args, kwargs, ["object"], 1, 1)?;
    view_new(vm, obj.unwrap_or(Value::None))
}

/// The value of one item of format `c` (`None` for a format memoryview cannot read).
pub(crate) fn item_value(vm: &mut Vm, c: char, b: &[u8]) -> Value {
    match unpack(c, b) {
        Scalar::Int(i) => match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_bigint(i.into()),
        },
        Scalar::Float(f) => Value::Float(f),
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Byte(b) => vm.alloc(Object::Bytes(vec![b])),
    }
}

/// The format character of a view, or CPython's `NotImplementedError` for one it cannot read.
pub(crate) fn readable_format(vm: &mut Vm, m: &MemView) -> PyResult<char> {
    format_char(&m.format).ok_or_else(|| {
        let f = m.format.clone();
        vm.new_exc(ExcKind::NotImplementedError, &format!("memoryview: format {f} not supported"))
    })
}

/// The items of dimension `dim` from byte `at` on, as nested lists.
fn list_at(vm: &mut Vm, m: &MemView, data: &[u8], c: char, dim: usize, at: isize) -> Value {
    if dim == m.ndim() {
        let at = at.max(0) as usize;
        let b = data.get(at..at + m.itemsize).unwrap_or(&[]).to_vec();
        return item_value(vm, c, &b);
    }
    let items = (0..m.shape[dim])
        .map(|i| list_at(vm, m, data, c, dim + 1, at + i as isize * m.strides[dim]))
        .collect();
    vm.new_list(items)
}

fn tolist(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::no_kwargs(vm, "memoryview.tolist", kwargs)?;
    super::arity(vm, "memoryview.tolist", &args[1..], 0, 0)?;
    let (_, m) = this(vm, args, "tolist")?;
    let c = readable_format(vm, &m)?;
    let data = data_of(vm, m.obj.unwrap_or(vm.empty_tuple)).to_vec();
    Ok(list_at(vm, &m, &data, c, 0, m.offset as isize))
}

fn tobytes(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let [order] = bind_args(vm, "tobytes", &args[1..], kwargs, ["order"], 1, 0)?;
    let (_, m) = this(vm, args, "tobytes")?;
    let fortran = match order {
        None | Some(Value::None) => false,
        Some(o) => match vm.str_of(o) {
            Some("C" | "A") => false,
            Some("F") => true,
            Some(_) => return Err(vm.new_exc(ExcKind::ValueError, "order must be 'C', 'F' or 'A'")),
            None => {
                let tn = vm.type_name(o);
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("tobytes() argument 'order' must be str or None, not {tn}"),
                ));
            }
        },
    };
    let bytes = m.collect(data_of(vm, m.obj.unwrap_or(vm.empty_tuple)), fortran);
    Ok(vm.alloc(Object::Bytes(bytes)))
}

/// `hex(sep=..., bytes_per_sep=1)`: as `bytes.hex` of the view's bytes.
fn hex(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "hex")?;
    let bytes = m.collect(data_of(vm, m.obj.unwrap_or(vm.empty_tuple)), false);
    let b = vm.alloc(Object::Bytes(bytes));
    let mut full = vec![b];
    full.extend_from_slice(&args[1..]);
    let r = super::bytes_methods::hex(vm, &full, kwargs);
    vm.decref(b);
    r
}

/// `release()`: lets go of the object (and of the bytearray's export); again is no error.
fn release(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::no_kwargs(vm, "memoryview.release", kwargs)?;
    super::arity(vm, "memoryview.release", &args[1..], 0, 0)?;
    let first = args.first().copied().unwrap_or(Value::None);
    if view(vm, first).is_none() {
        this(vm, args, "release")?;
    }
    release_view(vm, first);
    Ok(Value::None)
}

fn release_view(vm: &mut Vm, v: Value) {
    let taken = match v.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::MemoryView(m)) => (m.obj.take(), m.export.take()),
        _ => return,
    };
    if let Some(b) = taken.1 {
        vm.unexport(b);
    }
    if let Some(o) = taken.0 {
        vm.decref(Value::Obj(o));
    }
}

fn enter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (id, _) = this(vm, args, "__enter__")?;
    Ok(vm.share(Value::Obj(id)))
}

fn exit(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let first = args.first().copied().unwrap_or(Value::None);
    if view(vm, first).is_none() {
        this(vm, args, "__exit__")?;
    }
    release_view(vm, first);
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    super::no_kwargs(vm, "memoryview.toreadonly", kwargs)?;
    super::arity(vm, "memoryview.toreadonly", &args[1..], 0, 0)?;
    let (_, mut m) = this(vm, args, "toreadonly")?;
    m.readonly = true;
    Ok(alloc_view(vm, m))
}

fn len(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "__len__")?;
    match m.shape.first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None => Ok(Value::Int(1)),
    }
}

/// `iter(view)`: the items of a one-dimensional view.
fn iter(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "__iter__")?;
    match m.ndim() {
        0 => return Err(vm.new_exc(ExcKind::TypeError, "invalid indexing of 0-dim memory")),
        1 => {}
        _ => {
            return Err(
                vm.new_exc(ExcKind::NotImplementedError, "multi-dimensional sub-views are not implemented")
            );
        }
    }
    let c = readable_format(vm, &m)?;
    let data = data_of(vm, m.obj.unwrap_or(vm.empty_tuple)).to_vec();
    let items: Vec<Value> = m
        .offsets(false)
        .into_iter()
        .map(|at| {
            let b = data.get(at..at + m.itemsize).unwrap_or(&[]).to_vec();
            item_value(vm, c, &b)
        })
        .collect();
    let t = vm.new_tuple(items);
    let Value::Obj(seq) = t else { return Ok(t) };
    Ok(vm.alloc(Object::Iter(Iter::Seq { seq, index: 0, kind: "memory_iterator" })))
}

/// `<memory at 0x...>`, `<released memory at 0x...>`.
pub(crate) fn repr_of(m: &MemView, id: ObjId) -> String {
    let state = if m.obj.is_none() { "released " } else { "" };
    format!("<{state}memory at {}>", crate::object::address(id))
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let first = args.first().copied().unwrap_or(Value::None);
    let Some(m) = view(vm, first) else {
        this(vm, args, "__repr__")?;
        return Ok(Value::None);
    };
    let s = repr_of(m, first.as_obj().unwrap_or(vm.empty_tuple));
    Ok(vm.new_str(s))
}

/// The hash of a read-only view of bytes: that of the bytes.
pub(crate) fn view_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let (_, m) = this(vm, &[v], "__hash__")?;
    if !m.readonly {
        return Err(vm.new_exc(ExcKind::ValueError, "cannot hash writable memoryview object"));
    }
    if !matches!(format_char(&m.format), Some('B' | 'b' | 'c')) {
        return Err(
            vm.new_exc(ExcKind::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        );
    }
    // The object must be hashable itself (a read-only view of a bytearray is not).
    let obj = m.obj.unwrap_or(vm.empty_tuple);
    vm.hash(Value::Obj(obj))?;
    let bytes = m.collect(data_of(vm, obj), false);
    Ok(crate::object::hash::bytes_hash(&bytes))
}

fn hash(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let first = args.first().copied().unwrap_or(Value::None);
    view_hash(vm, first).map(Value::Int)
}

// ---- Data attributes ---------------------------------------------------------------------------

fn ints(vm: &mut Vm, xs: impl Iterator<Item = i64>) -> Value {
    let items = xs.map(Value::Int).collect();
    vm.new_tuple(items)
}

fn attr_obj(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "obj")?;
    Ok(vm.share(m.obj.map_or(Value::None, Value::Obj)))
}

fn attr_nbytes(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "nbytes")?;
    Ok(Value::Int(m.nbytes() as i64))
}

fn attr_readonly(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "readonly")?;
    Ok(Value::Bool(m.readonly))
}

fn attr_itemsize(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "itemsize")?;
    Ok(Value::Int(m.itemsize as i64))
}

fn attr_format(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "format")?;
    Ok(vm.new_str(m.format))
}

fn attr_ndim(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "ndim")?;
    Ok(Value::Int(m.ndim() as i64))
}

fn attr_shape(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "shape")?;
    Ok(ints(vm, m.shape.iter().map(|&n| n as i64)))
}

fn attr_strides(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "strides")?;
    Ok(ints(vm, m.strides.iter().map(|&n| n as i64)))
}

fn attr_suboffsets(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    this(vm, args, "suboffsets")?;
    Ok(ints(vm, std::iter::empty()))
}

fn attr_c_contiguous(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "c_contiguous")?;
    Ok(Value::Bool(m.c_contiguous()))
}

fn attr_f_contiguous(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "f_contiguous")?;
    Ok(Value::Bool(m.f_contiguous()))
}

fn attr_contiguous(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let (_, m) = this(vm, args, "contiguous")?;
    Ok(Value::Bool(m.c_contiguous() || m.f_contiguous()))
}
