//! The builtin classes, made before anything else exists (so without a `Vm`).

use crate::heap::{Heap, ObjId};
use crate::object::dict::Table;
use crate::object::exc_kind::ExcKind;
use crate::object::{ClassList, Layout, Object, TypeObj};
use crate::vm::Types;

fn make(heap: &mut Heap, name: &str, base: Option<ObjId>, layout: Layout) -> ObjId {
    let dict = heap.alloc_immortal(Object::Dict(Table::new()));
    let mro_tail: ClassList = match base {
        Some(b) => match heap.get(b) {
            Object::Type(t) => t.mro.clone(),
            _ => ClassList::new(),
        },
        None => ClassList::new(),
    };
    let t = TypeObj {
        name: name.into(),
        qualname: name.into(),
        module: "builtins".into(),
        bases: base.into_iter().collect(),
        mro: ClassList::new(),
        dict,
        layout,
        slots: None,
        // A bare `object()` has no `__dict__`; classes and exceptions give theirs one.
        has_dict: layout != Layout::Builtin && base.is_some(),
        keys: Vec::new(),
        plain_construction: None,
        has_del: None,
        has_truth: None,
        self_ref: false,
        c_named: false,
        made_at_collection: 0,
        custom_getattribute: false,
        custom_setattr: false,
        metaclass: None,
    };
    let id = heap.alloc_immortal(Object::Type(Box::new(t)));
    let mut mro = ClassList::from_elem(id, 1);
    mro.extend(mro_tail);
    if let Object::Type(t) = heap.get_mut(id) {
        t.mro = mro;
    }
    id
}

/// The builtin iterator types scripts can see (`type(iter([])).__name__`).
pub const ITERATOR_TYPES: &[&str] = &[
    // Iterators over sized containers first, up to the callable iterator (types/iter.rs gives
    // them `__length_hint__`).
    "list_iterator",
    "tuple_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "set_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "callable_iterator",
    "list_reverseiterator",
    "coroutine_wrapper",
    "async_generator_asend",
    "async_generator_athrow",
    "arrayiterator",
    "unpack_iterator",
    "memory_iterator",
];

/// The module of an iterator type made by a module written in C in CPython (`array`,
/// `_struct`): its name in messages and reprs is qualified by it.
fn iterator_module(name: &str) -> &'static str {
    match name {
        "arrayiterator" => "array",
        "unpack_iterator" => "_struct",
        _ => "builtins",
    }
}

fn module_type(heap: &mut Heap, object: ObjId, name: &str, module: &str) -> ObjId {
    let t = make(heap, name, Some(object), Layout::Builtin);
    if let Object::Type(ty) = heap.get_mut(t) {
        ty.module = module.into();
    }
    t
}

fn io_type(heap: &mut Heap, object: ObjId, name: &str) -> ObjId {
    module_type(heap, object, name, "_io")
}

pub fn create(heap: &mut Heap) -> Types {
    let object = make(heap, "object", None, Layout::Object);
    let b = |heap: &mut Heap, name: &str| make(heap, name, Some(object), Layout::Builtin);
    let type_ = b(heap, "type");
    let int = b(heap, "int");
    let bool_ = make(heap, "bool", Some(int), Layout::Builtin);
    let mut exc: Vec<ObjId> = Vec::with_capacity(ExcKind::ALL.len());
    for &kind in ExcKind::ALL {
        // Parents come first in `ALL`, so a base is always made already.
        let base = ExcKind::from_name(kind.base_name()).map_or(object, |b| exc[b as usize]);
        exc.push(make(heap, kind.name(), Some(base), Layout::Exception));
    }
    // `ExceptionGroup(BaseExceptionGroup, Exception)`: its MRO puts `Exception` after the
    // group base, before `BaseException`.
    let (group, exception) = (exc[ExcKind::ExceptionGroup as usize], exc[ExcKind::Exception as usize]);
    if let Object::Type(t) = heap.get_mut(group) {
        t.bases.push(exception);
        let at = t.mro.len() - 2;
        t.mro.insert(at, exception);
    }
    Types {
        object,
        type_,
        int,
        bool_,
        float: b(heap, "float"),
        str_: b(heap, "str"),
        bytes: b(heap, "bytes"),
        list: b(heap, "list"),
        tuple: b(heap, "tuple"),
        dict: b(heap, "dict"),
        set: b(heap, "set"),
        frozenset: b(heap, "frozenset"),
        none: b(heap, "NoneType"),
        function: b(heap, "function"),
        builtin_function: b(heap, "builtin_function_or_method"),
        method: b(heap, "method"),
        module: b(heap, "module"),
        range: b(heap, "range"),
        slice: b(heap, "slice"),
        generator: b(heap, "generator"),
        coroutine: b(heap, "coroutine"),
        async_generator: b(heap, "async_generator"),
        iterator: b(heap, "iterator"),
        property: b(heap, "property"),
        getset_descriptor: b(heap, "getset_descriptor"),
        member_descriptor: b(heap, "member_descriptor"),
        staticmethod: b(heap, "staticmethod"),
        classmethod: b(heap, "classmethod"),
        method_descriptor: b(heap, "method_descriptor"),
        wrapper_descriptor: b(heap, "wrapper_descriptor"),
        method_wrapper: b(heap, "method-wrapper"),
        classmethod_descriptor: b(heap, "classmethod_descriptor"),
        super_: b(heap, "super"),
        cell: b(heap, "cell"),
        not_implemented_type: b(heap, "NotImplementedType"),
        ellipsis_type: b(heap, "ellipsis"),
        enumerate: b(heap, "enumerate"),
        zip: b(heap, "zip"),
        map: b(heap, "map"),
        filter: b(heap, "filter"),
        reversed: b(heap, "reversed"),
        complex: b(heap, "complex"),
        traceback: b(heap, "traceback"),
        frame: b(heap, "frame"),
        code: b(heap, "code"),
        bytearray: b(heap, "bytearray"),
        iters: ITERATOR_TYPES
            .iter()
            .map(|&n| (n, module_type(heap, object, n, iterator_module(n))))
            .collect(),
        views: ["dict_keys", "dict_values", "dict_items"].iter().map(|&n| (n, b(heap, n))).collect(),
        text_io: io_type(heap, object, "TextIOWrapper"),
        buffered_reader: io_type(heap, object, "BufferedReader"),
        buffered_writer: io_type(heap, object, "BufferedWriter"),
        buffered_random: io_type(heap, object, "BufferedRandom"),
        file_io: io_type(heap, object, "FileIO"),
        weakref: module_type(heap, object, "ReferenceType", "weakref"),
        weakproxy: module_type(heap, object, "ProxyType", "weakref"),
        weakcallableproxy: module_type(heap, object, "CallableProxyType", "weakref"),
        finalize: module_type(heap, object, "finalize", "weakref"),
        array: module_type(heap, object, "array", "array"),
        memoryview: b(heap, "memoryview"),
        exc,
    }
}
