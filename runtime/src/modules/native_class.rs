//! Classes of the native modules whose instances hold a Rust value (`zlib`'s compressors,
//! `subprocess`'s processes and pipes). An instance is an `Object::Host`, the object a host's
//! Rust type lives in, so references, the collector and `weakref` treat it as any object and
//! its value is dropped with it; the class's methods are natives that reach the value through
//! `with_value`. Also the argument readers these modules share.

use crate::object::Object;
use crate::object::exc_kind::ExcKind;
use crate::object::host::HostObject;
use crate::value::{ObjId, Value};
use crate::vm::args::index_arg;
use crate::vm::native::runtime_class;
use crate::vm::{NativeFn, PyResult, Vm};

/// A class `module.name` with these methods and read-only attributes, which scripts cannot
/// instantiate themselves (as CPython's `zlib.Compress`): a module function makes them.
pub fn make_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    methods: &[(&'static str, NativeFn)],
    attrs: &[(&'static str, NativeFn)],
) -> Option<ObjId> {
    let cls = runtime_class(vm, module, name, methods, attrs, crate::object::Layout::Builtin)?;
    // A type of the runtime's own, as the builtin types are: no instance dict, no reference
    // to itself (it lives as long as the interpreter).
    if let Object::Type(t) = vm.heap.get_mut(cls) {
        t.self_ref = false;
        t.has_dict = false;
    }
    let new = vm.new_builtin("__new__", refuse_new, None);
    let sm = vm.alloc(Object::StaticMethod(new));
    let d = vm.type_obj(cls).dict;
    vm.dict_set_str(d, "__new__", sm);
    vm.decref(Value::Obj(cls));
    Some(cls)
}

/// `Class()`: CPython's message for a type without a constructor.
fn refuse_new(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    let name = match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Type(t)) => format!("{}.{}", t.module, t.name),
        _ => "object".to_string(),
    };
    Err(vm.new_exc(ExcKind::TypeError, &format!("cannot create '{name}' instances")))
}

/// A new instance of `class` holding `value`.
pub fn new_instance<T: HostObject>(vm: &mut Vm, class: ObjId, value: T) -> Value {
    vm.heap.incref(class);
    vm.alloc(Object::Host { class, value: Some(Box::new(value)) })
}

/// The class `name` a native module keeps in its namespace (`module` as in `sys.modules`).
pub fn module_class(vm: &Vm, module: &str, name: &str) -> Option<ObjId> {
    let d = vm.module_dict(module)?;
    vm.dict_get_str(d, name)?.as_obj().filter(|&c| matches!(vm.heap.get(c), Object::Type(_)))
}

/// Runs `f` on the value of the instance `this` (taken out of the heap meanwhile, so `f` can
/// use the VM), or raises CPython's `TypeError` for a receiver of another type.
pub fn with_value<T: HostObject, R>(
    vm: &mut Vm,
    this: Option<&Value>,
    qualname: &str,
    f: impl FnOnce(&mut Vm, &mut T) -> PyResult<R>,
) -> PyResult<R> {
    let this = this.copied().unwrap_or(Value::None);
    let taken = match this.as_obj().map(|id| vm.heap.get_mut(id)) {
        Some(Object::Host { value, .. }) => value.take(),
        _ => None,
    };
    let Some(mut boxed) = taken else {
        return Err(wrong_receiver(vm, this, qualname));
    };
    let r = match (boxed.as_mut() as &mut dyn std::any::Any).downcast_mut::<T>() {
        Some(t) => f(vm, t),
        None => Err(wrong_receiver(vm, this, qualname)),
    };
    if let Some(Object::Host { value, .. }) = this.as_obj().map(|id| vm.heap.get_mut(id)) {
        *value = Some(boxed);
    }
    r
}

fn wrong_receiver(vm: &mut Vm, this: Value, qualname: &str) -> ObjId {
    let (owner, method) = qualname.rsplit_once('.').unwrap_or((qualname, qualname));
    let tn = vm.type_name(this);
    vm.new_exc(
        ExcKind::TypeError,
        &format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{tn}' object"),
    )
}

/// The bytes of a bytes-like argument (bytes, bytearray, array), or CPython's `TypeError`.
pub fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.payload(v).as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok(b.clone()),
        Some(Object::Array(a)) => Ok(a.data.clone()),
        Some(Object::MemoryView(m)) if m.obj.is_some() => Ok(vm.view_bytes(v).unwrap_or_default()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.new_exc(ExcKind::TypeError, &format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Whether `v` is bytes-like (CPython's buffer protocol, as far as Reap has it).
#[cfg(feature = "data")]
pub fn is_bytes_like(vm: &Vm, v: Value) -> bool {
    matches!(
        vm.payload(v).as_obj().map(|id| vm.heap.get(id)),
        Some(Object::Bytes(_) | Object::ByteArray(_) | Object::Array(_) | Object::MemoryView(_))
    )
}

/// An argument CPython converts to a C `int`: an int (or `__index__`), in range.
pub fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    int_in(vm, v, i64::from(i32::MIN), i64::from(i32::MAX))
        .map(|i| i as i32)
        .map_err(|kind| int_error(vm, v, kind, "C int"))
}

/// An argument CPython converts to a `Py_ssize_t`.
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    int_in(vm, v, i64::MIN, i64::MAX).map_err(|kind| int_error(vm, v, kind, "C ssize_t"))
}

/// An argument CPython converts with the `I` format: any int, taken modulo 2**32.
#[cfg(feature = "data")]
pub fn u32_mask_arg(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if vm.is_int(v) || v.as_obj().is_some_and(|id| matches!(vm.heap.get(id), Object::Instance(_))) {
        let b = index_arg(vm, v)?;
        let (sign, digits) = b.to_u32_digits();
        let low = digits.first().copied().unwrap_or(0);
        return Ok(if sign == num_bigint::Sign::Minus { low.wrapping_neg() } else { low });
    }
    let tn = vm.type_name(v);
    Err(vm.new_exc(ExcKind::TypeError, &format!("'{tn}' object cannot be interpreted as an integer")))
}

enum IntError {
    Overflow,
    Raised(ObjId),
}

fn int_in(vm: &mut Vm, v: Value, min: i64, max: i64) -> Result<i64, IntError> {
    if let Value::Float(_) = v {
        let e = vm.new_exc(ExcKind::TypeError, "'float' object cannot be interpreted as an integer");
        return Err(IntError::Raised(e));
    }
    let b = index_arg(vm, v).map_err(IntError::Raised)?;
    use num_traits::ToPrimitive;
    match b.to_i64() {
        Some(i) if (min..=max).contains(&i) => Ok(i),
        _ => Err(IntError::Overflow),
    }
}

fn int_error(vm: &mut Vm, _v: Value, kind: IntError, what: &str) -> ObjId {
    match kind {
        IntError::Raised(e) => e,
        IntError::Overflow => {
            vm.new_exc(ExcKind::OverflowError, &format!("Python int too large to convert to {what}"))
        }
    }
}

/// Binds a native's arguments as CPython's argument clinic does for a signature whose first
/// `pos_only` parameters are positional-only (`required` of them required) and the rest may
/// also come by keyword, with its messages. One slot per name, `None` where not given.
pub fn clinic_args<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
    names: [&str; N],
    pos_only: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let given = args.len() + kwargs.len();
    if given > N {
        let s = if N == 1 { "" } else { "s" };
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("{fname}() takes at most {N} argument{s} ({given} given)"),
        ));
    }
    if args.len() < required {
        let how = if N == required { "exactly" } else { "at least" };
        let s = if required == 1 { "" } else { "s" };
        let n = args.len();
        return Err(vm.new_exc(
            ExcKind::TypeError,
            &format!("{fname}() takes {how} {required} positional argument{s} ({n} given)"),
        ));
    }
    let mut out = [None; N];
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for &(k, v) in kwargs {
        let key = vm.str_of(Value::Obj(k)).unwrap_or("").to_string();
        match names.iter().position(|n| *n == key).filter(|&i| i >= pos_only) {
            Some(i) if i < args.len() => {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1),
                ));
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.new_exc(
                    ExcKind::TypeError,
                    &format!("'{key}' is an invalid keyword argument for {fname}()"),
                ));
            }
        }
    }
    Ok(out)
}
