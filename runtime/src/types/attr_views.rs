//! The data attributes that objects of the builtin types answer natively (a function's
//! `__name__`, a generator's `gi_frame`, an exception's `args`), listed in their classes as
//! CPython's getset descriptors are: `dir()` shows them and reading them on the class gives the
//! descriptor. Reads and writes through objects do not go through these (see
//! `NativeDescr::view`).

use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::native::{def_view, def_view_as};
use crate::vm::{PyResult, Vm};

/// Each class, with the attributes its objects answer.
fn views(vm: &Vm) -> Vec<(ObjId, &'static [&'static str])> {
    let t = &vm.types;
    vec![
        (
            t.function,
            &[
                "__annotations__",
                "__builtins__",
                "__closure__",
                "__code__",
                "__defaults__",
                "__dict__",
                "__globals__",
                "__kwdefaults__",
                "__module__",
                "__name__",
                "__qualname__",
            ],
        ),
        (t.method, &["__func__", "__self__"]),
        (t.builtin_function, &["__module__", "__name__", "__qualname__", "__self__", "__text_signature__"]),
        (t.method_descriptor, &["__name__", "__objclass__", "__qualname__", "__text_signature__"]),
        (t.wrapper_descriptor, &["__name__", "__objclass__", "__qualname__", "__text_signature__"]),
        (t.classmethod_descriptor, &["__name__", "__objclass__", "__qualname__", "__text_signature__"]),
        (t.method_wrapper, &["__name__", "__objclass__", "__qualname__", "__self__", "__text_signature__"]),
        (
            t.generator,
            &[
                "__name__",
                "__qualname__",
                "gi_code",
                "gi_frame",
                "gi_running",
                "gi_suspended",
                "gi_yieldfrom",
            ],
        ),
        (
            t.coroutine,
            &[
                "__name__",
                "__qualname__",
                "cr_await",
                "cr_code",
                "cr_frame",
                "cr_origin",
                "cr_running",
                "cr_suspended",
            ],
        ),
        (t.async_generator, &["__name__", "__qualname__", "ag_await", "ag_code", "ag_frame", "ag_running"]),
        (
            t.frame,
            &[
                "f_back",
                "f_builtins",
                "f_code",
                "f_globals",
                "f_lasti",
                "f_lineno",
                "f_locals",
                "f_trace",
                "f_trace_lines",
                "f_trace_opcodes",
            ],
        ),
        (t.traceback, &["tb_frame", "tb_lasti", "tb_lineno", "tb_next"]),
        (t.module, &["__annotations__", "__dict__"]),
        (t.cell, &["cell_contents"]),
        (t.property, &["fget", "fset", "fdel"]),
        (t.staticmethod, &["__func__", "__dict__"]),
        (t.classmethod, &["__func__", "__dict__"]),
        (t.getset_descriptor, &["__name__", "__qualname__", "__objclass__"]),
        (t.member_descriptor, &["__name__", "__qualname__", "__objclass__"]),
        (
            vm.exc_type(ExcKind::BaseException),
            &["args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__"],
        ),
        (vm.exc_type(ExcKind::StopIteration), &["value"]),
        (vm.exc_type(ExcKind::SystemExit), &["code"]),
        (vm.exc_type(ExcKind::ImportError), &["msg", "name", "path"]),
        (
            vm.exc_type(ExcKind::OSError),
            &["errno", "strerror", "filename", "filename2", "characters_written"],
        ),
        (
            vm.exc_type(ExcKind::SyntaxError),
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
        ),
        (vm.exc_type(ExcKind::UnicodeEncodeError), &["encoding", "object", "start", "end", "reason"]),
        (vm.exc_type(ExcKind::UnicodeDecodeError), &["encoding", "object", "start", "end", "reason"]),
        (vm.exc_type(ExcKind::UnicodeTranslateError), &["encoding", "object", "start", "end", "reason"]),
        (vm.exc_type(ExcKind::AttributeError), &["name", "obj"]),
        (vm.exc_type(ExcKind::NameError), &["name"]),
        (vm.exc_type(ExcKind::BaseExceptionGroup), &["message", "exceptions"]),
    ]
}

/// A function's attributes CPython keeps as struct members (the others are getsets).
const FUNCTION_MEMBERS: &[&str] = &["__builtins__", "__closure__", "__globals__", "__module__"];

pub fn install(vm: &mut Vm) {
    let base_exception = vm.exc_type(ExcKind::BaseException);
    for (class, names) in views(vm) {
        // The fields of BaseException's subclasses are struct members in CPython.
        let members = class != base_exception && vm.is_subtype(class, base_exception);
        let function = class == vm.types.function;
        for name in names {
            if (members && *name != "characters_written")
                || (class == base_exception && *name == "__suppress_context__")
                || (function && FUNCTION_MEMBERS.contains(name))
            {
                def_view_as(vm, class, name, crate::object::DescrKind::Member);
            } else {
                def_view(vm, class, name);
            }
        }
    }
    let d = vm.type_obj(vm.types.traceback).dict;
    crate::vm::native::def(vm, d, "traceback.__dir__", traceback_dir);
}

/// `traceback.__dir__()`: CPython lists a traceback's own four attributes only.
fn traceback_dir(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> PyResult<Value> {
    crate::vm::args::unpack_arity(vm, args, 1, 1)?;
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"].map(|n| vm.new_str(n)).to_vec();
    Ok(vm.new_list(names))
}
