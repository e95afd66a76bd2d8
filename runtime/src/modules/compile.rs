//! `compile()`: source to a code object that `exec` and `eval` run, in the three modes
//! CPython has ('exec' a module, 'eval' one expression, 'single' a REPL entry that prints).

use std::sync::Arc;

use crate::object::Object;
use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::value::{ObjId, Value};
use crate::vm::args::kwarg;
use crate::vm::{PyResult, Vm};

/// The code object a value is, if it is one.
pub fn code_of(vm: &Vm, v: Value) -> Option<Arc<Code>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Code(c)) => Some(Arc::clone(c)),
        _ => None,
    }
}

/// CPython's `PyCF_ONLY_AST`: `compile` gives the tree (`ast.parse`), not code.
const ONLY_AST: i64 = 0x400;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`. Of the flags
/// only `PyCF_ONLY_AST` makes a difference (future features are always on or never there).
/// The source may be a tree of the `ast` module's nodes: it is compiled from its unparsed
/// text.
pub fn compile(vm: &mut Vm, args: &[Value], kwargs: &[(ObjId, Value)]) -> PyResult<Value> {
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    if args.len() > names.len() {
        let msg = format!("compile() takes at most 6 arguments ({} given)", args.len() + kwargs.len());
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    }
    let mut given = [None; 3];
    for (i, name) in names[..3].iter().enumerate() {
        given[i] = args.get(i).copied().or_else(|| kwarg(vm, kwargs, name));
        if given[i].is_none() {
            let msg = format!("compile() missing required argument '{name}' (pos {})", i + 1);
            return Err(vm.new_exc(ExcKind::TypeError, &msg));
        }
    }
    let [Some(source), Some(filename), Some(mode)] = given else { unreachable!("checked above") };
    let flags = match args.get(3).copied().or_else(|| kwarg(vm, kwargs, "flags")) {
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => i64::from(b),
        _ => 0,
    };
    let Some(filename) = vm.str_of(filename).map(str::to_string) else {
        let tn = vm.type_name(filename);
        let msg = format!("compile() argument 'filename' must be str, not {tn}");
        return Err(vm.new_exc(ExcKind::TypeError, &msg));
    };
    let mode_value = mode;
    let mode = vm.str_of(mode).unwrap_or("").to_string();
    let text = match source.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => s.s.to_string(),
        Some(Object::Bytes(b)) => match reap_lang::decode_source_with(
            &b.clone(),
            &filename,
            reap_lang::SourceKind::Bytes,
            &vm.slots.source_decoder,
        ) {
            Ok(t) => t,
            Err(e) => return Err(vm.syntax_error(&e)),
        },
        Some(Object::Instance(_)) => {
            // A tree: checked against the mode and unparsed by the `ast` module.
            let only_ast = Value::Bool(flags & ONLY_AST != 0);
            let text = vm.call_module_attr("ast", "_source_of_tree", &[source, mode_value, only_ast])?;
            if vm.str_of(text).is_none() {
                // With PyCF_ONLY_AST the tree comes back as it is.
                return Ok(text);
            }
            let owned = vm.str_of(text).unwrap_or_default().to_string();
            vm.decref(text);
            owned
        }
        _ => {
            let msg = "compile() arg 1 must be a string, bytes or AST object";
            return Err(vm.new_exc(ExcKind::TypeError, msg));
        }
    };
    super::refuse_null_bytes(vm, &text)?;
    if flags & ONLY_AST != 0 {
        return tree_of(vm, &text, &filename, &mode);
    }
    let module = match mode.as_str() {
        "exec" | "single" => reap_lang::check_module(&text, &filename),
        // An indented expression is CPython's "unexpected indent" (only `eval()` strips it),
        // which the module parser reports.
        "eval" if text.lines().next().is_some_and(|l| l.starts_with([' ', '\t']) && !l.trim().is_empty()) => {
            reap_lang::check_module(&text, &filename)
        }
        "eval" => reap_lang::parse_expression(&text, &filename).map(|e| {
            let span = e.span;
            let ret = reap_lang::ast::Stmt::new(span, reap_lang::ast::StmtKind::Return(Some(e)));
            reap_lang::ast::Module { body: vec![ret] }
        }),
        _ => {
            let msg = "compile() mode must be 'exec', 'eval' or 'single'";
            return Err(vm.new_exc(ExcKind::ValueError, msg));
        }
    };
    let module = module.map_err(|mut e| {
        if mode == "single" {
            as_interactive_input(&mut e, &text);
        }
        vm.syntax_error(&e)
    })?;
    let code = vm.compile_module(&module, &text, &filename, mode == "single")?;
    Ok(vm.alloc(Object::Code(code)))
}

/// A 'single' entry that does not end its last line (what `code` and `codeop` compile) is
/// read as CPython's interactive tokenizer reads it: the last line's text has no line break,
/// and an error past its end (the input stopped mid-statement) has no column.
fn as_interactive_input(e: &mut reap_lang::SyntaxError, text: &str) {
    if text.ends_with('\n') || e.lineno as usize != text.split('\n').count() {
        return;
    }
    if let Some(line) = e.text.as_mut()
        && let Some(stripped) = line.strip_suffix('\n')
    {
        let past_end = e.offset as usize > stripped.chars().count();
        *line = stripped.to_string();
        if past_end {
            (e.offset, e.end_lineno, e.end_offset) = (0, e.lineno, 0);
        }
    }
}

/// `compile(..., PyCF_ONLY_AST)`: the source's tree as the `ast` module's nodes. Parsed only:
/// as CPython's, `return` outside a function and the like are left to the compiler.
fn tree_of(vm: &mut Vm, text: &str, filename: &str, mode: &str) -> PyResult<Value> {
    let dumped = match mode {
        "exec" | "single" => {
            reap_lang::parse_module(text, filename).map(|m| reap_lang::dump::dump_module(&m, true))
        }
        "eval" if text.lines().next().is_some_and(|l| l.starts_with([' ', '\t']) && !l.trim().is_empty()) => {
            reap_lang::parse_module(text, filename).map(|m| reap_lang::dump::dump_module(&m, true))
        }
        "eval" => reap_lang::parse_expression(text, filename)
            .map(|e| format!("Expression(body={})", reap_lang::dump::dump_expr(&e, true))),
        _ => {
            let msg = "compile() mode must be 'exec', 'eval' or 'single'";
            return Err(vm.new_exc(ExcKind::ValueError, msg));
        }
    };
    let dumped = dumped.map_err(|e| vm.syntax_error(&e))?;
    let dumped = vm.new_str(dumped);
    let mode = vm.new_str(mode.to_string());
    let tree = vm.call_module_attr("ast", "_from_dump", &[dumped, mode]);
    vm.decref(dumped);
    vm.decref(mode);
    tree
}
