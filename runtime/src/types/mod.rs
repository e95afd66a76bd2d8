//! The builtin types: one file per type (its methods, constructor and operators), and the
//! functions the VM reaches them by (`install_slots`).

pub mod attr_views;
pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_text;
#[cfg(feature = "text")]
mod charmap;
#[cfg(feature = "text")]
mod charmap_tables;
#[cfg(feature = "text")]
pub use charmap::names as charmap_names;
mod case_fold_full;
pub mod codec_escape;
pub mod codecs;
pub mod complex;
pub mod construct;
pub mod descriptor_methods;
pub mod dict;
pub mod dict_views;
pub mod dunders;
pub mod exc_group;
pub mod exception;
pub mod float;
pub mod generic_alias;

pub mod array;
pub mod array_ops;
pub mod async_gen;
pub mod code;
pub mod generator;
pub mod int;
pub mod iter;
mod iter_reduce;
pub mod list;
pub mod memoryview;
pub mod memoryview_ops;
pub mod method;
pub mod method_descriptor;
pub mod module;
mod native_descr;
pub mod number;
pub mod object;
pub mod operator_dunders;
pub mod percent_format;
pub mod property;
pub mod range;
pub mod sequence;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod sort;
pub mod str;
pub mod str_classify;
pub mod str_format;
pub mod tuple;
pub mod typeobj;
pub mod typeobj_attrs;

use crate::object::exc_kind::ExcKind;
use crate::object::set_table::SetTable;
use crate::object::{Layout, Object};
use crate::types::exception::os_error_from_args;
use crate::types::exception::set_context_none;
use crate::types::iter::iter_next_complex;
use crate::types::sequence::sequence_getitem;
use crate::types::set::set_compare;
use crate::types::set::set_copy_of;
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use crate::vm::args::{arity, bind_args, index_arg, kwarg, no_kwargs, receiver};
pub use crate::vm::native::{def, def_attr};

/// Gives the VM the functions it calls for the builtin types (see `vm/slots.rs`).
/// Puts the builtin types' methods into their dicts, in the order their objects were first
/// made (the order is visible only in ids).
pub fn install_methods(vm: &mut Vm) {
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set_methods::install(vm);
    int::install(vm);
    float::install(vm);
    complex::install(vm);
    object::install(vm);
    exception::install(vm);
    exc_group::install(vm);
    generator::install(vm);
    async_gen::install(vm);
    iter::install(vm);
    property::install(vm);
    descriptor_methods::install(vm);
    native_descr::install(vm);
    method_descriptor::install(vm);
    iter_reduce::install(vm);
    code::install(vm);
    dict_views::install(vm);
    descriptor_methods::install_super(vm);
    slice::install(vm);
    range::install(vm);
    typeobj::install(vm);
    typeobj_attrs::install(vm);
    str::install(vm);
    bytes::install(vm);
    bytes_methods::install(vm);
    bytes_text::install(vm);
    array::install(vm);
    memoryview::install(vm);
    dunders::install(vm);
    operator_dunders::install(vm);
    generic_alias::install(vm);
    attr_views::install(vm);
    // CPython's methods of these types take their arguments by position, except those that
    // take keywords; some take no arguments at all.
    const STR_NOARGS: &[&str] = &[
        "upper",
        "lower",
        "capitalize",
        "casefold",
        "swapcase",
        "title",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "isidentifier",
        "islower",
        "isnumeric",
        "isprintable",
        "isspace",
        "istitle",
        "isupper",
    ];
    const BYTES_NOARGS: &[&str] = &[
        "upper",
        "lower",
        "capitalize",
        "swapcase",
        "title",
        "isalnum",
        "isalpha",
        "isascii",
        "isdigit",
        "islower",
        "isspace",
        "istitle",
        "isupper",
    ];
    const BYTES_KEYWORDS: &[&str] =
        &["split", "rsplit", "splitlines", "decode", "hex", "expandtabs", "translate"];
    // A type, its methods that take keywords, those that take nothing, those that take one.
    type Names = &'static [&'static str];
    const SET_ONE: &[&str] = &[
        "add",
        "discard",
        "isdisjoint",
        "issubset",
        "issuperset",
        "remove",
        "symmetric_difference",
        "symmetric_difference_update",
    ];
    let t = &vm.types;
    let shapes: [(ObjId, Names, &[Names], Names); 11] = [
        (
            t.str_,
            &["split", "rsplit", "splitlines", "encode", "expandtabs", "format"],
            &[STR_NOARGS],
            &[
                "format_map",
                "join",
                "partition",
                "removeprefix",
                "removesuffix",
                "rpartition",
                "translate",
                "zfill",
            ],
        ),
        (
            t.bytes,
            BYTES_KEYWORDS,
            &[BYTES_NOARGS],
            &["join", "partition", "removeprefix", "removesuffix", "rpartition", "zfill"],
        ),
        (
            t.bytearray,
            BYTES_KEYWORDS,
            &[BYTES_NOARGS, &["clear", "copy", "reverse"]],
            &[
                "append",
                "extend",
                "join",
                "partition",
                "remove",
                "removeprefix",
                "removesuffix",
                "rpartition",
                "zfill",
            ],
        ),
        (t.list, &["sort"], &[&["clear", "copy", "reverse"]], &["append", "count", "extend", "remove"]),
        (t.tuple, &[], &[], &["count"]),
        (t.dict, &["update"], &[&["clear", "copy", "items", "keys", "values", "popitem"]], &[]),
        (t.set, &[], &[&["clear", "copy", "pop"]], SET_ONE),
        (t.frozenset, &[], &[&["copy"]], &["isdisjoint", "issubset", "issuperset", "symmetric_difference"]),
        (
            t.int,
            &["to_bytes", "from_bytes"],
            &[&["bit_length", "bit_count", "as_integer_ratio", "conjugate"]],
            &[],
        ),
        (t.float, &[], &[&["as_integer_ratio", "hex", "is_integer", "conjugate"]], &[]),
        (t.complex, &[], &[&["conjugate"]], &[]),
    ];
    for (ty, keywords, no_arguments, one) in shapes {
        vm.method_shapes(ty, keywords, no_arguments, one);
    }
    // Read back from the class dicts: the ids the objects there actually carry.
    let (object, type_) = (vm.types.object, vm.types.type_);
    vm.natives.known = crate::vm::native::KnownNatives {
        type_call: native_in(vm, type_, "__call__"),
        object_init: native_in(vm, object, "__init__"),
        object_new: native_in(vm, object, "__new__"),
        len: None,
        isinstance: None,
        next: None,
        import: None,
    };
}

