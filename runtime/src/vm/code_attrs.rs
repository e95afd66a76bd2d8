//! `function.__code__` and the `co_*` attributes of code objects, as scripts and `inspect`
//! read them.

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;

impl Vm {
    /// `function.__code__` and the `co_*` attributes of code objects (new references).
    pub(crate) fn code_attr(&mut self, id: ObjId, key: &str) -> Option<Value> {
        let code = match (self.heap.get(id), key) {
            (Object::Function(f), "__code__") => {
                let c = std::sync::Arc::clone(&f.code);
                return Some(self.alloc(Object::Code(c)));
            }
            (Object::Code(c), _) => std::sync::Arc::clone(c),
            _ => return None,
        };
        Some(match key {
            "co_name" => self.new_str(code.name.to_string()),
            "co_qualname" => self.new_str(code.qualname.to_string()),
            "co_filename" => self.new_str(code.filename.to_string()),
            "co_firstlineno" => Value::Int(i64::from(code.first_line)),
            "co_argcount" => Value::Int(i64::from(code.argcount)),
            "co_posonlyargcount" => Value::Int(i64::from(code.posonlyargcount)),
            "co_kwonlyargcount" => Value::Int(i64::from(code.kwonlyargcount)),
            "co_nlocals" => Value::Int(local_names(&code).len() as i64),
            "co_flags" => Value::Int(code_flags(&code)),
            "co_varnames" => {
                let names: Vec<Value> =
                    local_names(&code).into_iter().map(|n| self.new_str(n.clone())).collect();
                self.new_tuple(names)
            }
            "co_names" => {
                let names: Vec<Value> = code.name_strs.iter().map(|n| self.new_str(n.clone())).collect();
                self.new_tuple(names)
            }
            // The constants, then the code objects of the functions, classes and
            // comprehensions defined inside (CPython keeps those among the constants too).
            "co_consts" => {
                let mut items: Vec<Value> = code.consts.to_vec();
                for &v in &items {
                    self.incref(v);
                }
                for inner in &code.codes {
                    items.push(self.alloc(Object::Code(std::sync::Arc::clone(inner))));
                }
                self.new_tuple(items)
            }
            "co_code" | "_co_code_adaptive" => {
                self.alloc(Object::Bytes(crate::object::code_bytes::code_bytes(&code)))
            }
            "co_linetable" => self.alloc(Object::Bytes(crate::object::code_bytes::line_table(&code))),
            "co_lnotab" => self.alloc(Object::Bytes(crate::object::code_bytes::lnotab(&code))),
            // Reap's handlers are set up by instructions (`SetupExcept`): there is no table.
            "co_exceptiontable" => self.alloc(Object::Bytes(Vec::new())),
            // The method holds the code object (`new_builtin` takes its reference).
            "co_positions" => self.new_builtin("co_positions", co_positions, Some(Value::Obj(id))),
            "co_lines" => self.new_builtin("co_lines", co_lines, Some(Value::Obj(id))),
            "co_freevars" | "co_cellvars" => {
                let list = if key == "co_freevars" { &code.freevars } else { &code.cellvars };
                let names: Vec<Value> = list.clone().into_iter().map(|n| self.new_str(n)).collect();
                self.new_tuple(names)
            }
            _ => return None,
        })
    }
}

