//! `match` statements, compiled as CPython 3.11 compiles them: each case tests a copy of the
//! subject; the values a pattern captures wait on the stack, and are stored only once the whole
//! pattern (and no guard yet) has matched, so that a case that fails binds nothing.

use reap_lang::ast::*;

use super::unit::Unit;
use super::{CResult, Compiler};
use crate::object::code::{CmpKind, Instr};
use crate::value::Value;

/// The state of one case's pattern as it is compiled.
#[derive(Default)]
struct Context<'s> {
    /// The names captured so far. Their values wait on the stack below the `on_top` items, the
    /// first captured nearest the top.
    stores: Vec<&'s str>,
    /// Items above the captures that a failure must pop (besides the captures).
    on_top: u32,
    /// Jumps taken when the pattern fails, with how many items each must pop.
    fail_jumps: Vec<(usize, u32)>,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt<'s>(&mut self, u: &mut Unit<'s>, m: &'s Match) -> CResult {
        self.expr(u, &m.subject)?;
        let cases = m.cases.len();
        // A last `case _:` needs no test, and no copy of the subject before the case above it.
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let tested = cases - usize::from(has_default);
        let mut ends = Vec::new();
        for (i, case) in m.cases[..tested].iter().enumerate() {
            let last = i + 1 == tested;
            u.span = case.pattern.span;
            if !last {
                self.emit(u, Instr::Dup);
            }
            let mut cx = Context::default();
            self.pattern(u, &case.pattern, &mut cx)?;
            for name in std::mem::take(&mut cx.stores) {
                self.store_name(u, name);
            }
            if let Some(guard) = &case.guard {
                for j in self.jump_if(u, guard, false)? {
                    cx.fail_jumps.push((j, 0));
                }
            }
            if !last {
                self.emit(u, Instr::Pop);
            }
            self.stmts(u, &case.body)?;
            ends.push(self.emit(u, Instr::Jump(0)));
            self.fail_pops(u, &mut cx);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            if let Some(guard) = &case.guard {
                ends.extend(self.jump_if(u, guard, false)?);
            }
            self.stmts(u, &case.body)?;
        }
        for j in ends {
            Self::patch(u, j);
        }
        Ok(())
    }

    /// A jump to where the pattern fails, popping what the pattern has on the stack.
    fn jump_to_fail(&mut self, u: &mut Unit<'_>, cx: &mut Context<'_>, jump: Instr) {
        let pops = cx.on_top + cx.stores.len() as u32;
        let j = self.emit(u, jump);
        cx.fail_jumps.push((j, pops));
    }

    /// Where the failure jumps land: a ladder of pops, the deepest first, ending where the next
    /// case begins.
    fn fail_pops(&mut self, u: &mut Unit<'_>, cx: &mut Context<'_>) {
        let jumps = std::mem::take(&mut cx.fail_jumps);
        let most = jumps.iter().map(|&(_, n)| n).max().unwrap_or(0);
        for n in (0..=most).rev() {
            let here = Self::here(u);
            for &(j, pops) in &jumps {
                if pops == n {
                    Self::patch_to(u, j, here);
                }
            }
            if n > 0 {
                self.emit(u, Instr::Pop);
            }
        }
    }

    /// Keeps the value on top as the capture `name` (drops it for `_`), beneath the items the
    /// pattern still works on and the captures made before it.
    fn capture<'s>(&mut self, u: &mut Unit<'s>, name: Option<&'s str>, cx: &mut Context<'s>) {
        let Some(name) = name else {
            self.emit(u, Instr::Pop);
            return;
        };
        let depth = cx.on_top + cx.stores.len() as u32 + 1;
        if depth > 1 {
            self.emit(u, Instr::RotN(depth));
        }
        cx.stores.push(name);
    }

    fn load_int(&mut self, u: &mut Unit<'_>, n: usize) {
        self.load_const(u, Value::Int(n as i64));
    }

    /// Matches the value on top of the stack against `p`, consuming it; jumps to the
    /// context's failure on a mismatch.
    fn pattern<'s>(&mut self, u: &mut Unit<'s>, p: &'s Pattern, cx: &mut Context<'s>) -> CResult {
        match &p.kind {
            PatternKind::MatchValue(e) => {
                self.expr(u, e)?;
                self.emit(u, Instr::Compare(CmpKind::Eq));
                self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
            }
            PatternKind::MatchSingleton(c) => {
                self.load_constant(u, c);
                self.emit(u, Instr::Is(false));
                self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
            }
            PatternKind::MatchAs { pattern: None, name } => self.capture(u, name.as_deref(), cx),
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                cx.on_top += 1;
                self.emit(u, Instr::Dup);
                self.pattern(u, inner, cx)?;
                cx.on_top -= 1;
                self.capture(u, name.as_deref(), cx);
            }
            PatternKind::MatchStar(name) => self.capture(u, name.as_deref(), cx),
            PatternKind::MatchSequence(items) => self.sequence_pattern(u, items, cx)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.mapping_pattern(u, keys, patterns, rest.as_deref(), cx)?
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.class_pattern(u, cls, patterns, kwd_attrs, kwd_patterns, cx)?
            }
            PatternKind::MatchOr(alts) => self.or_pattern(u, alts, cx)?,
        }
        Ok(())
    }

    fn sequence_pattern<'s>(
        &mut self,
        u: &mut Unit<'s>,
        items: &'s [Pattern],
        cx: &mut Context<'s>,
    ) -> CResult {
        let size = items.len();
        let star = items.iter().position(|p| matches!(p.kind, PatternKind::MatchStar(_)));
        let only_wildcards = items.iter().all(|p| is_wildcard(p) || is_star_wildcard(p));
        // The subject stays on top for the checks.
        cx.on_top += 1;
        self.emit(u, Instr::MatchSequence);
        self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
        match star {
            None => {
                self.emit(u, Instr::GetLen);
                self.load_int(u, size);
                self.emit(u, Instr::Compare(CmpKind::Eq));
                self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
            }
            Some(_) if size > 1 => {
                self.emit(u, Instr::GetLen);
                self.load_int(u, size - 1);
                self.emit(u, Instr::Compare(CmpKind::Ge));
                self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
            }
            Some(_) => {}
        }
        cx.on_top -= 1;
        if only_wildcards {
            self.emit(u, Instr::Pop);
            return Ok(());
        }
        match star {
            None => self.emit(u, Instr::UnpackSequence(size as u32)),
            Some(i) => self.emit(u, Instr::UnpackEx { before: i as u8, after: (size - i - 1) as u32 }),
        };
        cx.on_top += size as u32;
        for item in items {
            cx.on_top -= 1;
            self.pattern(u, item, cx)?;
        }
        Ok(())
    }

    fn mapping_pattern<'s>(
        &mut self,
        u: &mut Unit<'s>,
        keys: &'s [Expr],
        patterns: &'s [Pattern],
        rest: Option<&'s str>,
        cx: &mut Context<'s>,
    ) -> CResult {
        let size = keys.len();
        cx.on_top += 1;
        self.emit(u, Instr::MatchMapping);
        self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
        if size == 0 && rest.is_none() {
            cx.on_top -= 1;
            self.emit(u, Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.emit(u, Instr::GetLen);
            self.load_int(u, size);
            self.emit(u, Instr::Compare(CmpKind::Ge));
            self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
        }
        for k in keys {
            self.expr(u, k)?;
        }
        self.emit(u, Instr::BuildTuple(size as u32));
        // [subject, keys] -> [subject, keys, values or None]
        self.emit(u, Instr::MatchKeys);
        cx.on_top += 2;
        self.emit(u, Instr::Dup);
        self.load_const(u, Value::None);
        self.emit(u, Instr::Is(true));
        self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
        self.emit(u, Instr::UnpackSequence(size as u32));
        cx.on_top += size as u32;
        cx.on_top -= 1;
        for p in patterns {
            cx.on_top -= 1;
            self.pattern(u, p, cx)?;
        }
        // [subject, keys]: consumed either way.
        cx.on_top -= 2;
        match rest {
            Some(name) => {
                self.emit(u, Instr::CopyDictWithoutKeys);
                self.capture(u, Some(name), cx);
            }
            None => {
                self.emit(u, Instr::Pop);
                self.emit(u, Instr::Pop);
            }
        }
        Ok(())
    }

    fn class_pattern<'s>(
        &mut self,
        u: &mut Unit<'s>,
        cls: &'s Expr,
        patterns: &'s [Pattern],
        kwd_attrs: &'s [Ident],
        kwd_patterns: &'s [Pattern],
        cx: &mut Context<'s>,
    ) -> CResult {
        self.expr(u, cls)?;
        let names: Vec<Value> =
            kwd_attrs.iter().map(|a| Value::Obj(self.interner.intern(self.heap, a))).collect();
        let names = self.tuple_const(u, names);
        self.emit(u, Instr::LoadConst(names));
        // [subject, cls, names] -> [attributes or None]
        self.emit(u, Instr::MatchClass(patterns.len() as u32));
        self.emit(u, Instr::Dup);
        self.load_const(u, Value::None);
        self.emit(u, Instr::Is(true));
        cx.on_top += 1;
        self.jump_to_fail(u, cx, Instr::PopJumpIfFalse(0));
        let all = patterns.len() + kwd_patterns.len();
        self.emit(u, Instr::UnpackSequence(all as u32));
        cx.on_top += all as u32;
        cx.on_top -= 1;
        for p in patterns.iter().chain(kwd_patterns) {
            cx.on_top -= 1;
            if is_wildcard(p) {
                self.emit(u, Instr::Pop);
            } else {
                self.pattern(u, p, cx)?;
            }
        }
        Ok(())
    }

    /// Each alternative tests a copy of the subject; the one that matches leaves its captures
    /// on top, put in the order of the first alternative's, and they join the case's captures.
    fn or_pattern<'s>(&mut self, u: &mut Unit<'s>, alts: &'s [Pattern], cx: &mut Context<'s>) -> CResult {
        let mut ends = Vec::new();
        let mut control: Option<Vec<&'s str>> = None;
        for alt in alts {
            let mut inner = Context::default();
            self.emit(u, Instr::Dup);
            self.pattern(u, alt, &mut inner)?;
            match &control {
                None => control = Some(inner.stores.clone()),
                Some(want) => self.reorder(u, &inner.stores, want),
            }
            ends.push(self.emit(u, Instr::Jump(0)));
            self.fail_pops(u, &mut inner);
        }
        // No alternative matched.
        self.emit(u, Instr::Pop);
        self.jump_to_fail(u, cx, Instr::Jump(0));
        for j in ends {
            Self::patch(u, j);
        }
        let control = control.unwrap_or_default();
        let depth = control.len() as u32 + 1 + cx.on_top + cx.stores.len() as u32;
        for name in control {
            if depth > 1 {
                self.emit(u, Instr::RotN(depth));
            }
            cx.stores.push(name);
        }
        // The subject.
        self.emit(u, Instr::Pop);
        Ok(())
    }

    /// Puts the captures on top of the stack (`now`, the first nearest the top) in the order
    /// of `want`, by moving the top item down into place among those already placed.
    fn reorder(&mut self, u: &mut Unit<'_>, now: &[&str], want: &[&str]) {
        let rank = |name: &str| want.iter().position(|w| *w == name).unwrap_or(usize::MAX);
        let mut unplaced: Vec<&str> = now.to_vec();
        let mut placed: Vec<&str> = Vec::new();
        while !unplaced.is_empty() {
            let x = unplaced.remove(0);
            let above = placed.iter().filter(|p| rank(p) < rank(x)).count();
            let depth = (unplaced.len() + above + 1) as u32;
            if depth > 1 {
                self.emit(u, Instr::RotN(depth));
            }
            placed.insert(above, x);
        }
    }
}
