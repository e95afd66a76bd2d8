//! Calls: the plain, method, keyword and unpacking forms, and zero-argument `super()`.

use reap_lang::ast::*;

use super::unit::Unit;
use super::{CResult, Compiler};
use crate::object::code::Instr;

impl<'a> Compiler<'a> {
    pub(super) fn call<'s>(
        &mut self,
        u: &mut Unit<'s>,
        e: &'s Expr,
        func: &'s Expr,
        args: &'s [Expr],
        keywords: &'s [Keyword],
    ) -> CResult {
        // Zero-argument `super()` means `super(__class__, <first parameter>)`.
        if let ExprKind::Name { id, .. } = &func.kind
            && &**id == "super"
            && args.is_empty()
            && keywords.is_empty()
            && Self::cell_index(u, "__class__").is_some()
            && let Some(first) = u.varnames.first().cloned()
        {
            self.load_name(u, "super");
            let i = Self::cell_index(u, "__class__").unwrap_or(0);
            self.emit(u, Instr::LoadDeref(i));
            self.load_name(u, &first);
            u.span = e.span;
            self.emit(u, Instr::Call(2));
            return Ok(());
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let double_starred = keywords.iter().any(|k| k.arg.is_none());
        if !starred
            && !double_starred
            && keywords.is_empty()
            && let ExprKind::Attribute { value, attr, .. } = &func.kind
        {
            {
                self.expr(u, value)?;
                let i = self.name(u, attr);
                u.span = func.span;
                self.emit(u, Instr::LoadMethod(i));
                for a in args {
                    self.expr(u, a)?;
                }
                u.span = e.span;
                self.emit(u, Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(u, func)?;
        // A call of more than 65,535 arguments passes them packed: `CallKw` counts in 16 bits.
        if starred || double_starred || args.len() + keywords.len() > usize::from(u16::MAX) {
            self.starred_list(u, args)?;
            self.emit(u, Instr::ListToTuple);
            let has_kw = !keywords.is_empty();
            if has_kw {
                self.emit(u, Instr::BuildMap(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            let key = self.str_const(name);
                            self.load_const(u, key);
                            self.expr(u, &k.value)?;
                            self.emit(u, Instr::BuildMap(1));
                            self.emit(u, Instr::DictMerge(1));
                        }
                        None => {
                            self.expr(u, &k.value)?;
                            u.span = e.span;
                            self.emit(u, Instr::DictMerge(1));
                        }
                    }
                }
            }
            u.span = e.span;
            self.emit(u, Instr::CallEx { kwargs: has_kw });
            return Ok(());
        }
        for a in args {
            self.expr(u, a)?;
        }
        if keywords.is_empty() {
            u.span = e.span;
            self.emit(u, Instr::Call(args.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(u, &k.value)?;
                names.push(self.str_const(k.arg.as_deref().unwrap_or("")));
            }
            let names = self.tuple_const(u, names);
            u.span = e.span;
            self.emit(u, Instr::CallKw { argc: (args.len() + keywords.len()) as u16, names });
        }
        Ok(())
    }
}
