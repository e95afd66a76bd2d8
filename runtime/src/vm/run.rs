//! Running source: compiling a file or string and executing it in a namespace, and turning a
//! compile error into a `SyntaxError` instance. CPython's `Python/pythonrun.c`.

use std::sync::Arc;

use crate::object::code::Code;
use crate::object::exc_kind::ExcKind;
use crate::object::frame::{Frame, FrameState};
use crate::value::{ObjId, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Compiles and runs a script's source in the namespace `globals`.
    pub fn exec_source(&mut self, source: &[u8], filename: &str, globals: ObjId) -> PyResult<()> {
        self.exec_source_as(source, filename, globals, reap_lang::SourceKind::File)
    }

    /// [`Vm::exec_source`] for source read as `kind` says (an imported module's file is
    /// compiled from its bytes, as CPython's loader does).
    pub fn exec_source_as(
        &mut self,
        source: &[u8],
        filename: &str,
        globals: ObjId,
        kind: reap_lang::SourceKind,
    ) -> PyResult<()> {
        let text = match reap_lang::decode_source_with(source, filename, kind, &self.slots.source_decoder) {
            Ok(t) => t,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        let module = match reap_lang::check_module(&text, filename) {
            Ok(m) => m,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        let v = self.run_module_ast(&module, &text, filename, globals, globals)?;
        self.decref(v);
        Ok(())
    }

    /// Compiles a parsed module and runs it with the given namespaces; returns what the code
    /// returned (`None` for a module; the value for `eval`).
    pub fn run_module_ast(
        &mut self,
        module: &reap_lang::ast::Module,
        text: &str,
        filename: &str,
        globals: ObjId,
        locals: ObjId,
    ) -> PyResult<Value> {
        self.run_module_ast_mode(module, text, filename, globals, locals, false)
    }

    /// `run_module_ast`, or (`interactive`) a REPL entry whose expression statements print.
    pub fn run_module_ast_mode(
        &mut self,
        module: &reap_lang::ast::Module,
        text: &str,
        filename: &str,
        globals: ObjId,
        locals: ObjId,
        interactive: bool,
    ) -> PyResult<Value> {
        let code = self.compile_module(module, text, filename, interactive)?;
        self.run_code(code, globals, locals)
    }

    /// Compiles a parsed module (`interactive`: expression statements print, as at the REPL);
    /// a compile error is the `SyntaxError` CPython raises.
    pub fn compile_module(
        &mut self,
        module: &reap_lang::ast::Module,
        text: &str,
        filename: &str,
        interactive: bool,
    ) -> PyResult<Arc<Code>> {
        let code = crate::compiler::compile_module_mode(
            module,
            filename,
            &mut self.heap,
            &mut self.interner,
            self.ellipsis,
            crate::compiler::Mode { interactive, optimize: self.optimize },
            text,
        );
        // What the compiler held, and what a failed compile made, goes now.
        self.release_dead_code();
        let syntax_error = |vm: &mut Vm, msg: String, span: reap_lang::span::Span| {
            let lines = reap_lang::LineIndex::new(text);
            let pe = reap_lang::ParseError::new(msg, span.start, span.end);
            let se = reap_lang::SyntaxError::from_parse_error(&pe, text, &lines, filename);
            vm.syntax_error(&se)
        };
        let (code, warnings) = match code {
            Ok(c) => c,
            Err(e) => return Err(syntax_error(self, e.msg, e.span)),
        };
        for w in warnings {
            if let Err(exc) = self.warn_syntax(&w.msg, filename, w.span.start.line) {
                // An error filter makes the warning the `SyntaxError` it hints at, as in CPython.
                if !self.isinstance(Value::Obj(exc), self.exc_type(ExcKind::SyntaxWarning)) {
                    return Err(exc);
                }
                self.decref_id(exc);
                return Err(syntax_error(self, w.msg, w.span));
            }
        }
        // CPython shows no source lines for code typed at the REPL or given to exec/-c.
        if !filename.starts_with('<') {
            self.io.sources.insert(Arc::clone(&code.filename), text.into());
        }
        Ok(code)
    }

    /// Issues one of the compiler's `SyntaxWarning`s through `warnings.warn_explicit`, with no
    /// registry (CPython's compiler shows each one, however often a line repeats it).
    fn warn_syntax(&mut self, msg: &str, filename: &str, line: u32) -> PyResult<()> {
        let warnings = self.import("warnings", 0, Value::None, self.builtins)?;
        let warn = self.getattr_str(warnings, "warn_explicit");
        self.decref(warnings);
        let warn = warn?;
        let msg = self.new_str(msg.to_string());
        let category = Value::Obj(self.exc_type(ExcKind::SyntaxWarning));
        let filename = self.new_str(filename.to_string());
        let r = self.call(warn, &[msg, category, filename, Value::Int(line.into())], &[]);
        self.decref(warn);
        self.decref(msg);
        self.decref(filename);
        r.map(|v| self.decref(v))
    }

    /// Runs a module's code with the given namespaces; returns what the code returned.
    pub fn run_code(&mut self, code: Arc<Code>, globals: ObjId, locals: ObjId) -> PyResult<Value> {
        // `__main__` names the builtins module; other modules and `exec`'s namespaces get
        // its dict, as CPython gives them.
        if self.dict_get_str(globals, "__builtins__").is_none() {
            let main =
                self.dict_get_str(globals, "__name__").and_then(|n| self.str_of(n)) == Some("__main__");
            let b = match main {
                true => self.dict_get_str(self.modules, "builtins").unwrap_or(Value::None),
                false => Value::Obj(self.builtins),
            };
            self.incref(b);
            self.dict_set_str(globals, "__builtins__", b);
        }
        self.heap.incref(globals);
        self.heap.incref(locals);
        let mut frame = Frame {
            code,
            state: FrameState {
                ip: 0,
                stack: Vec::new(),
                fast: Vec::new(),
                cells: Vec::new(),
                base: 0,
                cells_at: 0,
                globals,
                locals: Some(locals),
                blocks: Vec::new(),
                handling: 0,
                pending: None,
                obj: None,
            },
        };
        let source = crate::vm::frame_stack::FrameSource::Code(Arc::clone(&frame.code));
        let r = self.run_frame(&mut frame, source);
        // The frame usually holds the last reference to the code: its constants go with it.
        drop(frame);
        self.release_dead_code();
        match r? {
            crate::vm::flow::FrameExit::Return(v) | crate::vm::flow::FrameExit::Yield(v) => Ok(v),
        }
    }

    /// A `SyntaxError` exception object for a front-end error; its printed form is the text
    /// CPython prints, kept in the exception's args for `print_uncaught`.
    pub fn syntax_error(&mut self, e: &reap_lang::SyntaxError) -> ObjId {
        let kind = ExcKind::from_name(e.kind.name()).unwrap_or(ExcKind::SyntaxError);
        let cls = self.exc_type(kind);
        // CPython's shape: args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)),
        // and the same fields as attributes.
        let msg = self.new_str(e.msg.clone());
        let filename = self.new_str(e.filename.clone());
        let text = match &e.text {
            Some(t) => self.new_str(t.clone()),
            None => Value::None,
        };
        let fields = [
            ("filename", filename),
            ("lineno", Value::Int(i64::from(e.lineno))),
            ("offset", Value::Int(i64::from(e.offset))),
            ("text", text),
            ("end_lineno", Value::Int(i64::from(e.end_lineno))),
            ("end_offset", Value::Int(i64::from(e.end_offset))),
        ];
        for (_, v) in &fields {
            self.incref(*v);
        }
        let details = self.new_tuple(fields.iter().map(|(_, v)| *v).collect());
        self.incref(msg);
        let args = self.new_tuple(vec![msg, details]);
        let exc = self.exc_with_args(cls, args);
        if self.has_instance_dict(exc) {
            self.set_instance_attr_str(exc, "msg", msg);
            for (k, v) in fields {
                self.set_instance_attr_str(exc, k, v);
            }
            let shown = if e.lineno > 0 {
                format!("{} ({}, line {})", e.msg, e.filename, e.lineno)
            } else {
                e.msg.clone()
            };
            let s = self.new_str(shown);
            self.set_instance_attr_str(exc, "__reap_str__", s);
            let rendered = self.new_str(e.render());
            self.set_instance_attr_str(exc, "__reap_rendered__", rendered);
        } else {
            self.decref(msg);
            for (_, v) in fields {
                self.decref(v);
            }
        }
        exc
    }
}

impl Vm {
    /// What the REPL does with an expression statement's value: `sys.displayhook(value)`.
    pub fn display(&mut self, v: Value) -> PyResult<()> {
        let hook = self.module_dict("sys").and_then(|d| self.dict_get_str(d, "displayhook"));
        let r = match hook {
            Some(h) => {
                let h = self.share(h);
                let r = self.call(h, &[v], &[]);
                self.decref(h);
                r
            }
            None => Err(self.new_exc(ExcKind::RuntimeError, "lost sys.displayhook")),
        }?;
        self.decref(r);
        Ok(())
    }
}
