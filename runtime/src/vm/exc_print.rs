//! Printing an uncaught exception as CPython 3.11's `PyErr_Display` does
//! (Python/pythonrun.c): the chain of causes and contexts, and exception groups drawn as a
//! tree, each level indented with `| ` margins, `+-+---- 1 ----` separators between members,
//! and the limits of depth (10) and width (15); notes after each exception's line.

use crate::object::Object;
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::exc_group::{group_members, is_group};

const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

const CAUSE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:\n";

/// CPython's `exception_print_context`.
pub(crate) struct Printer {
    pub(crate) out: String,
    seen: Vec<ObjId>,
    depth: usize,
    need_close: bool,
    chain: bool,
}

impl Printer {
    pub(crate) fn new(chain: bool) -> Printer {
        Printer { out: String::new(), seen: Vec::new(), depth: 0, need_close: false, chain }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// The indent and `| ` margin of the current depth (nothing at the top).
    fn margin(&self) -> String {
        if self.depth == 0 { String::new() } else { format!("{}| ", self.indent()) }
    }

    /// Writes `text`, each of its lines after `prefix`.
    fn lines(&mut self, text: &str, prefix: &str) {
        for line in text.split_inclusive('\n') {
            self.out.push_str(prefix);
            self.out.push_str(line);
        }
    }
}

impl Vm {
    pub(crate) fn print_exception_recursive(&mut self, p: &mut Printer, exc: ObjId) {
        if p.chain {
            p.seen.push(exc);
            self.print_cause_and_context(p, exc);
        }
        if is_group(self, Value::Obj(exc)) {
            self.print_exception_group(p, exc);
        } else {
            self.print_exception(p, exc);
        }
    }

    fn print_cause_and_context(&mut self, p: &mut Printer, exc: ObjId) {
        let (cause, context, suppress) = match self.heap.get(exc) {
            Object::Instance(i) => match i.exc() {
                Some(e) => (e.cause, e.context, e.suppress_context),
                None => return,
            },
            _ => return,
        };
        if let Value::Obj(c) = cause {
            if !p.seen.contains(&c) {
                self.print_chained(p, c, CAUSE);
            }
            return;
        }
        if suppress {
            return;
        }
        if let Value::Obj(c) = context
            && !p.seen.contains(&c)
        {
            self.print_chained(p, c, CONTEXT);
        }
    }

    fn print_chained(&mut self, p: &mut Printer, exc: ObjId, message: &str) {
        if p.seen.len() > 100_000 || self.stack_exhausted() {
            return;
        }
        let need_close = p.need_close;
        self.print_exception_recursive(p, exc);
        p.need_close = need_close;
        let m = p.margin();
        p.out.push_str(&format!("{m}\n{m}{message}{m}\n"));
    }

    /// One exception: its traceback, its line (or a syntax error's block), its notes.
    fn print_exception(&mut self, p: &mut Printer, exc: ObjId) {
        let group = is_group(self, Value::Obj(exc));
        let tb = self.format_traceback_entries(exc);
        let margin = p.margin();
        if !tb.is_empty() {
            let header = if group { "Exception Group Traceback" } else { "Traceback" };
            let header_margin =
                if group && p.depth == 1 { format!("{}+ ", p.indent()) } else { margin.clone() };
            p.out.push_str(&format!("{header_margin}{header} (most recent call last):\n"));
            p.lines(&tb, &margin);
        }
        let last = self.exception_last_lines(exc);
        p.lines(&last, &margin);
        self.print_notes(p, exc);
    }

