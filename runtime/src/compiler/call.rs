//! Calls: the plain, method, keyword and unpacking forms, and zero-argument `super()`.

use reap_lang::ast::*;

use super::expr::attr_site;
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
        self.check_caller(e, func);
        if self.zero_arg_super(u, e) {
            u.span = e.span;
            self.emit(u, Instr::CallSuper);
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
                let i = self.attr_name(u, attr);
                if self.zero_arg_super(u, value) {
                    u.span = value.span;
                    self.emit(u, Instr::LoadSuperMethod(i));
                } else {
                    self.expr(u, value)?;
                }
                u.span = attr_site(func.span, attr, func.span);
                self.emit(u, Instr::LoadMethod(i));
                for a in args {
                    self.expr(u, a)?;
                }
                u.span = attr_site(func.span, attr, e.span);
                self.emit(u, Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(u, func)?;
        // A call of more than 65,535 arguments passes them packed: `CallKw` counts in 16 bits.
        if starred || double_starred || args.len() + keywords.len() > usize::from(u16::MAX) {
            match args {
                // A lone `*v` goes to the call as it is, as in CPython (its own error message).
                [Expr { kind: ExprKind::Starred { value, .. }, .. }] => {
                    self.expr(u, value)?;
                    self.emit(u, Instr::StarArgs);
                }
                _ => {
                    self.starred_list(u, args)?;
                    self.emit(u, Instr::ListToTuple);
                }
            }
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

    /// Zero-argument `super()` means `super(__class__, <first parameter>)`: when `e` is such a
    /// call, loads those three and says so.
    fn zero_arg_super(&mut self, u: &mut Unit<'_>, e: &Expr) -> bool {
        let ExprKind::Call { func, args, keywords } = &e.kind else { return false };
        if let ExprKind::Name { id, .. } = &func.kind
            && &**id == "super"
            && args.is_empty()
            && keywords.is_empty()
            && let Some(i) = Self::cell_index(u, "__class__")
            && let Some(first) = u.varnames.first().cloned()
        {
            u.span = func.span;
            self.load_name(u, "super");
            self.emit(u, Instr::LoadDeref(i));
            self.load_name(u, &first);
            return true;
        }
        false
    }
}