/// The data attributes of a builtin object's type: each type's file declares its own.
fn getsets(o: &Object) -> &'static [crate::vm::slots::GetSet] {
    match o {
        Object::Slice { .. } => slice::ATTRS,
        Object::Range { .. } | Object::LongRange(_) => range::ATTRS,
        Object::Complex { .. } => complex::ATTRS,
        Object::Generator(g) => generator::attrs(g.kind),
        Object::BoundMethod { .. } => method::ATTRS,
        Object::ClassMethod(_) | Object::StaticMethod(_) => method::WRAPPER_ATTRS,
        Object::Property { native: Some(_), .. } => native_descr::ATTRS,
        Object::Property { .. } => property::ATTRS,
        Object::Module { .. } => module::ATTRS,
        Object::Array(_) => array::ATTRS,
        _ => &[],
    }
}

/// The native a builtin class's attribute runs, if it is a plain builtin.
fn native_in(vm: &Vm, cls: ObjId, name: &str) -> Option<crate::object::NativeId> {
    let v = vm.dict_get_str(vm.type_obj(cls).dict, name)?;
    match vm.heap.get(v.as_obj()?) {
        Object::Builtin(b) => Some(b.native),
        _ => None,
    }
}

pub fn install_slots(vm: &mut Vm) {
    vm.slots = crate::vm::slots::Slots {
        construct: construct_builtin,
        sequence_getitem,
        sequence_setitem: array_ops::sequence_setitem,
        sequence_delitem: array_ops::sequence_delitem,
        class_getitem: generic_alias::subscript_class,
        binary: number::binary,
        set_compare,
        next_lazy: iter_next_complex,
        getsets,
        unicode_error_text: exception::unicode_error_text,
        source_decoder: codecs::decode_declared_source,
        ..vm.slots
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
    if let Some(r) = construct_collection(vm, cls, args, kwargs) {
        return Some(r);
    }
    let t = &vm.types;
    let r = if cls == t.weakref {
        crate::vm::weakref::ref_new(vm, args, kwargs)
    } else if cls == t.finalize {
        crate::vm::weakref::finalize_new(vm, args, kwargs)
    } else if cls == t.int {
        construct::int_new(vm, args, kwargs)
    } else if cls == t.memoryview {
        memoryview::memoryview_new(vm, args, kwargs)
    } else if cls == t.array {
        array::array_new(vm, args, kwargs)
    } else if cls == t.cell {
        // `types.CellType(value)`, or empty.
        match (args, kwargs.is_empty()) {
            (_, false) => Err(vm.new_exc(ExcKind::TypeError, "cell() takes no keyword arguments")),
            ([], _) => Ok(vm.alloc(Object::Cell(None))),
            ([v], _) => {
                let v = vm.share(*v);
                Ok(vm.alloc(Object::Cell(Some(v))))
            }
            _ => Err(vm.new_exc(
                ExcKind::TypeError,
                &format!("cell expected at most 1 argument, got {}", args.len()),
            )),
        }
    } else if cls == t.float {
        if let Err(e) = construct::plain_args(vm, "float", args, kwargs, 0, 1) {
            return Some(Err(e));
        }
        construct::float_new(vm, args)
    } else if cls == t.str_ {
        construct::str_new(vm, args, kwargs)
    } else if cls == t.method {
        if args.len() != 2 {
            return Some(Err(
                vm.new_exc(ExcKind::TypeError, &format!("method expected 2 arguments, got {}", args.len()))
            ));
        }
        if !vm.callable(args[0]) {
            return Some(Err(vm.new_exc(ExcKind::TypeError, "first argument must be callable")));
        }
        let (func, receiver) = (vm.share(args[0]), vm.share(args[1]));
        Ok(vm.alloc(Object::BoundMethod { receiver, func }))
    } else if cls == t.range {
        if let Err(e) = crate::vm::args::no_kwargs(vm, "range", kwargs) {
            return Some(Err(e));
        }
        construct::range_new(vm, args)
    } else if cls == t.bytes {
        construct::bytes_new(vm, args, kwargs)
    } else if cls == t.bytearray {
        construct::bytearray_new(vm, args, kwargs)
    } else if cls == t.complex {
        construct::complex_new(vm, args, kwargs)
    } else if cls == t.object {
        if !args.is_empty() || !kwargs.is_empty() {
            return Some(Err(vm.new_exc(ExcKind::TypeError, "object() takes no arguments")));
        }
        Ok(vm.new_instance(cls))
    } else if cls == t.type_ {
        construct::type_call(vm, args, kwargs)
    } else if cls == t.slice {
        if let Err(e) = construct::plain_args(vm, "slice", args, kwargs, 1, 3) {
            return Some(Err(e));
        }
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
        let names = ["fget", "fset", "fdel", "doc"];
        let [fget, fset, fdel, doc] =
            match crate::vm::args::bind_args(vm, "property", args, kwargs, names, 4, 0) {
                Ok(given) => given.map(|v| v.unwrap_or(Value::None)),
                Err(e) => return Some(Err(e)),
            };
        for v in [fget, fset, fdel, doc] {
            vm.incref(v);
        }
        Ok(vm.alloc(Object::Property { fget, fset, fdel, doc, native: None }))
    } else if cls == t.staticmethod || cls == t.classmethod {
        let is_static = cls == t.staticmethod;
        let name = if is_static { "staticmethod" } else { "classmethod" };
        if let Err(e) = construct::plain_args(vm, name, args, kwargs, 1, 1) {
            return Some(Err(e));
        }
        let f = args[0];
        vm.incref(f);
        Ok(vm.alloc(if is_static { Object::StaticMethod(f) } else { Object::ClassMethod(f) }))
    } else if cls == t.super_ {
        if let Err(e) = crate::vm::args::no_kwargs(vm, "super", kwargs)
            .and_then(|()| crate::vm::args::check_positional(vm, "super()", args, 0, 2))
        {
            return Some(Err(e));
        }
        construct::super_new(vm, args)
    } else if cls == t.enumerate {
        construct::enumerate_new(vm, args, kwargs)
    } else if cls == t.zip {
        construct::zip_new(vm, args, kwargs)
    } else if cls == t.map {
        if let Err(e) = crate::vm::args::no_kwargs(vm, "map", kwargs) {
            return Some(Err(e));
        }
        construct::map_new(vm, args)
    } else if cls == t.filter {
        if let Err(e) = construct::plain_args(vm, "filter", args, kwargs, 2, 2) {
            return Some(Err(e));
        }
        construct::filter_new(vm, args)
    } else if cls == t.reversed {
        if let Err(e) = construct::plain_args(vm, "reversed", args, kwargs, 1, 1) {
            return Some(Err(e));
        }
        construct::reversed_new(vm, args)
    } else if cls == t.module {
        construct::module_new(vm, args, kwargs)
    } else if vm.type_obj(cls).module == "builtins"
        && vm.is_subtype(cls, vm.exc_type(ExcKind::BaseExceptionGroup))
    {
        crate::vm::exc_group::construct(vm, cls, args).map(Value::Obj)
    } else if vm.type_obj(cls).layout == Layout::Exception && vm.type_obj(cls).module == "builtins" {
        // OSError(errno, strerror[, filename]) picks the subclass for the errno, as CPython's does.
        let os_error = vm.exc_type(ExcKind::OSError);
        if vm.is_subtype(cls, os_error) && (2..=5).contains(&args.len()) {
            return Some(Ok(Value::Obj(os_error_from_args(vm, cls, args))));
        }
        for &a in args {
            vm.incref(a);
        }
        let t = vm.new_tuple(args.to_vec());
        let e = vm.exc_with_args(cls, t);
        // A builtin exception created by a script is not "being raised": no implicit context.
        set_context_none(vm, e);
        match crate::types::exception::exc_fields(vm, Value::Obj(e), args, kwargs) {
            Ok(()) => Ok(Value::Obj(e)),
            Err(x) => {
                vm.decref_id(e);
                Err(x)
            }
        }
    } else if cls == t.function {
        construct::function_new(vm, args, kwargs)
    } else if cls == t.none || cls == t.ellipsis_type || cls == t.not_implemented_type {
        // Calling the type of a singleton gives the singleton, as CPython's `type(None)()`.
        if args.is_empty() && kwargs.is_empty() {
            let one = if cls == t.none {
                Value::None
            } else if cls == t.ellipsis_type {
                Value::Obj(vm.ellipsis)
            } else {
                Value::Obj(vm.not_implemented)
            };
            Ok(vm.share(one))
        } else {
            // `ellipsis` calls itself by its `types` name here, as CPython's does.
            let name = if cls == t.ellipsis_type {
                "EllipsisType".to_string()
            } else {
                vm.type_obj(cls).name.to_string()
            };
            Err(vm.new_exc(ExcKind::TypeError, &format!("{name} takes no arguments")))
        }
    } else if vm.type_obj(cls).layout == Layout::Builtin && vm.type_obj(cls).module == "builtins" {
        let name = vm.type_obj(cls).name.clone();
        Err(vm.new_exc(ExcKind::TypeError, &format!("cannot create '{name}' instances")))
    } else {
        return None;
    };
    Some(r)
}

/// Calling `bool`, `list`, `tuple`, `dict`, `set` or `frozenset`; `None` for other classes.
fn construct_collection(
    vm: &mut Vm,
    cls: ObjId,
    args: &[Value],
    kwargs: &[(ObjId, Value)],
) -> Option<PyResult<Value>> {
    let t = &vm.types;
    let r = if cls == t.bool_ {
        if let Err(e) = construct::plain_args(vm, "bool", args, kwargs, 0, 1) {
            return Some(Err(e));
        }
        match args.first() {
            Some(&v) => vm.truthy(v).map(Value::Bool),
            None => Ok(Value::Bool(false)),
        }
    } else if cls == t.list {
        if let Err(e) = construct::plain_args(vm, "list", args, kwargs, 0, 1) {
            return Some(Err(e));
        }
        match args.first() {
            Some(&v) => vm.iterate_to_vec_hinted(v).map(|items| vm.new_list(items)),
            None => Ok(vm.new_list(Vec::new())),
        }
    } else if cls == t.tuple {
        if let Err(e) = construct::plain_args(vm, "tuple", args, kwargs, 0, 1) {
            return Some(Err(e));
        }
        // An exact tuple is its own copy, as CPython's.
        if let Some(&v) = args.first()
            && matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Tuple(_)))
        {
            return Some(Ok(vm.share(v)));
        }
        match args.first() {
            Some(&v) => vm.iterate_to_vec_hinted(v).map(|items| vm.new_tuple(items)),
            None => Ok(vm.new_tuple(Vec::new())),
        }
    } else if cls == t.dict {
        if let Err(e) = crate::vm::args::check_positional(vm, "dict", args, 0, 1) {
            return Some(Err(e));
        }
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
        if let Err(e) =
            construct::plain_args(vm, if frozen { "frozenset" } else { "set" }, args, kwargs, 0, 1)
        {
            return Some(Err(e));
        }
        if frozen
            && let Some(&src) = args.first()
            && matches!(src.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { frozen: true, .. }))
        {
            return Some(Ok(vm.share(src)));
        }
        if let Some(&src) = args.first()
            && matches!(src.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set { .. }))
        {
            return Some(Ok(set_copy_of(vm, src, frozen)));
        }
        let s = vm.alloc(Object::Set { table: SetTable::new(), frozen });
        if let Some(&src) = args.first()
            && let Err(e) = set::fill_new_set(vm, s, src)
        {
            vm.decref(s);
            return Some(Err(e));
        }
        Ok(s)
    } else {
        return None;
    };
    Some(r)
}