    /// `__notes__` after the exception's line: each note's lines, with the margin.
    fn print_notes(&mut self, p: &mut Printer, exc: ObjId) {
        let Some(notes) = self.instance_attr_str(exc, "__notes__") else { return };
        let margin = p.margin();
        let items = match notes.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items) | Object::Tuple(items)) => items.clone(),
            Some(Object::Str(_)) => {
                let text = self.str_of(notes).unwrap_or("").to_string();
                for c in text.chars() {
                    p.out.push_str(&format!("{margin}{c}\n"));
                }
                return;
            }
            _ => {
                let text = self.repr(notes).unwrap_or_else(|e| {
                    self.decref_id(e);
                    "<__notes__ repr() failed>".into()
                });
                p.out.push_str(&margin);
                p.out.push_str(&text);
                return;
            }
        };
        for note in items {
            match self.str(note) {
                Ok(s) => {
                    for line in s.split_inclusive(['\n', '\r']) {
                        p.out.push_str(&margin);
                        p.out.push_str(line);
                    }
                }
                Err(e) => {
                    self.decref_id(e);
                    p.out.push_str("<note str() failed>");
                }
            }
            p.out.push('\n');
        }
    }

    fn print_exception_group(&mut self, p: &mut Printer, exc: ObjId) {
        if p.depth > MAX_GROUP_DEPTH {
            let m = p.margin();
            p.out.push_str(&format!("{m}... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if p.depth == 0 {
            p.depth += 1;
        }
        self.print_exception(p, exc);
        let members = group_members(self, Value::Obj(exc));
        let n = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
        p.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                p.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let lead = if i == 0 { "+-" } else { "  " };
            p.out.push_str(&format!("{}{lead}+---------------- {title} ----------------\n", p.indent()));
            p.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let m = p.margin();
                let s = if remaining > 1 { "s" } else { "" };
                p.out.push_str(&format!("{m}and {remaining} more exception{s}\n"));
            } else if let Some(e) = members[i].as_obj() {
                if self.stack_exhausted() {
                    p.depth -= 1;
                    return;
                }
                self.recursion.depth += 1;
                self.print_exception_recursive(p, e);
                self.recursion.depth -= 1;
            }
            if last && p.need_close {
                p.out.push_str(&format!("{}+------------------------------------\n", p.indent()));
                p.need_close = false;
            }
            p.depth -= 1;
        }
        if p.depth == 1 {
            p.depth -= 1;
        }
    }
}

impl Vm {
    /// An uncaught `SyntaxError`'s block as CPython's `print_exception` draws it from the
    /// exception's attributes as they are now: `File "name", line N`, the text with carets
    /// under the error, then `Type: msg`. `None` when its `lineno` is no int (CPython then
    /// prints the plain `Type: str(e)` line).
    pub(crate) fn syntax_error_block(&mut self, exc: ObjId) -> Option<String> {
        let e = Value::Obj(exc);
        let attr = |vm: &mut Vm, name: &str| match vm.getattr_str(e, name) {
            Ok(v) => Some(v),
            Err(err) => {
                vm.decref_id(err);
                None
            }
        };
        let lineno = attr(self, "lineno")?;
        let Some(line) = self.as_i64(lineno) else {
            self.decref(lineno);
            return None;
        };
        let mut fields = Vec::new();
        for name in ["msg", "filename", "offset", "end_lineno", "end_offset", "text"] {
            fields.push(attr(self, name).unwrap_or(Value::None));
        }
        let number = |vm: &Vm, v: Value, default: i64| {
            if v == Value::None { default } else { vm.as_i64(v).unwrap_or(default) }
        };
        let msg = match self.str(fields[0]) {
            Ok(m) => m,
            Err(err) => {
                self.decref_id(err);
                String::new()
            }
        };
        let cls = self.type_of(e);
        let exact = cls == self.exc_type(crate::object::exc_kind::ExcKind::SyntaxError);
        let error = reap_lang::SyntaxError {
            // Only SyntaxError itself draws its whole range; its subclasses one caret.
            kind: if exact {
                reap_lang::ErrorKind::SyntaxError
            } else {
                reap_lang::ErrorKind::IndentationError
            },
            msg: String::new(),
            filename: self.str_of(fields[1]).unwrap_or("<string>").to_string(),
            lineno: u32::try_from(line).unwrap_or(0),
            offset: u32::try_from(number(self, fields[2], 0)).unwrap_or(0),
            end_lineno: u32::try_from(number(self, fields[3], 0)).unwrap_or(0),
            end_offset: u32::try_from(number(self, fields[4], 0)).unwrap_or(0),
            text: self.str_of(fields[5]).map(str::to_string),
            incomplete: false,
            open: None,
        };
        self.decref(lineno);
        for v in fields {
            self.decref(v);
        }
        let mut block = error.render();
        // The last line names the exception's own class.
        if let Some(at) = block.trim_end_matches('\n').rfind('\n') {
            block.truncate(at + 1);
        } else {
            block.clear();
        }
        let head = self.exception_line_prefix(exc);
        block.push_str(&head);
        if !msg.is_empty() {
            block.push_str(": ");
            block.push_str(&msg);
        }
        block.push('\n');
        Some(block)
    }
}
