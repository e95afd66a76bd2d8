//! Class definitions: the body as a function `__build_class__` runs, then the class.

use reap_lang::ast::*;

use super::scope::node_key;
use super::unit::Unit;
use super::{CResult, Compiler, has_annotation};
use crate::object::code::{CodeFlags, Instr};
use crate::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn class_def<'s>(&mut self, u: &mut Unit<'s>, s: &'s Stmt, c: &'s ClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(u, d)?;
        }
        let scope = self.table.by_node[&node_key(s)];
        let qualname = self.child_qualname(u, &c.name);
        let mut body = self.new_unit(scope, qualname.clone());
        body.span = s.span;
        let module_name = self.name(&mut body, "__name__");
        // Read as any name of the body (a namespace from `__prepare__` is asked first).
        self.emit(&mut body, Instr::LoadName(module_name));
        let module_attr = self.name(&mut body, "__module__");
        self.emit(&mut body, Instr::StoreName(module_attr));
        let qn = self.str_const(&qualname);
        self.load_const(&mut body, qn);
        let qn_attr = self.name(&mut body, "__qualname__");
        self.emit(&mut body, Instr::StoreName(qn_attr));
        if c.body.iter().any(has_annotation) {
            self.emit(&mut body, Instr::SetupAnnotations);
        }
        let doc = self.docstring(&c.body);
        if let Some(doc) = doc {
            self.load_const(&mut body, doc);
            let d = self.name(&mut body, "__doc__");
            self.emit(&mut body, Instr::StoreName(d));
        }
        let stmts = if doc.is_some() { &c.body[1..] } else { &c.body[..] };
        self.stmts(&mut body, stmts)?;
        // The class body returns its `__class__` cell (if methods need one) for `type` to fill.
        match Self::cell_index(&body, "__class__") {
            Some(i) if body.cells.iter().any(|c| c == "__class__") => {
                self.emit(&mut body, Instr::LoadClosure(i));
            }
            _ => self.load_const(&mut body, Value::None),
        }
        self.emit(&mut body, Instr::Return);
        let flags = CodeFlags { uses_locals_dict: true, ..CodeFlags::default() };
        let line = c.decorator_list.first().map_or(s.span.start.line, |d| d.span.start.line);
        let code = self.finish(body, &c.name, 0, line, flags, Value::None);
        u.span = s.span;
        self.make_function(u, code, false, false, false)?;
        let name = self.str_const(&c.name);
        self.load_const(u, name);
        for b in &c.bases {
            self.expr(u, b)?;
        }
        let kwargs = !c.keywords.is_empty();
        if kwargs {
            for k in &c.keywords {
                let key = self.str_const(k.arg.as_deref().unwrap_or(""));
                self.load_const(u, key);
                self.expr(u, &k.value)?;
            }
            self.emit(u, Instr::BuildMap(c.keywords.len() as u32));
        }
        u.span = s.span;
        self.emit(u, Instr::BuildClass { bases: c.bases.len() as u32, kwargs });
        self.apply_decorators(u, &c.decorator_list);
        u.span = s.span;
        self.store_name(u, &c.name);
        Ok(())
    }
}