/// `code.co_positions()`: (line, end line, column, end column) of each instruction, columns in
/// UTF-8 bytes as CPython counts them; what `traceback` places its carets by (with
/// `tb_lasti`, which counts two per instruction).
pub(crate) fn co_positions(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> crate::vm::PyResult<Value> {
    let code = receiver_code(vm, args, "co_positions")?;
    let mut items = Vec::with_capacity(code.instrs.len());
    for i in 0..code.instrs.len() {
        let item = match code.spans.get(i) {
            Some(s) if s.start.line > 0 => {
                [s.start.line, s.end.line, s.start.col, s.end.col].map(|n| Value::Int(i64::from(n)))
            }
            _ => [Value::None; 4],
        };
        items.push(vm.new_tuple(item.to_vec()));
    }
    let list = vm.new_list(items);
    let it = vm.get_iter(list);
    vm.decref(list);
    it
}

/// The variables CPython counts as the code's locals (`co_varnames`): its parameters, then
/// the other variables that are not cells (a variable an inner function reads is a cell
/// only, in `co_cellvars`, unless it is a parameter).
pub(crate) fn local_names(code: &crate::object::code::Code) -> Vec<&String> {
    let f = &code.flags;
    let params =
        (code.argcount + code.kwonlyargcount) as usize + usize::from(f.varargs) + usize::from(f.varkw);
    code.varnames
        .iter()
        .enumerate()
        .filter(|&(i, n)| i < params || !code.cellvars.contains(n))
        .map(|(_, n)| n)
        .collect()
}

/// `co_flags` as CPython 3.11 sets them: OPTIMIZED and NEWLOCALS for function bodies, then
/// VARARGS, VARKEYWORDS, NESTED (a function defined in another) and GENERATOR or its async kinds.
fn code_flags(code: &crate::object::code::Code) -> i64 {
    let f = &code.flags;
    let mut flags = 0;
    if !f.uses_locals_dict {
        flags |= 0x1 | 0x2;
    }
    if f.varargs {
        flags |= 0x4;
    }
    if f.varkw {
        flags |= 0x8;
    }
    if code.qualname.contains("<locals>") {
        flags |= 0x10;
    }
    // CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR: one each, as CPython sets them.
    if f.coroutine {
        flags |= 0x80;
    } else if f.async_generator {
        flags |= 0x200;
    } else if f.generator {
        flags |= 0x20;
    }
    flags
}

/// `code.co_lines()`: `(start, end, line)` for each run of instructions on one line, offsets
/// counting two per instruction as `tb_lasti` and `co_positions` do; `line` is None for
/// instructions of no line.
pub(crate) fn co_lines(vm: &mut Vm, args: &[Value], _: &[(ObjId, Value)]) -> crate::vm::PyResult<Value> {
    let code = receiver_code(vm, args, "co_lines")?;
    let line_of = |i: usize| code.spans.get(i).map(|s| s.start.line).filter(|&l| l > 0);
    let mut items = Vec::new();
    let mut start = 0;
    for i in 1..=code.instrs.len() {
        if i == code.instrs.len() || line_of(i) != line_of(start) {
            let line = line_of(start).map_or(Value::None, |l| Value::Int(i64::from(l)));
            let item = vec![Value::Int(2 * start as i64), Value::Int(2 * i as i64), line];
            items.push(vm.new_tuple(item));
            start = i;
        }
    }
    let list = vm.new_list(items);
    let it = vm.get_iter(list);
    vm.decref(list);
    it
}

/// The code object a method of `code` was called on.
pub(crate) fn receiver_code(
    vm: &mut Vm,
    args: &[Value],
    method: &str,
) -> crate::vm::PyResult<std::sync::Arc<crate::object::code::Code>> {
    match args.first().and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Object::Code(c)) => Ok(std::sync::Arc::clone(c)),
        _ => Err(vm.new_exc(
            crate::object::exc_kind::ExcKind::TypeError,
            &format!("{method}() needs a code object"),
        )),
    }
}

/// A code object's hash, from what `Vm::codes_equal` compares (so equal code hashes alike).
pub(crate) fn code_hash(code: &crate::object::code::Code) -> i64 {
    let mut text = crate::object::code_bytes::code_bytes(code);
    for part in [&*code.name, &code.first_line.to_string(), &code.argcount.to_string()] {
        text.extend_from_slice(part.as_bytes());
        text.push(0);
    }
    for name in code.name_strs.iter().chain(&code.varnames) {
        text.extend_from_slice(name.as_bytes());
        text.push(0);
    }
    crate::object::hash::bytes_hash(&text)
}

impl Vm {
    /// Whether two code objects say the same, as CPython compares them: name, first line,
    /// argument counts, flags, instructions, names, variables, positions, and constants of
    /// one type and equal value (nested code compared alike).
    pub(crate) fn codes_equal(
        &mut self,
        a: &std::sync::Arc<crate::object::code::Code>,
        b: &std::sync::Arc<crate::object::code::Code>,
    ) -> crate::vm::PyResult<bool> {
        if std::sync::Arc::ptr_eq(a, b) {
            return Ok(true);
        }
        let same = a.name == b.name
            && a.first_line == b.first_line
            && (a.argcount, a.posonlyargcount, a.kwonlyargcount)
                == (b.argcount, b.posonlyargcount, b.kwonlyargcount)
            && a.flags == b.flags
            && a.instrs == b.instrs
            && a.spans == b.spans
            && a.name_strs == b.name_strs
            && (&a.varnames, &a.cellvars, &a.freevars) == (&b.varnames, &b.cellvars, &b.freevars)
            && a.consts.len() == b.consts.len()
            && a.codes.len() == b.codes.len();
        if !same {
            return Ok(false);
        }
        for (&x, &y) in a.consts.iter().zip(b.consts.iter()) {
            if !x.is(y) && (self.type_of(x) != self.type_of(y) || !self.eq(x, y)?) {
                return Ok(false);
            }
        }
        for (x, y) in a.codes.iter().zip(b.codes.iter()) {
            if !self.codes_equal(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
