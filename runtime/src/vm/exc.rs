//! Exceptions: making them, chaining them, and printing them the way CPython 3.11 prints an
//! uncaught exception (tracebacks with source lines and `^~~` markers).

use reap_lang::ast::{Constant, Expr, ExprKind, Int, StmtKind, UnaryOp};
use reap_lang::span::{Pos, Span};

use crate::object::exc_kind::ExcKind;
use crate::object::frame::FrameState;
use crate::object::{Layout, Object, TracebackEntry};
use crate::value::ObjId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `warnings.warn(msg, category)` on behalf of the running Python code: the warning is
    /// attributed to the innermost Python frame, as a C function's `PyErr_WarnEx` does.
    pub(crate) fn warn(&mut self, category: ExcKind, msg: &str) -> PyResult<()> {
        let warnings = self.import("warnings", 0, Value::None, self.builtins)?;
        let warn = self.getattr_str(warnings, "warn");
        self.decref(warnings);
        let warn = warn?;
        let msg = self.new_str(msg);
        let category = Value::Obj(self.exc_type(category));
        let r = self.call(warn, &[msg, category, Value::Int(1)], &[]);
        self.decref(warn);
        self.decref(msg);
        r.map(|v| self.decref(v))
    }

    /// A new exception of the builtin class `kind` with one string argument.
    pub fn new_exc(&mut self, kind: ExcKind, msg: &str) -> ObjId {
        let m = self.new_str(msg);
        let args = self.new_tuple(vec![m]);
        self.new_exc_args(kind, args)
    }

    /// A new exception of the builtin class named `name`, for names that come from outside
    /// the runtime (a host's `HostError`). An unknown name is a `SystemError` saying so,
    /// never a panic.
    pub fn new_exc_named(&mut self, name: &str, msg: &str) -> ObjId {
        if let Some(kind) = ExcKind::from_name(name) {
            return self.new_exc(kind, msg);
        }
        // A class the script or a host module defined: by name in the running code's globals
        // or `__main__`'s, or as `module.Name`.
        match self.exception_class_named(name) {
            Some(cls) => {
                let text = self.new_str(msg);
                let made = self.call(Value::Obj(cls), &[text], &[]);
                self.decref(text);
                match made {
                    Ok(Value::Obj(e))
                        if self.isinstance(Value::Obj(e), self.exc_type(ExcKind::BaseException)) =>
                    {
                        e
                    }
                    Ok(other) => {
                        self.decref(other);
                        self.new_exc(
                            ExcKind::TypeError,
                            &format!("{name}({msg:?}) did not make an exception"),
                        )
                    }
                    Err(e) => e,
                }
            }
            None => self.new_exc(ExcKind::SystemError, &format!("unknown exception class {name:?}: {msg}")),
        }
    }

    /// The exception class a host names: `Name` in the running code's globals or in
    /// `__main__`, or `module.Name` of an imported module.
    fn exception_class_named(&mut self, name: &str) -> Option<ObjId> {
        let (module, short) = match name.rsplit_once('.') {
            Some((m, s)) => (Some(m), s),
            None => (None, name),
        };
        let mut places = Vec::new();
        match module {
            Some(m) => places.extend(self.module_dict(m)),
            None => {
                places.extend(self.frames.current_globals());
                places.extend(self.module_dict("__main__"));
            }
        }
        let base = self.exc_type(ExcKind::BaseException);
        places.into_iter().find_map(|d| {
            let v = self.dict_get_str(d, short)?;
            let cls = v.as_obj().filter(|&c| matches!(self.heap.get(c), Object::Type(_)))?;
            self.is_subtype(cls, base).then_some(cls)
        })
    }

    /// A new exception of the builtin class `kind`; takes ownership of the `args` tuple.
    pub fn new_exc_args(&mut self, kind: ExcKind, args: Value) -> ObjId {
        let cls = self.exc_type(kind);
        self.exc_with_args(cls, args)
    }

    pub fn exc_with_args(&mut self, cls: ObjId, args: Value) -> ObjId {
        let inst = self.new_instance(cls);
        let id = inst.as_obj().unwrap_or(cls);
        // No arguments given (None) are an empty tuple, as `args` always is.
        let args = if args == Value::None { self.new_tuple(Vec::new()) } else { args };
        self.set_exc_args(id, args);
        self.exit_fields_from_args(id, cls);
        self.attach_context(id);
        id
    }

    /// `StopIteration.value` and `SystemExit.code`, which CPython's constructors set from the
    /// arguments: none is None, one is itself, more (for `code`) are the tuple.
    fn exit_fields_from_args(&mut self, id: ObjId, cls: ObjId) {
        let field = if self.is_subtype(cls, self.exc_type(ExcKind::StopIteration)) {
            "value"
        } else if self.is_subtype(cls, self.exc_type(ExcKind::SystemExit)) {
            "code"
        } else {
            return;
        };
        let args = match self.heap.get(id) {
            Object::Instance(i) => i.exc().map(|x| x.args),
            _ => None,
        };
        let v = match args.and_then(|a| a.as_obj()).map(|a| self.heap.get(a)) {
            Some(Object::Tuple(t)) if t.len() == 1 => t[0],
            Some(Object::Tuple(t)) if t.len() > 1 && field == "code" => args.unwrap_or(Value::None),
            Some(Object::Tuple(t)) if !t.is_empty() => t[0],
            _ => Value::None,
        };
        let v = self.share(v);
        self.set_exc_field(id, field, v);
    }

    /// Replaces the exception's `args` (takes ownership of the tuple).
    pub fn set_exc_args(&mut self, exc: ObjId, args: Value) {
        let old = match self.heap.get_mut(exc) {
            Object::Instance(i) => i.exc_mut().map(|e| std::mem::replace(&mut e.args, args)),
            _ => None,
        };
        match old {
            Some(o) => self.decref(o),
            None => self.decref(args),
        }
    }

    /// Implicit chaining: an exception raised while another is handled remembers it.
    pub fn attach_context(&mut self, exc: ObjId) {
        let Some(&handled) = self.handled.last() else { return };
        if handled == exc {
            return;
        }
        let has = matches!(self.heap.get(exc), Object::Instance(i) if i.exc().is_some_and(|e| e.context != Value::None));
        if !has {
            self.set_context(exc, Value::Obj(handled));
        }
    }

    /// `raise exc`: its context becomes the exception being handled, whatever it was, and a
    /// chain that leads from there back to `exc` is cut where it would, so that re-raising an
    /// earlier exception makes no cycle of contexts (CPython's `_PyErr_SetObject`).
    fn raise_context(&mut self, exc: ObjId) {
        let Some(&handled) = self.handled.last() else { return };
        if handled == exc {
            return;
        }
        let context_of = |vm: &Vm, id: ObjId| match vm.heap.get(id) {
            Object::Instance(i) => i.exc().and_then(|e| e.context.as_obj()),
            _ => None,
        };
        // Bounded: a chain that already loops (made by assigning `__context__`) is left alone.
        let mut o = handled;
        for _ in 0..100_000 {
            let Some(next) = context_of(self, o) else { break };
            if next == exc {
                self.set_context(o, Value::None);
                break;
            }
            o = next;
        }
        self.set_context(exc, Value::Obj(handled));
    }

    pub fn set_context(&mut self, exc: ObjId, context: Value) {
        if context.is(Value::Obj(exc)) {
            return;
        }
        self.incref(context);
        let old = match self.heap.get_mut(exc) {
            Object::Instance(i) => i.exc_mut().map(|e| std::mem::replace(&mut e.context, context)),
            _ => None,
        };
        match old {
            Some(o) => self.decref(o),
            None => self.decref(context),
        }
    }

    /// `raise exc from cause` (cause borrowed; `None` suppresses the context).
    pub fn set_cause(&mut self, exc: ObjId, cause: Value) {
        self.incref(cause);
        let old = match self.heap.get_mut(exc) {
            Object::Instance(i) => i.exc_mut().map(|e| {
                e.suppress_context = true;
                std::mem::replace(&mut e.cause, cause)
            }),
            _ => None,
        };
        match old {
            Some(o) => self.decref(o),
            None => self.decref(cause),
        }
    }

    /// What `raise v` raises: an exception instance, or an instance of the class `v`.
    pub fn make_exception(&mut self, v: Value) -> PyResult<ObjId> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::Instance(i) if i.exc().is_some() => {
                    self.heap.incref(id);
                    self.raise_context(id);
                    return Ok(id);
                }
                Object::Type(t) if t.layout == Layout::Exception => {
                    let e = self.instantiate_exception(id)?;
                    self.raise_context(e);
                    return Ok(e);
                }
                _ => {}
            }
        }
        Err(self.new_exc(ExcKind::TypeError, "exceptions must derive from BaseException"))
    }

    /// The exception `generator.throw(v)` raises: `v` itself or an instance of the class `v`,
    /// without the caller's handled exception as its context (CPython restores it, it is not
    /// raised there).
    pub(crate) fn exception_unchained(&mut self, v: Value) -> PyResult<ObjId> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Object::Instance(i) if i.exc().is_some() => {
                    self.heap.incref(id);
                    return Ok(id);
                }
                Object::Type(t) if t.layout == Layout::Exception => return self.instantiate_exception(id),
                _ => {}
            }
        }
        Err(self.new_exc(ExcKind::TypeError, "exceptions must derive from BaseException"))
    }

    /// `raise C` with a class: an instance made with no arguments, which must be an exception.
    fn instantiate_exception(&mut self, cls: ObjId) -> PyResult<ObjId> {
        let r = self.call(Value::Obj(cls), &[], &[])?;
        match r.as_obj() {
            Some(e) if matches!(self.heap.get(e), Object::Instance(i) if i.exc().is_some()) => Ok(e),
            _ => {
                let t = Value::Obj(self.type_of(r));
                self.decref(r);
                let (cls, t) = (self.repr(Value::Obj(cls))?, self.repr(t)?);
                Err(self.new_exc(
                    ExcKind::TypeError,
                    &format!("calling {cls} should have returned an instance of BaseException, not {t}"),
                ))
            }
        }
    }

    /// What `raise ... from c` makes its cause: an exception instance as it is (its context
    /// untouched: it is not being raised), or an instance of the class `c`.
    pub(crate) fn make_cause(&mut self, c: Value) -> PyResult<ObjId> {
        if let Value::Obj(id) = c
            && matches!(self.heap.get(id), Object::Instance(i) if i.exc().is_some())
        {
            self.heap.incref(id);
            return Ok(id);
        }
        if let Value::Obj(id) = c
            && matches!(self.heap.get(id), Object::Type(t) if t.layout == Layout::Exception)
        {
            return self.instantiate_exception(id);
        }
        Err(self.new_exc(ExcKind::TypeError, "exception causes must derive from BaseException"))
    }

    /// For `except T:`: does the exception match T (a class or a tuple of classes)?
    pub fn exception_matches(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        let Value::Obj(tid) = t else {
            return Err(self.new_exc(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        };
        match self.heap.get(tid) {
            Object::Tuple(items) => {
                let items = items.clone();
                for i in items {
                    if self.exception_matches(exc, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Object::Type(ty) if ty.layout == Layout::Exception => Ok(self.isinstance(exc, tid)),
            _ => Err(self.new_exc(
                ExcKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn exc_field(&self, exc: ObjId) -> Option<&crate::object::ExcData> {
        match self.heap.get(exc) {
            Object::Instance(i) => i.exc(),
            _ => None,
        }
    }

    /// `str(exc)` as CPython computes it for exceptions.
    pub fn exc_str(&mut self, exc: ObjId) -> String {
        self.str(Value::Obj(exc)).unwrap_or_else(|e| {
            self.decref_id(e);
            "<exception str() failed>".into()
        })
    }

    /// The text CPython prints for an uncaught exception, chained exceptions included.
    pub fn format_exception(&mut self, exc: ObjId) -> String {
        let mut p = crate::vm::exc_print::Printer::new(true);
        self.print_exception_recursive(&mut p, exc);
        p.out
    }

    /// The entries of an exception's traceback, outermost first, without the header: a
    /// frame's lines repeated more than three times in a row are counted, not printed.
    pub(crate) fn format_traceback_entries(&mut self, exc: ObjId) -> String {
        let tb: Vec<TracebackEntry> = self.exc_field(exc).map(|e| e.traceback.clone()).unwrap_or_default();
        let mut out = String::new();
        // Entries were added innermost first; print outermost first.
        let lines: Vec<(String, String)> = tb.iter().rev().map(|e| self.format_entry(e)).collect();
        let mut i = 0;
        while i < lines.len() {
            let mut j = i + 1;
            while j < lines.len() && lines[j].0 == lines[i].0 {
                j += 1;
            }
            let count = j - i;
            for (head, body) in &lines[i..i + count.min(3)] {
                out.push_str(head);
                out.push_str(body);
            }
            if count > 3 {
                let more = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {more} more time{}]\n",
                    if more == 1 { "" } else { "s" }
                ));
            }
            i = j;
        }
        out
    }

    /// The exception's line, or for a syntax error from compiling (`eval`, `exec`, `compile`,
    /// an import) its block (file, line, the text and markers), as CPython's
    /// `format_exception_only`.
    pub(crate) fn exception_last_lines(&mut self, exc: ObjId) -> String {
        let rendered = match self.heap.get(exc) {
            Object::Instance(_) if self.isinstance(Value::Obj(exc), self.exc_type(ExcKind::SyntaxError)) => {
                self.syntax_error_block(exc)
            }
            _ => None,
        };
        match rendered {
            Some(block) => block,
            None => self.exception_line(exc),
        }
    }

    /// How the last line of a traceback names the exception's class: `Type`, or `module.Type`
    /// outside `builtins` and `__main__`.
    pub(crate) fn exception_line_prefix(&mut self, exc: ObjId) -> String {
        let cls = self.type_of(Value::Obj(exc));
        let t = self.type_obj(cls);
        if &*t.module == "builtins" || &*t.module == "__main__" {
            t.qualname.to_string()
        } else {
            format!("{}.{}", t.module, t.qualname)
        }
    }

    /// The exception's last line as a traceback ends with it (`module.Type: message`), with
    /// its line break: what `traceback.format_exception_only` gives for most exceptions.
    pub fn exception_line(&mut self, exc: ObjId) -> String {
        let mut out = self.exception_line_prefix(exc);
        let msg = self.exc_str(exc);
        if !msg.is_empty() {
            out.push_str(": ");
            out.push_str(&msg);
        }
        if let Some(s) = crate::vm::suggestions::offer(self, exc) {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        out.push('\n');
        out
    }

    /// One frame's lines: `  File "...", line N, in name` and the source line with markers.
    fn format_entry(&self, e: &TracebackEntry) -> (String, String) {
        // No instruction (`usize::MAX`) is a frame that never started: its first line, unmarked.
        let span = e.code.spans.get(e.ip).copied().unwrap_or_else(|| {
            let line = e.code.first_line;
            let (start, end) = (Pos { offset: 0, line, col: 0 }, Pos { offset: 0, line: line + 1, col: 0 });
            Span { start, end }
        });
        let line = span.start.line;
        let head = format!("  File \"{}\", line {}, in {}\n", e.code.filename, line, e.code.name);
        if self.exit.finalizing_modules {
            // CPython reads source lines through modules that are gone by then.
            return (head, String::new());
        }
        let Some(src) = self.io.sources.get(&e.code.filename) else { return (head, String::new()) };
        let Some(text) = src.split_inclusive('\n').nth(line.saturating_sub(1) as usize) else {
            return (head, String::new());
        };
        let original = text.trim_end_matches(['\n', '\r']);
        let stripped = original.trim();
        if stripped.is_empty() {
            return (head, String::new());
        }
        // CPython's printer takes the indentation off, not what trails the code: a line with
        // trailing blanks keeps them, and is longer than a statement that fills the rest of it,
        // which then gets its markers (`traceback`'s Python formatting strips both ends).
        let shown = original.trim_start();
        let mut body = format!("    {shown}\n");
        let lead = original.chars().count() - original.trim_start().chars().count();
        let to_chars = |col: u32| original.get(..col as usize).map_or(col as usize, |s| s.chars().count());
        let start = to_chars(span.start.col);
        let end = if span.end.line == span.start.line {
            to_chars(span.end.col)
        } else {
            lead + stripped.chars().count()
        };
        let anchors = if span.end.line == span.start.line {
            let segment: String = original.chars().skip(start).take(end.saturating_sub(start)).collect();
            caret_anchors(&segment)
        } else {
            None
        };
        let spans_line = end.saturating_sub(start) >= shown.chars().count();
        let anchored = anchors.is_some_and(|(l, r)| r > l);
        if !spans_line || anchored {
            body.push_str("    ");
            body.push_str(&" ".repeat(start.saturating_sub(lead)));
            match anchors {
                Some((l, r)) => {
                    body.push_str(&"~".repeat(l));
                    body.push_str(&"^".repeat(r - l));
                    body.push_str(&"~".repeat((end - start).saturating_sub(r)));
                }
                None => body.push_str(&"^".repeat(end.saturating_sub(start))),
            }
            body.push('\n');
        }
        (head, body)
    }
}

/// Where the `^` go within a `~~~^~~~` marker: around the operator of a binary operation, or
/// the brackets of a subscript (CPython's `_extract_caret_anchors_from_line_segment`).
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = reap_lang::parse_module(segment, "<segment>").ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr(expr) = &stmt.kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let to_char = |byte: u32| segment.get(..byte as usize).map_or(byte as usize, |s| s.chars().count());
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // The operator is the first non-blank text after the left operand, passing over
            // the closing parentheses of a parenthesised left operand.
            let op_end = to_char(right.span.start.col);
            let mut anchors = None;
            for i in to_char(left.span.end.col)..op_end {
                let c = *chars.get(i)?;
                if matches!(c, ' ' | '\t' | '\x0c') {
                    continue;
                }
                let two = i + 1 < op_end && !matches!(chars[i + 1], ' ' | '\t' | '\x0c');
                anchors = Some((i, i + 1 + usize::from(two)));
                if c != ')' || i + 1 >= op_end {
                    break;
                }
            }
            anchors
        }
        // CPython folds constants in the segment before it looks: a subscript of a literal that
        // succeeds (the target of a failed store, `(1, 2)[0] = 3`) is a constant, not a subscript.
        ExprKind::Subscript { .. } if fold(expr).is_some() => None,
        ExprKind::Subscript { value, slice, .. } => {
            let mut left = to_char(value.span.end.col);
            let mut right = to_char(slice.span.end.col) + 1;
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] != '[') {
                left += 1;
            }
            while right < chars.len() && (chars[right].is_whitespace() || chars[right] != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// What CPython's AST optimiser makes of a literal: a sequence whose length is known (a tuple
/// keeps its items, to fold a subscript of a subscript), or some other constant.
enum Folded<'a> {
    Seq(usize, Option<&'a [Expr]>),
    Other,
}

fn fold(e: &Expr) -> Option<Folded<'_>> {
    match &e.kind {
        ExprKind::Constant(Constant::Str { value, .. }) => Some(Folded::Seq(value.chars().count(), None)),
        ExprKind::Constant(Constant::Bytes(b)) => Some(Folded::Seq(b.len(), None)),
        ExprKind::Constant(_) => Some(Folded::Other),
        ExprKind::Tuple { elts, .. } if elts.iter().all(|x| fold(x).is_some()) => {
            Some(Folded::Seq(elts.len(), Some(elts)))
        }
        ExprKind::UnaryOp { op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert, operand } => matches!(
            operand.kind,
            ExprKind::Constant(Constant::Int(_) | Constant::Float(_) | Constant::Complex(_))
        )
        .then_some(Folded::Other),
        ExprKind::Subscript { value, slice, .. } => {
            let Folded::Seq(len, items) = fold(value)? else { return None };
            let i = literal_index(slice)?;
            let len = i64::try_from(len).ok()?;
            let at = if i < 0 { i + len } else { i };
            if !(0..len).contains(&at) {
                return None;
            }
            match items {
                Some(items) => fold(items.get(usize::try_from(at).ok()?)?),
                None => Some(Folded::Other),
            }
        }
        _ => None,
    }
}

fn literal_index(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(Int::Small(i))) => Some(*i),
        ExprKind::Constant(Constant::True) => Some(1),
        ExprKind::Constant(Constant::False) => Some(0),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
            ExprKind::Constant(Constant::Int(Int::Small(i))) => Some(i.saturating_neg()),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Stores an exception's type, the exception and its traceback in a namespace under the
    /// three names given (`sys.last_*`, the unraisable hook's arguments); `e` is borrowed.
    pub(crate) fn store_exc_info(&mut self, dict: ObjId, e: ObjId, names: [&str; 3]) {
        let t = Value::Obj(self.type_of(Value::Obj(e)));
        self.incref(t);
        self.dict_set_str(dict, names[0], t);
        self.heap.incref(e);
        self.dict_set_str(dict, names[1], Value::Obj(e));
        let tb = self.traceback_attr(e, "__traceback__").unwrap_or(Value::None);
        self.dict_set_str(dict, names[2], tb);
    }

    /// Reports an exception through `sys.excepthook` (the script's own, if it set one), as
    /// `finalize`'s exit hook does with a callback's exception; takes the reference.
    pub fn excepthook(&mut self, e: ObjId) {
        let hook = self.module_dict("sys").and_then(|d| self.dict_get_str(d, "excepthook"));
        match hook {
            Some(h) => {
                let h = self.share(h);
                let t = Value::Obj(self.type_of(Value::Obj(e)));
                self.incref(t);
                let tb = self.traceback_attr(e, "__traceback__").unwrap_or(Value::None);
                let r = self.call(h, &[t, Value::Obj(e), tb], &[]);
                self.decref(tb);
                match r {
                    Ok(v) => self.decref(v),
                    Err(he) => {
                        let text = format!(
                            "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                            self.format_exception(he),
                            self.format_exception(e)
                        );
                        self.flush();
                        let _ = std::io::Write::write_all(&mut self.io.err, text.as_bytes());
                        self.decref_id(he);
                    }
                }
                self.decref(t);
                self.decref(h);
            }
            None => {
                let text = self.format_exception(e);
                self.flush();
                let _ = std::io::Write::write_all(&mut self.io.err, text.as_bytes());
            }
        }
        self.decref_id(e);
    }
}

/// The `OSError` subclass CPython raises for an errno.
pub fn errno_class(errno: i64) -> ExcKind {
    match errno {
        // Linux's numbers, in CPython's errnomap (Objects/exceptions.c).
        2 => ExcKind::FileNotFoundError,
        13 | 1 => ExcKind::PermissionError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        4 => ExcKind::InterruptedError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

impl Vm {
    /// The exit status a `SystemExit` asks for (a new reference): its `code` attribute, which a
    /// subclass may define as it likes, as CPython reads it.
    pub fn system_exit_code(&mut self, e: ObjId) -> Value {
        match self.getattr_str(Value::Obj(e), "code") {
            Ok(v) => v,
            Err(err) => {
                self.decref_id(err);
                Value::None
            }
        }
    }
}

impl Vm {
    /// `raise`, `raise X`, `raise X from Y`.
    pub(crate) fn do_raise(&mut self, f: &mut FrameState, n: u32) -> ObjId {
        if n == 0 {
            return match self.handled.last().copied() {
                Some(e) => {
                    self.heap.incref(e);
                    e
                }
                None => self.new_exc(ExcKind::RuntimeError, "No active exception to reraise"),
            };
        }
        let cause = if n == 2 { Some(f.pop()) } else { None };
        let v = f.pop();
        let exc = match self.make_exception(v) {
            Ok(e) => e,
            Err(e) => {
                self.decref(v);
                return e;
            }
        };
        self.decref(v);
        if let Some(c) = cause {
            let c_exc = if c == Value::None { Ok(Value::None) } else { self.make_cause(c).map(Value::Obj) };
            self.decref(c);
            match c_exc {
                Ok(cv) => {
                    self.set_cause(exc, cv);
                    self.decref(cv);
                }
                Err(e) => {
                    self.decref_id(exc);
                    return e;
                }
            }
        }
        exc
    }
}
